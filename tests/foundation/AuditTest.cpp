#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace wp;

namespace {

void writeSomeRecords(Workspace& ws, int n)
{
    RecordStore store(ws);
    for (int i = 0; i < n; ++i) {
        REQUIRE(
            store.create(QStringLiteral("note"), QStringLiteral("p1"), {{QStringLiteral("text"), i}}).ok());
    }
}

} // namespace

TEST_CASE("Every write is audited with user, time and laptop, and the chain verifies")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    clock.advanceSeconds(10);
    writeSomeRecords(*ws, 3);
    AuditLog log(*ws);
    auto latest = log.latest(1);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    const AuditEntry& e = latest->first();
    CHECK(e.user == QStringLiteral("nina"));
    CHECK(e.device == QStringLiteral("T1"));
    CHECK(e.action == QStringLiteral("record.create"));
    CHECK(e.at == toStorageTime(clock.now()));
    auto report = log.verify();
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->entriesChecked >= 3);
}

TEST_CASE("Tampering with a stored audit entry is detected and named")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    writeSomeRecords(*ws, 6);
    auto& db = ws->db();
    const qint64 total = db.scalar(QStringLiteral("SELECT count(*) FROM audit_entry")).value().toLongLong();
    REQUIRE(total > 6);
    const qint64 victim = total - 3;

    // An attacker with the file can drop the guard trigger; the chain still tells.
    REQUIRE(db.exec(QStringLiteral("DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;"))
                .ok());

    SECTION("an altered field")
    {
        REQUIRE(
            db.exec(
                  QStringLiteral("UPDATE audit_entry SET user_login = 'mallory' WHERE seq = %1").arg(victim))
                .ok());
        auto report = AuditLog(*ws).verify();
        REQUIRE(report.ok());
        REQUIRE_FALSE(report->ok());
        CHECK(*report->firstBadSeq == victim);
    }
    SECTION("a recomputed hash breaks the next link")
    {
        REQUIRE(
            db.exec(QStringLiteral("UPDATE audit_entry SET detail = 'x' WHERE seq = %1").arg(victim)).ok());
        auto stmt =
            db.prepare(QStringLiteral("SELECT seq, at, user_login, device, action, object_kind, object_id, "
                                      "detail, prev_hash, content FROM audit_entry WHERE seq = ?1"));
        REQUIRE(stmt.ok());
        stmt->bind(1, static_cast<std::int64_t>(victim));
        REQUIRE(stmt->step().value());
        AuditEntry e{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4),
                     stmt->text(5),  stmt->text(6), stmt->text(7), stmt->text(8), {},
                     stmt->text(9)};
        stmt = Error();
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_entry SET hash = '%1' WHERE seq = %2")
                            .arg(AuditLog::computeHash(e))
                            .arg(victim))
                    .ok());
        auto report = AuditLog(*ws).verify();
        REQUIRE(report.ok());
        REQUIRE_FALSE(report->ok());
        CHECK(*report->firstBadSeq == victim + 1);
    }
    SECTION("a deleted entry")
    {
        REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_entry WHERE seq = %1").arg(victim)).ok());
        auto report = AuditLog(*ws).verify();
        REQUIRE(report.ok());
        REQUIRE_FALSE(report->ok());
        CHECK(*report->firstBadSeq == victim);
    }
}
