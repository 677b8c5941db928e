#include "HubTestSupport.h"

#include "exchange/PayloadLines.h"
#include "hub/HubLinkStore.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::test;

namespace {

Error refusal(const db::PgOptions& o)
{
    auto c = db::PgConnection::connect(o);
    REQUIRE_FALSE(c.ok());
    return c.error();
}

/// The last record version written on `l`, as the line the hub stores: (version_id, body).
std::pair<QString, QByteArray> lastLine(Laptop& l)
{
    auto s = l.ws->db().prepare(exchange::PayloadLines::ownRecordSql());
    REQUIRE(s.ok());
    s->bind(1, std::int64_t(0)).bind(2, l.ws->deviceCode()).bind(3, 1000000);
    std::pair<QString, QByteArray> last;
    while (*s->step()) {
        last = {s->text(1), exchange::PayloadLines::text(exchange::PayloadLines::record(*s))};
    }
    REQUIRE_FALSE(last.first.isEmpty());
    return last;
}

const QString insertRow =
    QStringLiteral("INSERT INTO hub_row(kind, id, device_code, body, sha256) "
                   "VALUES ('rv', $1, $2, $3, encode(sha256(convert_to($3, 'UTF8')), 'hex'))");

bool hasVersion(Laptop& l, const QString& versionId)
{
    auto s = l.ws->db().prepare(QStringLiteral("SELECT 1 FROM record_version WHERE version_id = ?1"));
    REQUIRE(s.ok());
    s->bind(1, versionId);
    return *s->step();
}

} // namespace

TEST_CASE("hub: only TLS with a certificate of the hub's CA, for the right host, valid and not revoked",
          "[hub]")
{
    HubCluster cluster;
    cluster.enrol(QStringLiteral("WA"));
    auto good = db::PgConnection::connect(cluster.device(QStringLiteral("WA")));
    INFO(good.errorMessage().toStdString());
    REQUIRE(good.ok());
    auto me = good->exec(QStringLiteral("SELECT hub_device_code()"));
    REQUIRE(me.ok());
    CHECK(me->text(0, 0) == QStringLiteral("WA"));

    {
        INFO("a CA other than the hub's");
        const QString other = cluster.folder() + QStringLiteral("/other-ca");
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), other + QStringLiteral(".key"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Somebody else"), QStringLiteral("-days"), QStringLiteral("10"),
                 QStringLiteral("-out"), other + QStringLiteral(".crt")});
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitCode() == 0);
        db::PgOptions o = cluster.device(QStringLiteral("WA"));
        o.rootCert = other + QStringLiteral(".crt");
        const Error e = refusal(o);
        CHECK(e.code == Error::Code::AuthenticationFailed);
        CHECK(e.message.contains(QStringLiteral("certificate")));
    }
    {
        INFO("a host name the server's certificate does not carry");
        db::PgOptions o = cluster.device(QStringLiteral("WA"));
        o.host = QStringLiteral("hub.wrong.example");
        o.hostAddress = QStringLiteral("127.0.0.1");
        const Error e = refusal(o);
        CHECK(e.code == Error::Code::AuthenticationFailed);
        CHECK(e.message.contains(QStringLiteral("does not match host name")));
    }
    {
        INFO("an expired certificate");
        cluster.enrol(QStringLiteral("OLD"),
                      {QStringLiteral("--not-after"), QStringLiteral("20210101000000Z")});
        const Error e = refusal(cluster.device(QStringLiteral("OLD")));
        CHECK(e.code == Error::Code::AuthenticationFailed);
    }
    {
        INFO("a revoked certificate, at once, and its open session ends");
        cluster.enrol(QStringLiteral("GONE"));
        auto open = db::PgConnection::connect(cluster.device(QStringLiteral("GONE")));
        REQUIRE(open.ok());
        const ScriptRun r = cluster.script(QStringLiteral("revoke"),
                                           {QStringLiteral("--device-code"), QStringLiteral("GONE")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK_FALSE(open->exec(QStringLiteral("SELECT 1")).ok());
        const Error e = refusal(cluster.device(QStringLiteral("GONE")));
        CHECK(e.code == Error::Code::AuthenticationFailed);
        CHECK(e.message.contains(QStringLiteral("revoked")));
        // The others are not affected.
        CHECK(db::PgConnection::connect(cluster.device(QStringLiteral("WA"))).ok());
    }
    {
        INFO("one laptop's certificate for another laptop's role");
        cluster.enrol(QStringLiteral("WB"));
        db::PgOptions o = cluster.device(QStringLiteral("WA"));
        o.user = QStringLiteral("dev_WB");
        CHECK(refusal(o).code == Error::Code::AuthenticationFailed);
    }
    {
        INFO("plain TCP");
        QProcess p;
        p.start(QStringLiteral("psql"),
                {QStringLiteral("host=127.0.0.1 port=%1 dbname=whiteplan user=dev_WA sslmode=disable")
                     .arg(cluster.port()),
                 QStringLiteral("-c"), QStringLiteral("SELECT 1")});
        REQUIRE(p.waitForFinished(30000));
        CHECK(p.exitCode() != 0);
        CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("no encryption")));
    }
}

TEST_CASE("hub: a laptop cannot write rows under another laptop's code, nor change any row", "[hub]")
{
    HubCluster cluster;
    cluster.enrol(QStringLiteral("WA"));
    cluster.enrol(QStringLiteral("WB"));
    auto a = db::PgConnection::connect(cluster.device(QStringLiteral("WA")));
    REQUIRE(a.ok());
    const QByteArray body = QByteArrayLiteral("{\"t\":\"rv\"}");
    auto forged = a->exec(insertRow, {QByteArrayLiteral("v-1"), QByteArrayLiteral("WB"), body});
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.error().code == Error::Code::PermissionDenied);
    CHECK(forged.error().message.contains(QStringLiteral("row-level security")));
    REQUIRE(a->exec(insertRow, {QByteArrayLiteral("v-1"), QByteArrayLiteral("WA"), body}).ok());
    CHECK_FALSE(a->exec(QStringLiteral("UPDATE hub_row SET body = 'x'")).ok());
    CHECK_FALSE(a->exec(QStringLiteral("DELETE FROM hub_row")).ok());
    CHECK_FALSE(a->exec(QStringLiteral("INSERT INTO hub_device(device_code, device_id, hospital_id) "
                                       "VALUES ('WB', 'x', 'y')"))
                    .ok());
    CHECK(cluster.admin(QStringLiteral("SELECT count(*) || ' ' || min(device_code) FROM hub_row")) ==
          QStringLiteral("1 WA"));
}

TEST_CASE("hub: the same id with another content raises an integrity alarm and is never merged", "[hub]")
{
    HubCluster cluster;
    cluster.enrol(QStringLiteral("WA"));
    cluster.enrol(QStringLiteral("WB"));
    TempDir dirA, dirB;
    Laptop a{dirA.path(), QStringLiteral("WA")};
    Laptop b{dirB.path(), QStringLiteral("WB"), 1};
    cluster.join(a);
    cluster.join(b);
    edit(a, 5, 11);
    sync(a);
    const auto [versionId, body] = lastLine(a);
    const QString stored =
        cluster.admin(QStringLiteral("SELECT sha256 FROM hub_row WHERE id = '%1'").arg(versionId));
    // B holds a version with A's id but other data (a forged or damaged copy), written as B's own.
    auto forged = b.ws->db().prepare(QStringLiteral("INSERT INTO record_version(version_id, record_id, kind, "
                                                    "patient_id, version, previous_version_id, data, "
                                                    "created_at, created_by, device) VALUES (?1, 'r-forged', "
                                                    "'observation', NULL, 1, NULL, '{\"pulse\":1}', "
                                                    "'2026-01-01T00:00:00.000Z', 'admin', 'WB')"));
    REQUIRE(forged.ok());
    forged->bind(1, versionId);
    REQUIRE(forged->exec().ok());

    const auto r = sync(b);
    CHECK(r.alarms == 1);
    CHECK(r.alarmIds == QStringList{versionId});
    CHECK(cluster.admin(
              QStringLiteral("SELECT count(*) || ' ' || min(offered_by) FROM hub_alarm WHERE row_id = '%1'")
                  .arg(versionId)) == QStringLiteral("1 WB"));
    CHECK(cluster.admin(QStringLiteral("SELECT sha256 FROM hub_row WHERE id = '%1'").arg(versionId)) ==
          stored);
    auto link = hub::HubLinkStore(b.ws->db()).load();
    REQUIRE(link.ok());
    CHECK((*link)->alarms == 1);
    // A keeps its own version; the forged one never reaches it.
    sync(a);
    auto data =
        a.ws->db().prepare(QStringLiteral("SELECT record_id FROM record_version WHERE version_id = ?1"));
    REQUIRE(data.ok());
    data->bind(1, versionId);
    REQUIRE(*data->step());
    CHECK(data->text(0) != QStringLiteral("r-forged"));
    // Sending again does not raise it twice from the same laptop's cursor.
    CHECK(sync(b).alarms == 0);
}

TEST_CASE("hub: a row committed late by a concurrent upload is not skipped by the pull cursor", "[hub]")
{
    HubCluster cluster;
    for (const char* code : {"WA", "WB", "WC"}) {
        cluster.enrol(QString::fromLatin1(code));
    }
    TempDir dirA, dirB, dirC;
    Laptop a{dirA.path(), QStringLiteral("WA")};
    Laptop b{dirB.path(), QStringLiteral("WB"), 1};
    Laptop c{dirC.path(), QStringLiteral("WC"), 2};
    cluster.join(a);
    cluster.join(b);
    cluster.join(c);
    edit(a, 3, 21);
    edit(b, 3, 22);
    sync(a);
    sync(b);
    sync(c);
    // One more version on each, uploaded by hand: A's transaction takes its seq first and
    // commits last; B's commits in between.
    edit(a, 2, 23);
    edit(b, 2, 24);
    const auto [idA, bodyA] = lastLine(a);
    const auto [idB, bodyB] = lastLine(b);
    auto slow = db::PgConnection::connect(cluster.device(QStringLiteral("WA")));
    auto fast = db::PgConnection::connect(cluster.device(QStringLiteral("WB")));
    REQUIRE(slow.ok());
    REQUIRE(fast.ok());
    REQUIRE(slow->exec(QStringLiteral("BEGIN")).ok());
    REQUIRE(slow->exec(insertRow, {idA.toUtf8(), QByteArrayLiteral("WA"), bodyA}).ok());
    REQUIRE(fast->exec(insertRow, {idB.toUtf8(), QByteArrayLiteral("WB"), bodyB}).ok());

    // C pulls while A's upload is still open: B's row (higher seq, committed) waits behind A's.
    sync(c);
    CHECK_FALSE(hasVersion(c, idB));
    REQUIRE(slow->exec(QStringLiteral("COMMIT")).ok());
    // The case a cursor on seq alone gets wrong: the row committed last has the lower seq.
    CHECK(cluster.admin(QStringLiteral("SELECT (SELECT seq FROM hub_row WHERE id = '%1') < "
                                       "(SELECT seq FROM hub_row WHERE id = '%2')")
                            .arg(idA, idB)) == QStringLiteral("t"));
    sync(c);
    CHECK(hasVersion(c, idA));
    CHECK(hasVersion(c, idB));
    // The laptops' own syncs re-send the rows uploaded by hand: same content, no alarm.
    CHECK(sync(a).alarms == 0);
    CHECK(sync(b).alarms == 0);
    sync(c);
    sync(a);
    CHECK(c.dump() == a.dump());
}
