#include "HubTestSupport.h"

#include "hub/HubLinkStore.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::test;

namespace {

/// A copy of `l`'s database in `dir`, opened as a laptop of its own (same code and records).
std::unique_ptr<Workspace> copyOf(Laptop& l, const QString& dir, Clock& clock)
{
    REQUIRE(l.ws->db().backupTo(dir + QStringLiteral("/") + Workspace::databaseFileName()).ok());
    auto ws = Workspace::open(dir, clock);
    REQUIRE(ws.ok());
    auto admin = UserService(**ws).find(adminLogin());
    REQUIRE(admin.ok());
    (*ws)->setCurrentUser(*admin);
    return std::move(ws).value();
}

QString dumpOf(Workspace& ws)
{
    auto d = exchange::CanonicalDump::of(ws);
    REQUIRE(d.ok());
    return *d;
}

} // namespace

TEST_CASE(
    "hub: laptops converge through the hub to the state USB bundles give, across cut links and re-sends",
    "[hub]")
{
    HubCluster cluster;
    cluster.enrol(QStringLiteral("WA"));
    cluster.enrol(QStringLiteral("WB"));
    TempDir dirA, dirB, copyA, copyB, files;
    Laptop a{dirA.path(), QStringLiteral("WA")};
    Laptop b{dirB.path(), QStringLiteral("WB"), 1};
    edit(a, 40, 1);
    edit(b, 40, 2);

    // The bundle path, on copies of both laptops: each imports the other's whole bundle.
    ManualClock clockA(testEpoch()), clockB(testEpoch());
    auto bundleA = copyOf(a, copyA.path(), clockA);
    auto bundleB = copyOf(b, copyB.path(), clockB);
    const QString fileA = files.file(QStringLiteral("a.wpb")), fileB = files.file(QStringLiteral("b.wpb"));
    REQUIRE(exchange::ExchangeExporter(*bundleA).exportTo(fileA, testPassphrase(), fastOptions()).ok());
    REQUIRE(exchange::ExchangeExporter(*bundleB).exportTo(fileB, testPassphrase(), fastOptions()).ok());
    REQUIRE(exchange::ExchangeImporter(*bundleA).importFile(fileB, testPassphrase()).ok());
    REQUIRE(exchange::ExchangeImporter(*bundleB).importFile(fileA, testPassphrase()).ok());
    const QString bundleState = dumpOf(*bundleA);
    REQUIRE(dumpOf(*bundleB) == bundleState);

    // The hub path, with the link cut after B's second batch (the server ends B's session).
    cluster.join(a);
    cluster.join(b);
    const auto first = sync(a, 7);
    CHECK(first.stored == first.offered);
    CHECK(cluster.admin(
              QStringLiteral("SELECT count(*) FROM hub_row WHERE kind = 'rv' AND device_code = 'WA'")) ==
          QString::number(ownVersions(a)));
    {
        hub::HubSync cut(*b.ws);
        cut.setBatchSize(7);
        int batches = 0;
        cut.setAfterBatch([&] {
            if (++batches == 2) {
                cluster.admin(QStringLiteral(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'dev_WB'"));
            }
        });
        auto r = cut.syncOnce();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Io);
        auto link = hub::HubLinkStore(b.ws->db()).load();
        REQUIRE(link.ok());
        CHECK((*link)->unreachableSince.isValid());
        CHECK_FALSE((*link)->lastError.isEmpty());
    }
    sync(b, 7);
    sync(a, 7);
    CHECK(dumpOf(*a.ws) == dumpOf(*b.ws));
    CHECK(dumpOf(*a.ws) == bundleState);
    auto waiting = hub::HubSync::waiting(*b.ws);
    REQUIRE(waiting.ok());
    CHECK(*waiting == 0);

    // Everything sent again: the hub stores nothing new, no alarm, nothing changes.
    REQUIRE(a.ws->db()
                .exec(QStringLiteral("UPDATE hub_link SET pushed_up_to = 0, pull_txid = 0, pull_seq = 0"))
                .ok());
    const auto again = sync(a, 7);
    CHECK(again.offered > 0);
    CHECK(again.stored == 0);
    CHECK(again.alarms == 0);
    CHECK(again.newRecords == 0);
    CHECK(dumpOf(*a.ws) == bundleState);
    CHECK(cluster.admin(QStringLiteral("SELECT count(*) FROM hub_alarm")) == QStringLiteral("0"));

    // More edits on both sides, and again the same state everywhere.
    edit(a, 15, 3);
    edit(b, 15, 4);
    sync(a);
    sync(b);
    sync(a);
    CHECK(dumpOf(*a.ws) == dumpOf(*b.ws));
    // The hub keeps each laptop's audit trail; the laptops keep their own chains only.
    auto entries = a.ws->db().scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    REQUIRE(entries.ok());
    CHECK(cluster.admin(
              QStringLiteral("SELECT count(*) FROM hub_row WHERE kind = 'audit' AND device_code = 'WA'")) ==
          QString::number(entries->toLongLong()));
    auto foreign = b.ws->db().scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE device = 'WA'"));
    REQUIRE(foreign.ok());
    CHECK(foreign->toLongLong() == 0);
}

TEST_CASE("hub: kill -9 of the server during an upload loses no row the laptop counted as sent", "[hub]")
{
    HubCluster cluster;
    cluster.enrol(QStringLiteral("WA"));
    TempDir dir;
    Laptop a{dir.path(), QStringLiteral("WA")};
    edit(a, 60, 5);
    cluster.join(a);
    hub::HubSync s(*a.ws);
    s.setBatchSize(10);
    int batches = 0;
    s.setAfterBatch([&] {
        if (++batches == 2) {
            cluster.killAndRestart();
        }
    });
    REQUIRE_FALSE(s.syncOnce().ok());
    auto link = hub::HubLinkStore(a.ws->db()).load();
    REQUIRE(link.ok());
    auto counted = a.ws->db().prepare(
        QStringLiteral("SELECT count(*) FROM record_version WHERE device = 'WA' AND rowid <= ?1"));
    REQUIRE(counted.ok());
    counted->bind(1, (*link)->pushedUpTo);
    REQUIRE(*counted->step());
    const qint64 sent = counted->int64(0);
    CHECK(sent >= 10);
    CHECK(sent < ownVersions(a));
    // Every row counted as sent survived the crash.
    const qint64 onHub =
        cluster.admin(QStringLiteral("SELECT count(*) FROM hub_row WHERE device_code = 'WA' AND kind = 'rv'"))
            .toLongLong();
    CHECK(onHub >= sent);
    sync(a, 10);
    CHECK(cluster.admin(
              QStringLiteral("SELECT count(*) FROM hub_row WHERE device_code = 'WA' AND kind = 'rv'")) ==
          QString::number(ownVersions(a)));
}

TEST_CASE("hub: a hub restored from an older backup is detected and refilled by the laptops", "[hub]")
{
    HubCluster cluster;
    cluster.enrol(QStringLiteral("WA"));
    cluster.enrol(QStringLiteral("WB"));
    TempDir dirA, dirB, backups;
    Laptop a{dirA.path(), QStringLiteral("WA")};
    Laptop b{dirB.path(), QStringLiteral("WB"), 1};
    cluster.join(a);
    cluster.join(b);
    edit(a, 10, 6);
    sync(a);
    const ScriptRun backup =
        cluster.script(QStringLiteral("backup"), {QStringLiteral("--to"), backups.path()});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString taken = backup.out.trimmed().split(QLatin1Char('\n')).last();
    edit(a, 10, 7);
    edit(b, 10, 8);
    sync(a);
    sync(b);
    sync(a);
    REQUIRE(dumpOf(*a.ws) == dumpOf(*b.ws));

    cluster.stop();
    const ScriptRun restored = cluster.script(QStringLiteral("restore"), {QStringLiteral("--from"), taken});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    cluster.start();
    CHECK(cluster.admin(QStringLiteral("SELECT count(*) FROM hub_row WHERE device_code = 'WB'")) ==
          QStringLiteral("0"));

    const auto refill = sync(a);
    CHECK_FALSE(refill.resetReason.isEmpty());
    CHECK(refill.stored > 0);
    const auto refillB = sync(b);
    CHECK_FALSE(refillB.resetReason.isEmpty());
    CHECK(cluster.admin(
              QStringLiteral("SELECT count(*) FROM hub_row WHERE device_code = 'WA' AND kind = 'rv'")) ==
          QString::number(ownVersions(a)));
    CHECK(cluster.admin(
              QStringLiteral("SELECT count(*) FROM hub_row WHERE device_code = 'WB' AND kind = 'rv'")) ==
          QString::number(ownVersions(b)));
    // New edits still reach the other laptop after the restore.
    edit(b, 5, 9);
    sync(b);
    sync(a);
    CHECK(dumpOf(*a.ws) == dumpOf(*b.ws));
}
