#include "Migrator.h"
#include "Database.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::db;

TEST_CASE("Built-in migrations are numbered without gaps and apply to a fresh database")
{
    auto migrations = Migrator::builtin();
    REQUIRE(migrations.ok());
    REQUIRE(!migrations->isEmpty());
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("a.db")), Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    Migrator migrator(*migrations);
    REQUIRE(migrator.pending(*db).size() == migrations->size());
    REQUIRE(migrator.migrate(*db).ok());
    CHECK(db->userVersion() == Migrator::latestVersion());
    CHECK(migrator.pending(*db).isEmpty());
    // Running again is a no-op.
    REQUIRE(migrator.migrate(*db).ok());
    CHECK(db->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(db->scalar(QStringLiteral("PRAGMA synchronous")).value().toInt() == 2);
    CHECK(db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
}

TEST_CASE("An older database is brought forward step by step")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("old.db")), Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    const QList<Migration> v1{
        {1, QStringLiteral("one"), QStringLiteral("CREATE TABLE t(a INTEGER) STRICT;")}};
    REQUIRE(Migrator(v1).migrate(*db).ok());
    REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (41);")).ok());
    const QList<Migration> v2{
        v1[0],
        {2, QStringLiteral("two"),
         QStringLiteral("ALTER TABLE t ADD COLUMN b INTEGER; UPDATE t SET b = a + 1;")}};
    Migrator upgrade(v2);
    CHECK(upgrade.pending(*db) == QList<int>{2});
    REQUIRE(upgrade.migrate(*db).ok());
    CHECK(db->userVersion() == 2);
    CHECK(db->scalar(QStringLiteral("SELECT b FROM t")).value().toInt() == 42);
}

TEST_CASE("A failing migration leaves the database at the previous version")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("f.db")), Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    const QList<Migration> steps{
        {1, QStringLiteral("one"), QStringLiteral("CREATE TABLE t(a INTEGER) STRICT;")},
        {2, QStringLiteral("bad"), QStringLiteral("CREATE TABLE u(a); SELECT nonsense(;")}};
    auto st = Migrator(steps).migrate(*db);
    REQUIRE_FALSE(st.ok());
    CHECK(st.errorMessage().contains(QStringLiteral("version 2")));
    CHECK(db->userVersion() == 1);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'u'")).value().toInt() ==
          0);
}

TEST_CASE("A database written by a newer WhitePlan is refused and left untouched")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("new.db"));
    {
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("CREATE TABLE future(x INTEGER);")).ok());
        REQUIRE(db->setUserVersion(Migrator::latestVersion() + 5).ok());
    }
    const QByteArray before = test::readFile(path);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto st = Migrator(Migrator::builtin().value()).migrate(*db);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::NewerSchema);
    CHECK(st.errorMessage().contains(QStringLiteral("newer WhitePlan")));
    CHECK(db->userVersion() == Migrator::latestVersion() + 5);
    db->close();
    CHECK(test::readFile(path) == before);
}

TEST_CASE("Transactions roll back unless committed, and nest as savepoints")
{
    auto db = Database::openInMemory();
    REQUIRE(db.ok());
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE t(a INTEGER);")).ok());
    {
        auto tx = Transaction::begin(*db);
        REQUIRE(tx.ok());
        REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (1);")).ok());
    }
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM t")).value().toInt() == 0);
    {
        auto outer = Transaction::begin(*db);
        REQUIRE(outer.ok());
        REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (1);")).ok());
        {
            auto inner = Transaction::begin(*db);
            REQUIRE(inner.ok());
            REQUIRE(db->exec(QStringLiteral("INSERT INTO t VALUES (2);")).ok());
        } // inner rolled back
        REQUIRE(outer->commit().ok());
    }
    CHECK(db->scalar(QStringLiteral("SELECT group_concat(a) FROM t")).value().toString() ==
          QStringLiteral("1"));
}

TEST_CASE("Clinical record versions and audit entries cannot be updated or deleted")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("r.db")), Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    REQUIRE(Migrator(Migrator::builtin().value()).migrate(*db).ok());
    REQUIRE(db->exec(QStringLiteral(
                         "INSERT INTO record_version(version_id, record_id, kind, version, data, created_at, "
                         "created_by, device) VALUES ('v1', 'r1', 'note', 1, '{}', 't', 'u', 'd');"))
                .ok());
    auto upd = db->exec(QStringLiteral("UPDATE record_version SET data = '{\"x\":1}';"));
    CHECK_FALSE(upd.ok());
    CHECK(upd.errorMessage().contains(QStringLiteral("append-only")));
    CHECK_FALSE(db->exec(QStringLiteral("DELETE FROM record_version;")).ok());
    CHECK_FALSE(
        db->exec(QStringLiteral("INSERT INTO record_version(version_id, record_id, kind, version, data, "
                                "created_at, created_by, device) VALUES ('v2', 'r2', 'note', 1, 'not json', "
                                "'t', 'u', 'd');"))
            .ok());
}

TEST_CASE("A migration that would break a foreign key is refused, even though keys are off while migrating")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("fk.db")), Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    const QList<Migration> steps{
        {1, QStringLiteral("one"),
         QStringLiteral(
             "CREATE TABLE parent(id INTEGER PRIMARY KEY) STRICT; CREATE TABLE child(id INTEGER PRIMARY KEY, "
             "parent INTEGER REFERENCES parent(id)) STRICT; INSERT INTO parent VALUES (1); "
             "INSERT INTO child VALUES (1, 1);")},
        {2, QStringLiteral("dangling"), QStringLiteral("INSERT INTO child VALUES (2, 99);")}};
    auto st = Migrator(steps).migrate(*db);
    REQUIRE_FALSE(st.ok());
    CHECK(st.errorMessage().contains(QStringLiteral("break links")));
    CHECK(db->userVersion() == 1);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM child")).value().toInt() == 1);
    // Foreign keys are enforced again once migrations are done.
    CHECK(db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
}
