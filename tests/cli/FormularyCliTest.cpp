// `whiteplan-cli formulary import` end to end: a good file replaces the formulary, a bad one
// is refused with file, line and column and exit status 2, a dry run writes nothing, and a
// nurse cannot import.
#include "CliRun.h"
#include "TestSupport.h"
#include "formulary/FormularyStore.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

using namespace wp;

namespace {

test::CliResult formulary(const QString& dir, const QStringList& extra,
                          const QString& user = test::cliAdmin(),
                          const QString& password = test::cliAdminPassword())
{
    return test::runCli(QStringList{QStringLiteral("formulary"), QStringLiteral("import")} + extra +
                            test::asUser(dir, user),
                        test::cliSecrets(password));
}

int drugs(const QString& dir)
{
    ManualClock clock(test::testEpoch());
    auto ws = Workspace::open(dir, clock, Workspace::Check::Full, Workspace::Access::Read);
    REQUIRE(ws.ok());
    auto f = medication::FormularyStore(**ws).load();
    REQUIRE(f.ok());
    return f->size();
}

} // namespace

TEST_CASE("cli: formulary import replaces the formulary, all or nothing")
{
    test::TempDir tmp;
    REQUIRE(test::runCli(test::initArgs(tmp.path()), test::cliSecrets(test::cliAdminPassword())).exitCode ==
            0);
    CHECK(drugs(tmp.path()) == 0);

    const QString small = test::dataFile(QStringLiteral("formulary/small.csv"));
    auto dry = formulary(tmp.path(), {small, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 drug(s)")));
    CHECK(dry.out.contains(QStringLiteral("Nothing was written")));
    CHECK(drugs(tmp.path()) == 0);

    auto done = formulary(tmp.path(), {small});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("2 added")));
    CHECK(drugs(tmp.path()) == 2);

    auto bad = formulary(tmp.path(), {test::dataFile(QStringLiteral("formulary/bad-route.csv"))});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("bad-route.csv, line 3, column routes")));
    CHECK(drugs(tmp.path()) == 2);

    auto missing = formulary(tmp.path(), {tmp.file(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("cli: a nurse cannot import the formulary")
{
    test::TempDir tmp;
    REQUIRE(test::runCli(test::initArgs(tmp.path()), test::cliSecrets(test::cliAdminPassword())).exitCode ==
            0);
    QProcessEnvironment env = test::cliSecrets(test::cliAdminPassword());
    env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), QStringLiteral("nina-password-1"));
    auto add =
        test::runCli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                                 QStringLiteral("nina"), QStringLiteral("--name"), QStringLiteral("Nina"),
                                 QStringLiteral("--role"), QStringLiteral("nurse")} +
                         test::asUser(tmp.path()),
                     env);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    auto refused = formulary(tmp.path(), {test::dataFile(QStringLiteral("formulary/small.csv"))},
                             QStringLiteral("nina"), QStringLiteral("nina-password-1"));
    CHECK(refused.exitCode == 5);
    CHECK(refused.err.contains(QStringLiteral("configuring the hospital")));
    CHECK(drugs(tmp.path()) == 0);
}

TEST_CASE("cli: the demo hospital has the demo formulary")
{
    test::TempDir tmp;
    auto demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), tmp.path()});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(drugs(tmp.path()) >= 150);
}
