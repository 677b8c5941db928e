#include "EncryptedBackup.h"

#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "foundation/OutputFile.h"

#include <QFile>

namespace wp {

namespace {

using exchange::BundleHeader;

/// The reader's words are about bundles; say "backup" and "nothing was restored".
Error backupError(const Error& e, const QString& file)
{
    switch (e.code) {
    case Error::Code::AuthenticationFailed:
        return Error(
            EncryptedBackup::tr("Wrong passphrase, or the backup %1 was altered: nothing was restored.")
                .arg(file),
            e.code);
    case Error::Code::Corrupt:
        return Error(EncryptedBackup::tr("The backup %1 is damaged, altered or incomplete (copy it again): "
                                         "nothing was restored.")
                         .arg(file),
                     e.code);
    case Error::Code::NewerSchema:
        return Error(EncryptedBackup::tr("The backup %1 was written by a newer WhitePlan: update WhitePlan "
                                         "on this laptop first. Nothing was restored.")
                         .arg(file),
                     e.code);
    default:
        return e;
    }
}

} // namespace

bool EncryptedBackup::isEncrypted(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(16) == BundleHeader::magic(BundleHeader::Kind::Backup);
}

Status EncryptedBackup::write(const QString& plainFile, const QString& destination, BundleHeader header,
                              const QByteArray& passphrase, const exchange::KdfParams& kdf)
{
    QFile in(plainFile);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1: %2").arg(plainFile, in.errorString()), Error::Code::Io);
    }
    OutputFile out(destination);
    if (!out.open()) {
        return Error(tr("Cannot write %1: %2").arg(destination, out.errorString()), Error::Code::Io);
    }
    header.kind = BundleHeader::Kind::Backup;
    header.kdf = kdf;
    exchange::BundleWriter writer(out.device());
    if (auto st = writer.begin(header, passphrase); !st) {
        return st;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(exchange::BundleWriter::chunkSize);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            return Error(tr("Cannot read %1: %2").arg(plainFile, in.errorString()), Error::Code::Io);
        }
        if (auto st = writer.write(chunk); !st) {
            return Error(tr("Cannot write the backup %1 (was the stick removed?): %2")
                             .arg(destination, out.errorString()),
                         Error::Code::Io);
        }
    }
    if (auto st = writer.finish(); !st) {
        return Error(
            tr("Cannot write the backup %1 (was the stick removed?): %2").arg(destination, out.errorString()),
            Error::Code::Io);
    }
    if (!out.commit()) {
        return Error(tr("The backup %1 could not be completed (was the stick removed?): %2. No backup "
                        "file was left there.")
                         .arg(destination, out.errorString()),
                     Error::Code::Io);
    }
    return {};
}

Result<BundleHeader> EncryptedBackup::header(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1: %2").arg(file, in.errorString()), Error::Code::NotFound);
    }
    exchange::BundleReader reader(in, BundleHeader::Kind::Backup);
    auto h = reader.readHeader();
    if (!h) {
        return backupError(h.error(), file);
    }
    return h;
}

Status EncryptedBackup::decrypt(const QString& file, const QString& plainDestination,
                                const QByteArray& passphrase)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1: %2").arg(file, in.errorString()), Error::Code::NotFound);
    }
    exchange::BundleReader reader(in, BundleHeader::Kind::Backup);
    if (auto h = reader.readHeader(); !h) {
        return backupError(h.error(), file);
    }
    if (auto st = reader.unlock(passphrase); !st) {
        return backupError(st.error(), file);
    }
    OutputFile out(plainDestination);
    if (!out.open()) {
        return Error(tr("Cannot write %1: %2").arg(plainDestination, out.errorString()), Error::Code::Io);
    }
    // Decrypted patient data must never be readable by other accounts, even briefly.
    if (auto* f = qobject_cast<QFileDevice*>(&out.device())) {
        f->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    for (;;) {
        auto chunk = reader.next();
        if (!chunk) {
            return backupError(chunk.error(), file); // the temporary file is discarded, never committed
        }
        if (!*chunk) {
            break;
        }
        if (out.device().write(**chunk) != (*chunk)->size()) {
            return Error(tr("Cannot write %1: %2").arg(plainDestination, out.errorString()), Error::Code::Io);
        }
    }
    if (!out.commit()) {
        return Error(tr("Cannot write %1: %2").arg(plainDestination, out.errorString()), Error::Code::Io);
    }
    return {};
}

} // namespace wp
