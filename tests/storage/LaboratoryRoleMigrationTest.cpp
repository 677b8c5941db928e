// Migration 0008 (issue 15): app_user is rebuilt for the laboratory role's CHECK. A laptop
// upgraded in the middle of a downtime must keep every account exactly as it was (passwords,
// disabled accounts, the wrong-password counters that drive the login delay).
#include "Database.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::db;

namespace {

/// The built-in migrations up to `version`: the schema an older WhitePlan left.
QList<Migration> upTo(int version)
{
    const auto builtin = Migrator::builtin();
    REQUIRE(builtin.ok());
    QList<Migration> list;
    for (const auto& m : *builtin) {
        if (m.version <= version) {
            list << m;
        }
    }
    REQUIRE(list.size() == version);
    return list;
}

Status addUser(Database& db, const QString& id, const QString& login, const QString& role)
{
    return db.exec(
        QStringLiteral("INSERT INTO app_user(id, login, full_name, role, password_hash, created_at, "
                       "created_by) VALUES ('%1', '%2', 'Someone', '%3', 'hash-%2', "
                       "'2026-11-28T08:00:00.000Z', 'admin');")
            .arg(id, login, role));
}

/// Every column of every user, in login order.
QStringList users(Database& db)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT id, login, full_name, role, password_hash, active, failed_attempts, "
                       "coalesce(last_failed_at, '-'), created_at, created_by FROM app_user ORDER BY login"));
    REQUIRE(stmt.ok());
    auto rows = stmt->all<QString>([](const Statement& s) {
        QStringList columns;
        for (int i = 0; i < 10; ++i) {
            columns << s.text(i);
        }
        return columns.join(QLatin1Char('|'));
    });
    REQUIRE(rows.ok());
    return *rows;
}

} // namespace

TEST_CASE("A database at schema 7 keeps its users through 0008 and then accepts laboratory users",
          "[migration][issue15]")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("seven.db")), Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    REQUIRE(Migrator(upTo(7)).migrate(*db).ok());
    REQUIRE(db->userVersion() == 7);
    REQUIRE(
        addUser(*db, QStringLiteral("u1"), QStringLiteral("admin"), QStringLiteral("administrator")).ok());
    REQUIRE(addUser(*db, QStringLiteral("u2"), QStringLiteral("nina"), QStringLiteral("nurse")).ok());
    REQUIRE(addUser(*db, QStringLiteral("u3"), QStringLiteral("dr.lee"), QStringLiteral("doctor")).ok());
    REQUIRE(
        addUser(*db, QStringLiteral("u4"), QStringLiteral("bloc"), QStringLiteral("theatre_manager")).ok());
    // A disabled account and one in the middle of its wrong-password delay.
    REQUIRE(db->exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE login = 'bloc';")).ok());
    REQUIRE(db->exec(QStringLiteral("UPDATE app_user SET failed_attempts = 4, last_failed_at = "
                                    "'2026-11-28T09:12:00.000Z' WHERE login = 'nina';"))
                .ok());
    // Schema 7 does not know the role.
    CHECK_FALSE(
        addUser(*db, QStringLiteral("u5"), QStringLiteral("labo"), QStringLiteral("laboratory")).ok());
    const QStringList before = users(*db);
    REQUIRE(before.size() == 4);

    auto st = Migrator(Migrator::builtin().value()).migrate(*db);
    INFO(st.errorMessage().toStdString());
    REQUIRE(st.ok());
    CHECK(db->userVersion() == Migrator::latestVersion());
    CHECK(users(*db) == before);

    CHECK(addUser(*db, QStringLiteral("u5"), QStringLiteral("labo"), QStringLiteral("laboratory")).ok());
    // The rebuilt table is as strict as the old one: unknown roles, a login taken in
    // another case, a missing name and a text where a number goes are still refused.
    CHECK_FALSE(addUser(*db, QStringLiteral("u6"), QStringLiteral("chem"), QStringLiteral("chemist")).ok());
    CHECK_FALSE(addUser(*db, QStringLiteral("u7"), QStringLiteral("NINA"), QStringLiteral("nurse")).ok());
    CHECK_FALSE(addUser(*db, QStringLiteral("u2"), QStringLiteral("other"), QStringLiteral("nurse")).ok());
    CHECK_FALSE(db->exec(QStringLiteral("UPDATE app_user SET active = 'yes' WHERE login = 'labo';")).ok());
    CHECK_FALSE(db->exec(QStringLiteral("UPDATE app_user SET full_name = NULL WHERE login = 'labo';")).ok());
    CHECK(db->scalar(QStringLiteral("SELECT strict FROM pragma_table_list WHERE name = 'app_user'"))
              .value()
              .toInt() == 1);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'app_user_%'"))
              .value()
              .toInt() == 0);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE login = 'Labo'")).value().toInt() ==
          1);
    auto integrity = db->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity->isEmpty());
    CHECK(db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
}
