#include "workspace/Workspace.h"
#include "Database.h"
#include "Migrator.h"
#include "TestSupport.h"
#include "backup/BackupService.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace wp;

TEST_CASE("A workspace creates an owner-only data directory and database")
{
    test::TempDir tmp;
    const QString dir = tmp.file(QStringLiteral("data"));
    auto ws = Workspace::open(dir);
    REQUIRE(ws.ok());
    CHECK(QFile::exists((*ws)->databasePath()));
    const auto otherBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                           QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    CHECK((QFile::permissions(dir) & otherBits) == 0);
    CHECK((QFile::permissions((*ws)->databasePath()) & otherBits) == 0);
    CHECK((*ws)->db().userVersion() == db::Migrator::latestVersion());
    CHECK_FALSE((*ws)->isInitialised());
}

TEST_CASE("Only one WhitePlan may hold a data directory")
{
    test::TempDir tmp;
    auto first = Workspace::open(tmp.path());
    REQUIRE(first.ok());
    auto second = Workspace::open(tmp.path());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == Error::Code::Locked);
    CHECK(second.errorMessage().contains(QStringLiteral("already using")));
    first = Error(); // closes the first
    auto third = Workspace::open(tmp.path());
    CHECK(third.ok());
}

TEST_CASE("A damaged database is refused with a clear message and left untouched")
{
    test::TempDir tmp;
    {
        auto ws = Workspace::open(tmp.path());
        REQUIRE(ws.ok());
    }
    const QString path = QDir(tmp.path()).filePath(Workspace::databaseFileName());
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QByteArray garbage(16384, '\x5a');
    test::writeFile(path, garbage);
    auto ws = Workspace::open(tmp.path());
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == Error::Code::Corrupt);
    CHECK(test::readFile(path) == garbage);
}

TEST_CASE("A data directory written by a newer WhitePlan is refused")
{
    test::TempDir tmp;
    {
        auto ws = Workspace::open(tmp.path());
        REQUIRE(ws.ok());
        REQUIRE((*ws)->db().setUserVersion(db::Migrator::latestVersion() + 1).ok());
    }
    auto ws = Workspace::open(tmp.path());
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == Error::Code::NewerSchema);
}

TEST_CASE("Restoring the latest backup brings back its data and keeps the replaced file")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    QString backup;
    {
        auto ws = test::initialisedWorkspace(tmp.path(), clock);
        auto written = BackupService(*ws).rotate();
        REQUIRE(written.ok());
        backup = *written;
        REQUIRE(ws->setSetting(QStringLiteral("hospital.name"), QStringLiteral("Changed")).ok());
    }
    CHECK(BackupService::latestBackup(tmp.path()) == backup);
    clock.advanceSeconds(60);
    auto kept = Workspace::restore(tmp.path(), backup, clock);
    REQUIRE(kept.ok());
    CHECK(QFile::exists(*kept));
    auto ws = Workspace::open(tmp.path(), clock);
    REQUIRE(ws.ok());
    CHECK((*ws)->hospitalName() == QStringLiteral("Test Hospital"));
}

TEST_CASE("Automatic backups are written only when data changed, and rotate")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    BackupService service(*ws, 3);
    auto first = service.rotate();
    REQUIRE(first.ok());
    CHECK_FALSE(first->isEmpty());
    clock.advanceSeconds(300);
    auto unchanged = service.rotate();
    REQUIRE(unchanged.ok());
    CHECK(unchanged->isEmpty());
    for (int i = 0; i < 5; ++i) {
        clock.advanceSeconds(300);
        REQUIRE(ws->setSetting(QStringLiteral("x"), QString::number(i)).ok());
        auto r = service.rotate();
        REQUIRE(r.ok());
        CHECK_FALSE(r->isEmpty());
    }
    CHECK(QDir(ws->backupDirectory()).entryList({QStringLiteral("whiteplan-*.db")}, QDir::Files).size() == 3);
}

TEST_CASE("A deferred check opens at once and the background check still finds damage")
{
    test::TempDir tmp;
    QString path;
    {
        auto ws = Workspace::open(tmp.path());
        REQUIRE(ws.ok());
        path = (*ws)->databasePath();
        for (int i = 0; i < 300; ++i) {
            REQUIRE((*ws)->setSetting(QStringLiteral("k%1").arg(i), QString(200, QLatin1Char('x'))).ok());
        }
        REQUIRE((*ws)->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).ok());
    }
    CHECK(Workspace::checkIntegrity(path).ok());
    QByteArray bytes = test::readFile(path);
    const qsizetype pageSize = 4096;
    const qsizetype pages = bytes.size() / pageSize;
    REQUIRE(pages > 4);
    // Damage the last page (table data), leaving the header and schema readable.
    for (qsizetype i = 0; i < 12; ++i) {
        bytes[(pages - 1) * pageSize + i] = static_cast<char>(0xA5);
    }
    test::writeFile(path, bytes);
    auto deferred = Workspace::open(tmp.path(), Clock::system(), Workspace::Check::Deferred);
    REQUIRE(deferred.ok());
    auto check = Workspace::checkIntegrity(path);
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().code == Error::Code::Corrupt);
    deferred = Error();
    CHECK_FALSE(Workspace::open(tmp.path()).ok());
}
