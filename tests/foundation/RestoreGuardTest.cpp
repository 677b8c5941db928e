// Issue 12, item 3: a restore never changes which hospital and which laptop a data directory is.

#include "TestSupport.h"
#include "backup/BackupRestore.h"
#include "backup/BackupService.h"
#include "site/SiteIdentity.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

const QByteArray backupPassphrase = QByteArrayLiteral("restore guard test words");

/// Restores a backup written by backupOf() (encrypted, like every backup made to a folder).
Result<QString> restoreFrom(const QString& dir, const QString& file, Clock& clock)
{
    return BackupRestore::restore(dir, file, backupPassphrase, clock);
}

/// A laptop set up like `init` does, its admin logged in.
std::unique_ptr<Workspace> laptop(const QString& dir, Clock& clock, const QString& hospital,
                                  const QString& code, const QString& hospitalId = {})
{
    auto ws = Workspace::open(dir, clock);
    REQUIRE(ws.ok());
    SiteSetup s;
    s.hospital = hospital;
    s.hospitalId = hospitalId;
    s.deviceCode = code;
    s.adminLogin = test::adminLogin();
    s.adminName = QStringLiteral("Ada Admin");
    s.adminPassword = test::adminPassword();
    REQUIRE(SiteService(**ws).initialise(s).ok());
    (*ws)->setCurrentUser(*UserService(**ws).find(test::adminLogin()));
    return std::move(ws).value();
}

QString backupOf(Workspace& ws, const QString& folder)
{
    auto file = BackupService(ws).backupTo(folder, backupPassphrase, exchange::KdfParams::fastForTests());
    INFO(file.errorMessage().toStdString());
    REQUIRE(file.ok());
    return *file;
}

QString identityText(const QString& dir)
{
    auto id = SiteIdentity::ofFile(QDir(dir).filePath(Workspace::databaseFileName()));
    REQUIRE(id.ok());
    return id->hospitalId + QLatin1Char('/') + id->deviceCode + QLatin1Char('/') + id->deviceId;
}

} // namespace

TEST_CASE("restore: another laptop's or another hospital's backup is refused, this laptop's own is restored")
{
    ManualClock clock(test::testEpoch());
    test::TempDir p1Dir;
    test::TempDir p2Dir;
    test::TempDir twinDir;
    test::TempDir otherDir;
    test::TempDir usb;
    auto p1 = laptop(p1Dir.path(), clock, QStringLiteral("CH Nord"), QStringLiteral("P1"));
    const QString hospitalId = p1->setting(QStringLiteral("hospital.id"));
    auto p2 = laptop(p2Dir.path(), clock, QStringLiteral("CH Nord"), QStringLiteral("P2"), hospitalId);
    auto twin = laptop(twinDir.path(), clock, QStringLiteral("CH Nord"), QStringLiteral("P1"), hospitalId);
    auto other = laptop(otherDir.path(), clock, QStringLiteral("CH Sud"), QStringLiteral("P1"));
    const QString own = backupOf(*p1, usb.path());
    clock.advanceSeconds(1);
    const QString ofP2 = backupOf(*p2, usb.path());
    clock.advanceSeconds(1);
    const QString ofTwin = backupOf(*twin, usb.path());
    clock.advanceSeconds(1);
    const QString ofOther = backupOf(*other, usb.path());
    p1.reset();
    const QString before = identityText(p1Dir.path());

    auto second = restoreFrom(p1Dir.path(), ofP2, clock);
    REQUIRE_FALSE(second.ok());
    CHECK(second.errorMessage().contains(QStringLiteral("a second P2")));
    auto foreign = restoreFrom(p1Dir.path(), ofOther, clock);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.errorMessage().contains(QStringLiteral("another hospital, CH Sud")));
    auto clash = restoreFrom(p1Dir.path(), ofTwin, clock);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.errorMessage().contains(QStringLiteral("another laptop that also uses the code P1")));
    CHECK(identityText(p1Dir.path()) == before);
    CHECK(QDir(p1Dir.path()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());

    auto restored = restoreFrom(p1Dir.path(), own, clock);
    INFO(restored.errorMessage().toStdString());
    REQUIRE(restored.ok());
    CHECK(identityText(p1Dir.path()) == before);

    SECTION("a fresh machine replacing a dead laptop takes its backup")
    {
        test::TempDir fresh;
        auto onNew = restoreFrom(fresh.path(), ofP2, clock);
        INFO(onNew.errorMessage().toStdString());
        REQUIRE(onNew.ok());
        auto id = SiteIdentity::ofFile(QDir(fresh.path()).filePath(Workspace::databaseFileName()));
        REQUIRE(id.ok());
        CHECK(id->deviceCode == QStringLiteral("P2"));
        CHECK(id->hospitalId == hospitalId);
    }
    SECTION("damaged data: the identity comes from its automatic backups")
    {
        {
            auto ws = Workspace::open(p1Dir.path(), clock);
            REQUIRE(ws.ok());
            REQUIRE(BackupService(**ws).rotate(true).ok());
        }
        const QString db = QDir(p1Dir.path()).filePath(Workspace::databaseFileName());
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        test::writeFile(db, QByteArray(8192, 'x'));
        clock.advanceSeconds(5); // the file set aside is named after the second of the restore
        auto refused = restoreFrom(p1Dir.path(), ofP2, clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().contains(QStringLiteral("a second P2")));
        CHECK(restoreFrom(p1Dir.path(), own, clock).ok());
    }
}
