#include "Database.h"
#include "Statement.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::db;

namespace {

Database table()
{
    auto db = Database::openInMemory();
    REQUIRE(db.ok());
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT);")).ok());
    return std::move(*db);
}

} // namespace

TEST_CASE("A statement prepared again comes back reset and unbound", "[storage][statement-cache]")
{
    Database db = table();
    const QString insert = QStringLiteral("INSERT INTO t (a, b) VALUES (?1, ?2)");
    {
        auto ins = db.prepare(insert);
        REQUIRE(ins.ok());
        ins->bind(1, 1).bind(2, QStringLiteral("first"));
        REQUIRE(ins->exec().ok());
    }
    {
        // Reused: the old bindings must not leak into this row.
        auto ins = db.prepare(insert);
        REQUIRE(ins.ok());
        ins->bind(1, 2);
        REQUIRE(ins->exec().ok());
    }
    auto b = db.scalar(QStringLiteral("SELECT b FROM t WHERE a = 2"));
    REQUIRE(b.ok());
    CHECK(b->isNull());

    // A cached SELECT left half-read starts again from the first row.
    const QString select = QStringLiteral("SELECT a FROM t ORDER BY a");
    {
        auto sel = db.prepare(select);
        REQUIRE(sel.ok());
        REQUIRE(*sel->step());
    }
    auto sel = db.prepare(select);
    REQUIRE(sel.ok());
    REQUIRE(*sel->step());
    CHECK(sel->value(0).toLongLong() == 1);
}

TEST_CASE("The same SQL in use twice at once gives two independent statements", "[storage][statement-cache]")
{
    Database db = table();
    REQUIRE(db.exec(QStringLiteral("INSERT INTO t VALUES (1, 'x'), (2, 'y');")).ok());
    const QString select = QStringLiteral("SELECT a FROM t ORDER BY a");
    auto outer = db.prepare(select);
    REQUIRE(outer.ok());
    REQUIRE(*outer->step());
    auto inner = db.prepare(select);
    REQUIRE(inner.ok());
    REQUIRE(*inner->step());
    REQUIRE(*inner->step());
    CHECK(inner->value(0).toLongLong() == 2);
    CHECK(outer->value(0).toLongLong() == 1);
}

TEST_CASE("A statement outliving its database is finalised, not cached", "[storage][statement-cache]")
{
    Statement kept;
    {
        Database db = table();
        auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM t"));
        REQUIRE(stmt.ok());
        kept = std::move(*stmt);
        db.close();
    }
    // Destroying `kept` after the close must neither crash nor leak (ASan and valgrind see it).
    CHECK(kept.isValid());
}
