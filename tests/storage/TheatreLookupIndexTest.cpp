#include "Database.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::db;

namespace {

// SQLite's own account of how it would run `sql`: one line per step ("SCAN c",
// "SEARCH c USING INDEX ...").
QStringList queryPlan(Database& db, const QString& sql)
{
    auto stmt = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    REQUIRE(stmt.ok());
    auto rows = stmt->all<QString>([](const Statement& s) { return s.text(3); });
    REQUIRE(rows.ok());
    return *rows;
}

} // namespace

TEST_CASE("A patient's planned operations and their last postponement are found without reading every case")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("a.db")), Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    auto migrations = Migrator::builtin();
    REQUIRE(migrations.ok());
    REQUIRE(Migrator(*migrations).migrate(*db).ok());

    // The shape of the ward board's lookup (PlannedSurgeryQuery): by record or by the
    // list's reference, with the latest postponement reason per case.
    const QStringList plan = queryPlan(
        *db,
        QStringLiteral("SELECT c.id, (SELECT reason FROM theatre_postponement r WHERE r.case_id = c.id "
                       "ORDER BY r.seq DESC LIMIT 1) FROM theatre_case c "
                       "WHERE c.patient_id = ?1 OR (?2 <> '' AND c.patient_ref = ?2) OR c.patient_ref = ?3"));
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    CHECK(plan.filter(QStringLiteral("SCAN")).isEmpty());
    CHECK(!plan.filter(QStringLiteral("theatre_case_by_patient_ref")).isEmpty());
    CHECK(!plan.filter(QStringLiteral("theatre_postponement_by_case")).isEmpty());
}
