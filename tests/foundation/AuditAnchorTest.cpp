// Issue 17: bundles and backups carry the audit trail's end, so that removing or rewriting the
// newest entries (which the chain alone cannot show) is caught against them.

#include "audit/AuditAnchor.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "backup/BackupService.h"
#include "exchange/ExchangeExporter.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

const QByteArray passphrase = QByteArrayLiteral("lime river cold ticket");

void appendEntries(Workspace& ws, int n)
{
    for (int i = 0; i < n; ++i) {
        REQUIRE(
            AuditLog(ws).append(QStringLiteral("test.action"), QStringLiteral("test"), QString::number(i)));
    }
}

/// What someone with a SQLite tool can do: drop the guard triggers and delete the newest entries.
void removeNewest(Workspace& ws, int n)
{
    REQUIRE(ws.db().exec(QStringLiteral("DROP TRIGGER audit_entry_no_delete")));
    REQUIRE(ws.db().exec(
        QStringLiteral("DELETE FROM audit_entry WHERE seq > (SELECT max(seq) FROM audit_entry) - %1")
            .arg(n)));
}

} // namespace

TEST_CASE("audit anchor: a bundle, an encrypted backup and a database backup carry the trail's end")
{
    test::TempDir tmp;
    test::TempDir usb;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    appendEntries(*ws, 2);
    auto head = AuditAnchor::head(ws->db());
    REQUIRE(head.ok());
    CHECK(head->seq > 2);
    CHECK(head->hash.size() == 64);

    exchange::ExportOptions options;
    options.kdf = exchange::KdfParams::fastForTests();
    const QString bundle = usb.file(QStringLiteral("all.wpb"));
    REQUIRE(exchange::ExchangeExporter(*ws).exportTo(bundle, passphrase, options).ok());
    auto fromBundle = AuditAnchor::read(bundle);
    INFO(fromBundle.errorMessage().toStdString());
    REQUIRE(fromBundle.ok());
    CHECK(fromBundle->head.seq == head->seq);
    CHECK(fromBundle->head.hash == head->hash);
    CHECK(fromBundle->deviceCode == QStringLiteral("T1"));

    const auto beforeBackup = AuditAnchor::head(ws->db());
    auto backup = BackupService(*ws).backupTo(usb.path(), passphrase, exchange::KdfParams::fastForTests());
    REQUIRE(backup.ok());
    auto fromBackup = AuditAnchor::read(*backup);
    REQUIRE(fromBackup.ok());
    CHECK(fromBackup->head.seq == beforeBackup->seq);
    CHECK(fromBackup->head.hash == beforeBackup->hash);

    auto rotated = BackupService(*ws).rotate(true);
    REQUIRE(rotated.ok());
    auto fromDatabase = AuditAnchor::read(*rotated);
    REQUIRE(fromDatabase.ok());
    CHECK(fromDatabase->head.seq == AuditAnchor::head(ws->db())->seq);

    auto check = AuditAnchor::check(ws->db(), fromBundle->head);
    REQUIRE(check.ok());
    CHECK(check->outcome == AuditAnchorCheck::Outcome::Intact);

    const QString garbage = usb.file(QStringLiteral("garbage.db"));
    test::writeFile(garbage, QByteArray(4096, 'x'));
    auto refused = AuditAnchor::read(garbage);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
}

TEST_CASE("audit anchor: the newest entries removed, or rewritten with a consistent chain, are caught")
{
    test::TempDir tmp;
    test::TempDir usb;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    appendEntries(*ws, 3);
    auto backup = BackupService(*ws).backupTo(usb.path(), passphrase, exchange::KdfParams::fastForTests());
    REQUIRE(backup.ok());
    auto anchor = AuditAnchor::read(*backup);
    REQUIRE(anchor.ok());

    SECTION("the last 3 entries removed: the chain is still whole, the anchor tells")
    {
        removeNewest(*ws, 3); // the backup's own entry and the 2 entries before the copy
        auto chain = AuditLog(*ws).verify();
        REQUIRE(chain.ok());
        CHECK(chain->ok()); // what verify alone sees
        auto check = AuditAnchor::check(ws->db(), anchor->head);
        REQUIRE(check.ok());
        CHECK(check->outcome == AuditAnchorCheck::Outcome::Removed);
        CHECK(check->current.seq == anchor->head.seq - 2);
    }
    SECTION("the anchored entry rewritten and its hash recomputed")
    {
        removeNewest(*ws, 1); // the backup's entry, so the rewritten one is the last
        auto last = AuditLog(*ws).latest(1);
        REQUIRE(last.ok());
        AuditEntry e = last->first();
        REQUIRE(e.seq == anchor->head.seq);
        e.detail = QStringLiteral("nothing happened here");
        e.hash = AuditLog::computeHash(e);
        REQUIRE(ws->db().exec(QStringLiteral("DROP TRIGGER audit_entry_no_update")));
        auto update =
            ws->db().prepare(QStringLiteral("UPDATE audit_entry SET detail = ?1, hash = ?2 WHERE seq = ?3"));
        REQUIRE(update.ok());
        update->bind(1, e.detail).bind(2, e.hash).bind(3, static_cast<std::int64_t>(e.seq));
        REQUIRE(update->exec());
        auto chain = AuditLog(*ws).verify();
        REQUIRE(chain.ok());
        CHECK(chain->ok());
        auto check = AuditAnchor::check(ws->db(), anchor->head);
        REQUIRE(check.ok());
        CHECK(check->outcome == AuditAnchorCheck::Outcome::Rewritten);
    }
    SECTION("entries added since change nothing")
    {
        appendEntries(*ws, 4);
        auto check = AuditAnchor::check(ws->db(), anchor->head);
        REQUIRE(check.ok());
        CHECK(check->outcome == AuditAnchorCheck::Outcome::Intact);
        CHECK(check->current.seq == anchor->head.seq + 5);
    }
}
