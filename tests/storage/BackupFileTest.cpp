#include "BackupFile.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace wp;
using namespace wp::db;

namespace {

Database makeDb(const QString& path, int value)
{
    auto db = Database::open(path, Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    auto migrated = Migrator(Migrator::builtin().value()).migrate(*db);
    INFO(migrated.errorMessage());
    REQUIRE(migrated.ok());
    REQUIRE(db->exec(QStringLiteral("INSERT INTO setting VALUES ('v', '%1');").arg(value)).ok());
    return std::move(db).value();
}

} // namespace

TEST_CASE("A backup is written atomically, owner-only, and restores the data")
{
    test::TempDir dir;
    const QString live = dir.file(QStringLiteral("live.db"));
    Database db = makeDb(live, 1);
    const QString backup = dir.file(QStringLiteral("backups/b.db"));
    QDir().mkpath(dir.file(QStringLiteral("backups")));
    REQUIRE(BackupFile::write(db, backup).ok());
    const auto perms = QFile::permissions(backup);
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK((perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                    QFileDevice::WriteOther)) == 0);
    // No temporary file is left beside it.
    CHECK(QDir(dir.file(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden).size() == 1);
    CHECK(BackupFile::validate(backup).ok());

    REQUIRE(db.exec(QStringLiteral("UPDATE setting SET value = '2' WHERE key = 'v';")).ok());
    db.close();

    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00Z"), Qt::ISODate);
    auto kept = BackupFile::restore(backup, live, now);
    REQUIRE(kept.ok());
    CHECK(QFile::exists(*kept)); // the replaced file is kept, never destroyed
    auto restored = Database::open(live);
    REQUIRE(restored.ok());
    CHECK(restored->scalar(QStringLiteral("SELECT value FROM setting WHERE key='v'")).value().toString() ==
          QStringLiteral("1"));
}

TEST_CASE("Two restores within one second keep both replaced databases")
{
    test::TempDir dir;
    const QString live = dir.file(QStringLiteral("live.db"));
    {
        Database db = makeDb(live, 1);
        REQUIRE(BackupFile::write(db, dir.file(QStringLiteral("b.db"))).ok());
        REQUIRE(db.exec(QStringLiteral("UPDATE setting SET value = '2' WHERE key = 'v';")).ok());
    }
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00Z"), Qt::ISODate);
    auto first = BackupFile::restore(dir.file(QStringLiteral("b.db")), live, now);
    INFO(first.errorMessage());
    REQUIRE(first.ok());
    auto second = BackupFile::restore(dir.file(QStringLiteral("b.db")), live, now);
    INFO(second.errorMessage());
    REQUIRE(second.ok());
    CHECK(*first != *second);
    // The first set-aside copy (value 2, the only copy of that change) is still there.
    auto kept = Database::open(*first);
    REQUIRE(kept.ok());
    CHECK(kept->scalar(QStringLiteral("SELECT value FROM setting WHERE key='v'")).value().toString() ==
          QStringLiteral("2"));
    CHECK(QFile::exists(*second));
}

TEST_CASE("A failed backup leaves no file under the backup's name")
{
    test::TempDir dir;
    Database db = makeDb(dir.file(QStringLiteral("live.db")), 1);
    const QString target = dir.file(QStringLiteral("missing-folder/b.db"));
    auto st = BackupFile::write(db, target);
    CHECK_FALSE(st.ok());
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("Rotation keeps the newest backups only")
{
    test::TempDir dir;
    Database db = makeDb(dir.file(QStringLiteral("live.db")), 1);
    QDateTime t = QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00Z"), Qt::ISODate);
    for (int i = 0; i < 7; ++i) {
        REQUIRE(BackupFile::write(db, dir.file(BackupFile::rotatedName(t.addSecs(60 * i)))).ok());
    }
    BackupFile::prune(dir.path(), 3);
    const auto left = BackupFile::rotated(dir.path());
    REQUIRE(left.size() == 3);
    CHECK(left.first().fileName() == BackupFile::rotatedName(t.addSecs(6 * 60)));
    CHECK(left.last().fileName() == BackupFile::rotatedName(t.addSecs(4 * 60)));
}

TEST_CASE("Damaged and foreign files are refused as backups and at open")
{
    test::TempDir dir;
    const QString garbage = dir.file(QStringLiteral("garbage.db"));
    test::writeFile(garbage, QByteArray(8192, 'x'));
    auto st = BackupFile::validate(garbage);
    CHECK_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::Corrupt);
    auto db = Database::open(garbage);
    CHECK_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::Corrupt);
    CHECK(test::readFile(garbage) == QByteArray(8192, 'x'));

    // A real database with a damaged page.
    const QString live = dir.file(QStringLiteral("damaged.db"));
    {
        Database d = makeDb(live, 1);
        REQUIRE(d.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).ok());
        for (int i = 0; i < 300; ++i) {
            REQUIRE(d.exec(QStringLiteral("INSERT INTO setting VALUES ('k%1', hex(randomblob(200)));").arg(i))
                        .ok());
        }
        REQUIRE(d.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).ok());
    }
    QByteArray bytes = test::readFile(live);
    REQUIRE(bytes.size() > 4096 * 4);
    // Scribble over the b-tree page headers of every page after the schema page.
    for (qsizetype page = 2; (page + 1) * 4096 <= bytes.size(); ++page) {
        for (int i = 0; i < 12; ++i) {
            bytes[page * 4096 + i] = static_cast<char>(0xA5);
        }
    }
    test::writeFile(live, bytes);
    auto damaged = Database::open(live);
    CHECK_FALSE(damaged.ok());
    CHECK(damaged.error().code == Error::Code::Corrupt);
    CHECK(test::readFile(live) == bytes);
}
