#include "HubCluster.h"

#include "site/SiteIdentity.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::test;

namespace {

QProcessEnvironment secrets()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("WHITEPLAN_PASSWORD"), QStringLiteral("boss-password"));
    env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), QStringLiteral("claire-password"));
    return env;
}

CliResult cli(const QStringList& args)
{
    auto r = runCli(args, secrets());
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    return r;
}

QStringList hub(const QString& verb, const QString& dir)
{
    return {QStringLiteral("hub"), verb, QStringLiteral("--data-dir"), dir, QStringLiteral("--user"),
            QStringLiteral("boss")};
}

void init(const QString& dir, const QString& code, const QString& hospitalId = {})
{
    QStringList args{QStringLiteral("init"),
                     QStringLiteral("--data-dir"),
                     dir,
                     QStringLiteral("--hospital"),
                     QStringLiteral("CH Test"),
                     QStringLiteral("--device-code"),
                     code,
                     QStringLiteral("--admin"),
                     QStringLiteral("boss"),
                     QStringLiteral("--ward"),
                     QStringLiteral("MED:Médecine:12")};
    if (!hospitalId.isEmpty()) {
        args << QStringLiteral("--hospital-id") << hospitalId;
    }
    REQUIRE(cli(args).exitCode == 0);
}

QStringList joinArgs(const HubCluster& cluster, const QString& dir, const QString& code)
{
    const db::PgOptions o = cluster.device(code);
    return hub(QStringLiteral("join"), dir) + QStringList{QStringLiteral("--host"), o.host,
                                                          QStringLiteral("--port"), QString::number(o.port),
                                                          QStringLiteral("--ca"),   o.rootCert,
                                                          QStringLiteral("--cert"), o.cert,
                                                          QStringLiteral("--key"),  o.key};
}

QString status(const QString& dir)
{
    auto r = cli({QStringLiteral("hub"), QStringLiteral("status"), QStringLiteral("--data-dir"), dir});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("hub cli: join, sync, status and leave, and with the hub gone 'working offline' with nothing lost",
          "[hub]")
{
    HubCluster cluster;
    cluster.enrol(QStringLiteral("URG1"));
    cluster.enrol(QStringLiteral("URG2"));
    TempDir one, two;
    init(one.path(), QStringLiteral("URG1"));
    auto identity = SiteIdentity::ofFile(QDir(one.path()).filePath(QStringLiteral("whiteplan.db")));
    REQUIRE(identity.ok());
    init(two.path(), QStringLiteral("URG2"), identity->hospitalId);

    CHECK(status(one.path()).contains(QStringLiteral("Hub: off")));
    // Network mode is for administrators only, and needs every file.
    auto missing = cli(hub(QStringLiteral("join"), one.path())
                       << QStringLiteral("--host") << QStringLiteral("localhost"));
    CHECK(missing.exitCode == 2);
    REQUIRE(cli(joinArgs(cluster, one.path(), QStringLiteral("URG1"))).exitCode == 0);
    REQUIRE(cli(joinArgs(cluster, two.path(), QStringLiteral("URG2"))).exitCode == 0);
    CHECK(cli(joinArgs(cluster, two.path(), QStringLiteral("URG2"))).exitCode == 3);
    CHECK(status(one.path()).contains(QStringLiteral("not synchronised yet")));

    auto first = cli(hub(QStringLiteral("sync"), one.path()));
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Sent")));
    CHECK(status(one.path()).contains(QStringLiteral("Hub: up to date")));
    auto second = cli(hub(QStringLiteral("sync"), two.path()));
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("new record versions")));
    // URG2 now knows URG1's administrator account.
    auto users =
        cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), two.path()});
    CHECK(users.exitCode == 0);

    // The hub stops: local writes go on, the sync fails with an I/O status and the status says so.
    cluster.stop();
    auto added =
        cli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--data-dir"),
                        one.path(), QStringLiteral("--user"), QStringLiteral("boss"),
                        QStringLiteral("--login"), QStringLiteral("claire"), QStringLiteral("--name"),
                        QStringLiteral("Claire"), QStringLiteral("--role"), QStringLiteral("nurse")});
    CHECK(added.exitCode == 0);
    auto offline = cli(hub(QStringLiteral("sync"), one.path()));
    CHECK(offline.exitCode == 4);
    const QString down = status(one.path());
    CHECK(down.contains(QStringLiteral("unreachable since")));
    CHECK(down.contains(QStringLiteral("working offline")));
    CHECK(down.contains(QStringLiteral("last error")));

    cluster.start();
    REQUIRE(cli(hub(QStringLiteral("sync"), one.path())).exitCode == 0);
    REQUIRE(cli(hub(QStringLiteral("sync"), two.path()) << QStringLiteral("--wait") << QStringLiteral("1"))
                .exitCode == 0);
    auto after =
        cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), two.path()});
    CHECK(after.out.contains(QStringLiteral("claire")));
    CHECK(status(one.path()).contains(QStringLiteral("Hub: up to date")));

    REQUIRE(cli(hub(QStringLiteral("leave"), one.path())).exitCode == 0);
    CHECK(status(one.path()).contains(QStringLiteral("Hub: off")));
    CHECK_FALSE(QDir(one.path() + QStringLiteral("/hub")).exists());
    CHECK(cli(hub(QStringLiteral("sync"), one.path())).exitCode == 3);
}
