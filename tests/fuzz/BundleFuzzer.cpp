// Exchange bundles, with a fixed passphrase and the cheapest key derivation so that the
// fuzzer gets past the cryptography. The first byte chooses what the rest is:
//  - even: a whole bundle file, read by BundleReader (clear header, key, every chunk);
//  - odd: the decrypted payload (JSON Lines), which this target encrypts into a bundle of
//    another laptop of the fuzz hospital and previews (the whole import, rolled back).
// With WHITEPLAN_FUZZ_SEEDS=DIR set, it writes one seed of each kind to DIR and exits.

#include "FuzzLaptop.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "site/SiteIdentity.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace {

const QByteArray passphrase = QByteArrayLiteral("fuzz lime river cold ticket");

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

/// Every plaintext chunk of `bundle`, or an empty array when it does not open.
QByteArray readAll(QIODevice& bundle, bool& ok)
{
    ok = false;
    wp::exchange::BundleReader reader(bundle);
    if (!reader.readHeader() || !reader.unlock(passphrase)) {
        return {};
    }
    QByteArray plain;
    for (;;) {
        auto chunk = reader.next();
        if (!chunk) {
            return {};
        }
        if (!*chunk) {
            ok = true;
            return plain;
        }
        plain += **chunk;
    }
}

void writeSeeds(const QString& dir)
{
    const QString file = QDir(wp::fuzz::scratchDirectory()).filePath(QStringLiteral("seed.wpb"));
    wp::exchange::ExportOptions options;
    options.kdf = wp::exchange::KdfParams::fastForTests();
    auto exported = wp::exchange::ExchangeExporter(wp::fuzz::laptop()).exportTo(file, passphrase, options);
    if (!exported) {
        std::fprintf(stderr, "export: %s\n", qPrintable(exported.errorMessage()));
        std::abort();
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        std::abort();
    }
    const QByteArray bundle = in.readAll();
    QBuffer buffer;
    buffer.setData(bundle);
    buffer.open(QIODevice::ReadOnly);
    bool ok = false;
    const QByteArray payload = readAll(buffer, ok);
    if (!ok) {
        std::abort();
    }
    QDir().mkpath(dir);
    write(QDir(dir).filePath(QStringLiteral("bundle")), QByteArray(1, '\0') + bundle);
    write(QDir(dir).filePath(QStringLiteral("payload")), QByteArray(1, '\1') + payload);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::laptop();
    if (const QByteArray seeds = qgetenv("WHITEPLAN_FUZZ_SEEDS"); !seeds.isEmpty()) {
        writeSeeds(QString::fromLocal8Bit(seeds));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wp::exchange;
    if (size == 0) {
        return 0;
    }
    const QByteArray rest = wp::fuzz::bytes(data + 1, size - 1);
    if ((data[0] & 1) == 0) {
        QBuffer buffer;
        buffer.setData(rest);
        buffer.open(QIODevice::ReadOnly);
        bool ok = false;
        (void)readAll(buffer, ok);
        return 0;
    }
    static const auto identity = wp::SiteIdentity::of(wp::fuzz::laptop().db());
    if (!identity) {
        std::abort();
    }
    const QString file = QDir(wp::fuzz::scratchDirectory()).filePath(QStringLiteral("input.wpb"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::abort();
        }
        BundleHeader header;
        header.bundleId = QStringLiteral("8d1e0c7e-0000-4000-8000-000000000001");
        header.senderDevice = QStringLiteral("WB");
        header.senderDeviceId = QStringLiteral("fuzz-device-wb");
        header.hospital = identity->hospitalName;
        header.hospitalId = identity->hospitalId;
        header.appVersion = QStringLiteral(WHITEPLAN_VERSION);
        header.createdAt = wp::fuzz::laptop().clock().now();
        header.kdf = KdfParams::fastForTests();
        BundleWriter writer(out);
        if (!writer.begin(header, passphrase) || !writer.write(rest) || !writer.finish()) {
            std::abort();
        }
    }
    (void)ExchangeImporter(wp::fuzz::laptop()).preview(file, passphrase);
    return 0;
}
