// Issue 12, item 4: the audit trail commits to the content of every record version, so that a
// value changed in the database behind WhitePlan's back is found and the record named.

#include "records/RecordSeal.h"
#include "Migrator.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "records/RecordStore.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

/// What someone with a SQLite tool does: lift the append-only trigger and edit the value.
void tamper(db::Database& db, const QString& versionId, const QString& from, const QString& to)
{
    REQUIRE(db.exec(QStringLiteral("DROP TRIGGER record_version_no_update")).ok());
    auto up = db.prepare(
        QStringLiteral("UPDATE record_version SET data = replace(data, ?2, ?3) WHERE version_id = ?1"));
    REQUIRE(up.ok());
    up->bind(1, versionId).bind(2, from).bind(3, to);
    REQUIRE(up->exec().ok());
    REQUIRE(db.changes() == 1);
}

} // namespace

TEST_CASE("seal: verify names an observation whose respiration rate was changed in the database")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    RecordStore store(*ws);
    auto other = store.create(QStringLiteral("note"), QStringLiteral("p1"),
                              {{QStringLiteral("text"), QStringLiteral("ok")}});
    auto obs = store.create(QStringLiteral("observation"), QStringLiteral("p1"),
                            {{QStringLiteral("resp_rate"), 5}, {QStringLiteral("pulse"), 80}});
    REQUIRE(other.ok());
    REQUIRE(obs.ok());
    auto amended =
        store.amend(obs->recordId, {{QStringLiteral("resp_rate"), 5}, {QStringLiteral("pulse"), 82}},
                    QStringLiteral("pulse misread"));
    REQUIRE(amended.ok());

    auto clean = RecordSeal::verify(ws->db());
    REQUIRE(clean.ok());
    CHECK(clean->ok());
    CHECK(clean->versionsChecked == 3);

    tamper(ws->db(), obs->versionId, QStringLiteral("\"resp_rate\":5"), QStringLiteral("\"resp_rate\":9"));
    // The audit chain itself is intact: only the seals see the change.
    auto chain = AuditLog(*ws).verify();
    REQUIRE(chain.ok());
    CHECK(chain->ok());
    auto found = RecordSeal::verify(ws->db());
    REQUIRE(found.ok());
    REQUIRE(found->problemCount == 1);
    CHECK(found->problems.first().versionId == obs->versionId);
    CHECK(found->problems.first().problem.contains(obs->recordId));
    CHECK(found->problems.first().problem.contains(QStringLiteral("observation")));
    CHECK(found->problems.first().problem.contains(QStringLiteral("altered")));

    SECTION("rewriting the seal to match is caught by the audit entry's digest")
    {
        REQUIRE(ws->db().exec(QStringLiteral("DROP TRIGGER record_seal_no_update")).ok());
        auto row = ws->db().prepare(
            QStringLiteral("SELECT %1 FROM record_version WHERE version_id = ?1").arg(RecordSeal::columns()));
        REQUIRE(row.ok());
        row->bind(1, obs->versionId);
        REQUIRE(row->step().value());
        auto up = ws->db().prepare(QStringLiteral("UPDATE record_seal SET hash = ?2 WHERE version_id = ?1"));
        REQUIRE(up.ok());
        up->bind(1, obs->versionId).bind(2, RecordSeal::hashRow(*row));
        REQUIRE(up->exec().ok());
        auto again = RecordSeal::verify(ws->db());
        REQUIRE(again.ok());
        REQUIRE(again->problemCount == 1);
        CHECK(again->problems.first().problem.contains(QStringLiteral("audit entry")));
    }
    SECTION("a version inserted outside WhitePlan has no seal")
    {
        REQUIRE(ws->db()
                    .exec(QStringLiteral(
                        "INSERT INTO record_version(version_id, record_id, kind, patient_id, version, "
                        "data, created_at, created_by, device) VALUES ('forged', 'r-forged', "
                        "'observation', 'p1', 1, '{}', '2026-11-28T08:00:00.000Z', 'x', 'T1')"))
                    .ok());
        auto again = RecordSeal::verify(ws->db());
        REQUIRE(again.ok());
        CHECK(again->problemCount == 2);
        CHECK(again->problems.last().problem.contains(QStringLiteral("no seal")));
    }
}

TEST_CASE("seal: migration 0007 seals the records of an older database so that it verifies")
{
    test::TempDir tmp;
    const QString path = QDir(tmp.path()).filePath(Workspace::databaseFileName());
    QString observation;
    {
        // A database as WhitePlan left it at schema 6, with versions and an audit chain.
        ManualClock clock(test::testEpoch());
        auto ws = test::initialisedWorkspace(tmp.path(), clock);
        RecordStore store(*ws);
        for (int i = 0; i < 5; ++i) {
            auto v = store.create(QStringLiteral("observation"), QStringLiteral("p%1").arg(i),
                                  {{QStringLiteral("resp_rate"), 5 + i}});
            REQUIRE(v.ok());
            if (i == 2) {
                observation = v->versionId;
            }
        }
        // Back to schema 6: what 0007 added is removed, the rest is as it was.
        auto& db = ws->db();
        REQUIRE(
            db.exec(QStringLiteral("DROP TABLE record_seal; DELETE FROM setting WHERE key = 'device.id'; "
                                   "DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;"))
                .ok());
        // Entries as schema 6 hashed them (no content), rechained.
        auto entries = db.prepare(QStringLiteral("SELECT seq FROM audit_entry ORDER BY seq"));
        REQUIRE(entries.ok());
        QList<qint64> seqs;
        while (entries->step().value()) {
            seqs << entries->int64(0);
        }
        QString previous = AuditLog::genesisHash();
        for (qint64 seq : seqs) {
            auto row =
                db.prepare(QStringLiteral("SELECT at, user_login, device, action, object_kind, object_id, "
                                          "detail FROM audit_entry WHERE seq = ?1"));
            REQUIRE(row.ok());
            row->bind(1, static_cast<std::int64_t>(seq));
            REQUIRE(row->step().value());
            AuditEntry e;
            e.seq = seq;
            e.at = row->text(0);
            e.user = row->text(1);
            e.device = row->text(2);
            e.action = row->text(3);
            e.objectKind = row->text(4);
            e.objectId = row->text(5);
            e.detail = row->text(6);
            e.prevHash = previous;
            e.hash = AuditLog::computeHash(e);
            auto up =
                db.prepare(QStringLiteral("UPDATE audit_entry SET prev_hash = ?2, hash = ?3 WHERE seq = ?1"));
            REQUIRE(up.ok());
            up->bind(1, static_cast<std::int64_t>(seq)).bind(2, e.prevHash).bind(3, e.hash);
            REQUIRE(up->exec().ok());
            previous = e.hash;
        }
        REQUIRE(db.exec(QStringLiteral("ALTER TABLE audit_entry DROP COLUMN content")).ok());
        REQUIRE(db.setUserVersion(6).ok());
    }
    ManualClock clock(test::testEpoch().addDays(1));
    auto reopened = Workspace::open(tmp.path(), clock);
    INFO(reopened.errorMessage().toStdString());
    REQUIRE(reopened.ok());
    auto& ws = **reopened;
    CHECK(ws.db().userVersion() == db::Migrator::latestVersion());
    CHECK_FALSE(ws.setting(QStringLiteral("device.id")).isEmpty());
    auto chain = AuditLog(ws).verify();
    REQUIRE(chain.ok());
    CHECK(chain->ok());
    auto last = AuditLog(ws).latest(1);
    REQUIRE(last.ok());
    CHECK(last->first().action == QStringLiteral("records.sealed"));
    CHECK(last->first().detail.startsWith(QStringLiteral("5 record versions")));
    auto sealed = RecordSeal::verify(ws.db());
    REQUIRE(sealed.ok());
    CHECK(sealed->ok());
    CHECK(sealed->versionsChecked == 5);

    tamper(ws.db(), observation, QStringLiteral("\"resp_rate\":7"), QStringLiteral("\"resp_rate\":9"));
    auto found = RecordSeal::verify(ws.db());
    REQUIRE(found.ok());
    REQUIRE(found->problemCount == 1);
    CHECK(found->problems.first().versionId == observation);
}
