// Issue 17: backups written to a folder (a USB stick) are encrypted; a wrong passphrase, an
// altered or a truncated file is refused with nothing changed; a stick pulled during the write
// leaves no file that looks complete.

#include "backup/EncryptedBackup.h"
#include "TestSupport.h"
#include "backup/BackupRestore.h"
#include "backup/BackupService.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "foundation/OutputFile.h"
#include "patients/PatientService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

const QByteArray passphrase = QByteArrayLiteral("lime river cold ticket");

QByteArray digestOf(const QString& file)
{
    return QCryptographicHash::hash(test::readFile(file), QCryptographicHash::Sha256).toHex();
}

/// The data directory's files and their digests: "nothing changed" means this is the same.
QStringList snapshot(const QString& dir)
{
    QStringList out;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (f.fileName() != QLatin1String("whiteplan.lock")) {
            out << f.fileName() + QLatin1Char(' ') + QString::fromLatin1(digestOf(f.absoluteFilePath()));
        }
    }
    return out;
}

void addPatient(Workspace& ws, const QString& birthName)
{
    REQUIRE(PatientService(ws).registerPatient(
        test::person(birthName, QStringLiteral("Jeanne"), QDate(1961, 2, 3))));
}

/// Removes `folder` with what it holds: the stick pulled out (its mount point gone) while the
/// file was being written.
void pullStick(const QString& folder)
{
    REQUIRE(QDir(folder).removeRecursively());
}

/// What is in `folder` once the stick is plugged in again (an empty folder back at its place).
QStringList plugBackIn(const QString& folder)
{
    REQUIRE(QDir().mkpath(folder));
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

struct Laptop
{
    test::TempDir dir;
    test::TempDir usb;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws = test::initialisedWorkspace(dir.path(), clock);

    QString backup()
    {
        auto file = BackupService(*ws).backupTo(usb.path(), passphrase, exchange::KdfParams::fastForTests());
        INFO(file.errorMessage().toStdString());
        REQUIRE(file.ok());
        return *file;
    }
};

} // namespace

TEST_CASE("encrypted backup: the file on the stick holds no patient in clear and restores the data")
{
    Laptop laptop;
    addPatient(*laptop.ws, QStringLiteral("ZYGOMATIQUE"));
    const QString file = laptop.backup();
    CHECK(file.endsWith(EncryptedBackup::suffix()));
    CHECK(QFileInfo(file).fileName().startsWith(QStringLiteral("whiteplan-T1-20261128-080000")));
    CHECK(QDir(laptop.usb.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    const QByteArray bytes = test::readFile(file);
    CHECK(bytes.startsWith("WhitePlanBackup\n"));
    CHECK_FALSE(bytes.contains("ZYGOMATIQUE"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK(EncryptedBackup::isEncrypted(file));
    CHECK(BackupRestore::needsPassphrase(file));
    // No clear copy is left behind in the data directory either.
    CHECK(QDir(laptop.ws->backupDirectory())
              .entryList({QStringLiteral(".outgoing-*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
    CHECK(test::auditCount(*laptop.ws, QStringLiteral("backup")) == 1);

    addPatient(*laptop.ws, QStringLiteral("APRESLABACKUP"));
    REQUIRE(PatientService(*laptop.ws).count() == 2);
    laptop.ws.reset();

    auto restored = BackupRestore::restore(laptop.dir.path(), file, passphrase, laptop.clock);
    INFO(restored.errorMessage().toStdString());
    REQUIRE(restored.ok());
    CHECK_FALSE(restored->isEmpty()); // the data before the restore was kept aside
    auto ws = Workspace::open(laptop.dir.path(), laptop.clock);
    REQUIRE(ws.ok());
    CHECK(PatientService(**ws).count() == 1);
    CHECK(PatientService(**ws).search(QStringLiteral("ZYGOMATIQUE"))->size() == 1);
    CHECK(QDir(laptop.dir.path())
              .entryList({QStringLiteral(".restoring-*")}, QDir::Files | QDir::Hidden)
              .isEmpty());

    SECTION("onto a fresh laptop")
    {
        test::TempDir fresh;
        const QString target = QDir(fresh.path()).filePath(QStringLiteral("data"));
        REQUIRE(BackupRestore::restore(target, file, passphrase, laptop.clock).ok());
        auto onNew = Workspace::open(target, laptop.clock);
        REQUIRE(onNew.ok());
        CHECK(PatientService(**onNew).count() == 1);
    }
}

TEST_CASE(
    "encrypted backup: a wrong passphrase, an altered or a truncated file is refused and nothing changes")
{
    Laptop laptop;
    addPatient(*laptop.ws, QStringLiteral("ZYGOMATIQUE"));
    const QString file = laptop.backup();
    const QByteArray good = test::readFile(file);
    addPatient(*laptop.ws, QStringLiteral("APRESLABACKUP"));
    laptop.ws.reset();
    const QStringList before = snapshot(laptop.dir.path());
    const QString bad = laptop.usb.file(QStringLiteral("bad") + EncryptedBackup::suffix());

    auto refused = [&](const QByteArray& content, const QByteArray& pass, Error::Code code,
                       const char* words) {
        test::writeFile(bad, content);
        auto r = BackupRestore::restore(laptop.dir.path(), bad, pass, laptop.clock);
        REQUIRE_FALSE(r.ok());
        INFO(r.errorMessage().toStdString());
        CHECK(r.error().code == code);
        CHECK(r.errorMessage().contains(QString::fromUtf8(words)));
        CHECK(r.errorMessage().contains(QStringLiteral("nothing was restored")));
        CHECK(snapshot(laptop.dir.path()) == before);
    };

    SECTION("wrong passphrase")
    {
        refused(good, QByteArrayLiteral("lime river cold tickets"), Error::Code::AuthenticationFailed,
                "Wrong passphrase");
    }
    SECTION("no passphrase")
    {
        test::writeFile(bad, good);
        auto r = BackupRestore::restore(laptop.dir.path(), bad, {}, laptop.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::AuthenticationFailed);
        CHECK(snapshot(laptop.dir.path()) == before);
    }
    SECTION("a byte altered in the middle")
    {
        QByteArray altered = good;
        altered[altered.size() / 2] = static_cast<char>(altered[altered.size() / 2] ^ 0x01);
        refused(altered, passphrase, Error::Code::Corrupt, "damaged, altered or incomplete");
    }
    SECTION("the clear header altered (another laptop's name)")
    {
        QByteArray altered = good;
        const qsizetype at = altered.indexOf("\"T1\"");
        REQUIRE(at > 0);
        altered[at + 2] = '2';
        refused(altered, passphrase, Error::Code::AuthenticationFailed, "altered");
    }
    SECTION("truncated (copied while being written)")
    {
        refused(good.left(good.size() - 100), passphrase, Error::Code::Corrupt, "incomplete");
    }
    SECTION("its last chunk missing")
    {
        // Cut exactly after a chunk: only the FINAL tag tells that the end is missing.
        const qsizetype json = qFromBigEndian<quint32>(good.constData() + 18);
        qsizetype at = 22 + json + 24;
        qsizetype lastBoundary = -1;
        while (at + 4 <= good.size()) {
            const qsizetype next = at + 4 + qFromBigEndian<quint32>(good.constData() + at);
            if (next >= good.size()) {
                break;
            }
            lastBoundary = next;
            at = next;
        }
        REQUIRE(lastBoundary > 0); // the database is several chunks long
        refused(good.left(lastBoundary), passphrase, Error::Code::Corrupt, "incomplete");
    }
}

TEST_CASE("encrypted backup: a weak passphrase is refused, and a bundle is not taken for a backup")
{
    Laptop laptop;
    auto weak =
        BackupService(*laptop.ws)
            .backupTo(laptop.usb.path(), QByteArrayLiteral("short"), exchange::KdfParams::fastForTests());
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == Error::Code::InvalidInput);
    auto none =
        BackupService(*laptop.ws).backupTo(laptop.usb.path(), {}, exchange::KdfParams::fastForTests());
    REQUIRE_FALSE(none.ok());
    CHECK(QDir(laptop.usb.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const QString file = laptop.backup();
    QByteArray asBundle = test::readFile(file);
    asBundle.replace(0, 16, "WhitePlanBundle\n");
    const QString renamed = laptop.usb.file(QStringLiteral("x") + EncryptedBackup::suffix());
    test::writeFile(renamed, asBundle);
    CHECK_FALSE(EncryptedBackup::isEncrypted(renamed));
    auto notBackup = BackupRestore::restore(laptop.dir.path(), renamed, passphrase, laptop.clock);
    REQUIRE_FALSE(notBackup.ok());
    CHECK(notBackup.error().code == Error::Code::InvalidInput);
    CHECK(notBackup.errorMessage().contains(QStringLiteral("exchange bundle, not a backup")));
    auto notBundle = exchange::ExchangeImporter(*laptop.ws).preview(file, passphrase);
    REQUIRE_FALSE(notBundle.ok());
    CHECK(notBundle.errorMessage().contains(QStringLiteral("backup, not an exchange bundle")));
    auto header = EncryptedBackup::header(file);
    REQUIRE(header.ok());
    CHECK(header->kind == exchange::BundleHeader::Kind::Backup);
    CHECK(header->senderDevice == QStringLiteral("T1"));
}

TEST_CASE("USB stick pulled: a backup or a bundle export leaves no file that looks complete")
{
    Laptop laptop;
    addPatient(*laptop.ws, QStringLiteral("ZYGOMATIQUE"));
    const int auditBefore = test::auditCount(*laptop.ws, QStringLiteral("backup"));
    OutputFile::setBeforeCommitForTests([&](const QString&) { pullStick(laptop.usb.path()); });
    auto file = BackupService(*laptop.ws)
                    .backupTo(laptop.usb.path(), passphrase, exchange::KdfParams::fastForTests());
    OutputFile::setBeforeCommitForTests({});
    REQUIRE_FALSE(file.ok());
    INFO(file.errorMessage().toStdString());
    CHECK(file.error().code == Error::Code::Io);
    CHECK(file.errorMessage().contains(QStringLiteral("stick removed")));
    CHECK(plugBackIn(laptop.usb.path()) == QStringList());
    CHECK(QDir(laptop.ws->backupDirectory())
              .entryList({QStringLiteral(".outgoing-*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
    CHECK(test::auditCount(*laptop.ws, QStringLiteral("backup")) == auditBefore);

    // Plugged in again, the next backup is whole.
    const QString again = laptop.backup();
    test::TempDir fresh;
    CHECK(BackupRestore::restore(fresh.path(), again, passphrase, laptop.clock).ok());
}

TEST_CASE("USB stick pulled during a bundle export: no bundle left, nothing remembered as sent")
{
    Laptop laptop;
    addPatient(*laptop.ws, QStringLiteral("ZYGOMATIQUE"));
    exchange::ExportOptions options;
    options.forDevice = QStringLiteral("WB");
    options.kdf = exchange::KdfParams::fastForTests();
    const QString bundle = laptop.usb.file(QStringLiteral("for-wb.wpb"));
    OutputFile::setBeforeCommitForTests([&](const QString&) { pullStick(laptop.usb.path()); });
    auto pulled = exchange::ExchangeExporter(*laptop.ws).exportTo(bundle, passphrase, options);
    OutputFile::setBeforeCommitForTests({});
    REQUIRE_FALSE(pulled.ok());
    CHECK(pulled.error().code == Error::Code::Io);
    CHECK(plugBackIn(laptop.usb.path()) == QStringList());
    CHECK(test::auditCount(*laptop.ws, QStringLiteral("exchange.export")) == 0);

    // The next bundle for WB still holds everything: the pulled one was not counted as sent.
    auto again = exchange::ExchangeExporter(*laptop.ws).exportTo(bundle, passphrase, options);
    REQUIRE(again.ok());
    exchange::ExportOptions all;
    all.kdf = exchange::KdfParams::fastForTests();
    auto everything = exchange::ExchangeExporter(*laptop.ws)
                          .exportTo(laptop.usb.file(QStringLiteral("all.wpb")), passphrase, all);
    REQUIRE(everything.ok());
    CHECK(again->records == everything->records);
    CHECK(again->records > 0);
}
