#include "Database.h"
#include "TestSupport.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace wp;

namespace {

class TheatreHospital
{
public:
    TheatreHospital()
    {
        env.insert(QStringLiteral("WHITEPLAN_PASSWORD"), QStringLiteral("boss-password"));
        auto r = test::runCli({QStringLiteral("init"), QStringLiteral("--data-dir"), tmp.path(),
                               QStringLiteral("--hospital"), QStringLiteral("CH Test"),
                               QStringLiteral("--device-code"), QStringLiteral("BLOC1"),
                               QStringLiteral("--admin"), QStringLiteral("boss")},
                              env);
        REQUIRE(r.exitCode == 0);
    }
    test::CliResult run(const QStringList& args) const
    {
        return test::runCli(args + QStringList{QStringLiteral("--data-dir"), tmp.path(),
                                               QStringLiteral("--user"), QStringLiteral("boss")},
                            env);
    }
    test::CliResult import(const QString& cases) const
    {
        return run({QStringLiteral("theatre"), QStringLiteral("import"), QStringLiteral("--sessions"),
                    test::dataFile(QStringLiteral("theatreui/sessions.csv")), QStringLiteral("--cases"),
                    test::dataFile(QStringLiteral("theatreui/") + cases)});
    }
    int count(const QString& sql) const
    {
        auto db = db::Database::open(QDir(tmp.path()).filePath(Workspace::databaseFileName()),
                                     db::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        return db->scalar(sql).value().toInt();
    }
    test::TempDir tmp;
    QProcessEnvironment env;
};

} // namespace

TEST_CASE("cli: theatre import then export gives the contract's plan.csv")
{
    TheatreHospital h;
    auto r = h.import(QStringLiteral("cases.csv"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(
        r.out.contains(QStringLiteral("7 session(s) (1 closed) and 8 case(s): 6 booked, 2 needing a slot")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM theatre_case")) == 8);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM theatre_booking")) == 6);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'theatre.import'")) == 1);

    const QString out = h.tmp.file(QStringLiteral("plan.csv"));
    auto e = h.run({QStringLiteral("theatre"), QStringLiteral("export"), QStringLiteral("--out"), out});
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    const QString plan = QString::fromUtf8(test::readFile(out));
    CHECK(plan.startsWith(QStringLiteral("case_id,session_id,start\n")));
    CHECK(plan.contains(QStringLiteral("C1,S1,08:00\n")));
    CHECK(plan.contains(QStringLiteral("C5,,\n")));

    // The engine's own checker accepts the exported plan.
    auto check =
        test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"),
                      test::dataFile(QStringLiteral("theatreui/sessions.csv")), QStringLiteral("--cases"),
                      test::dataFile(QStringLiteral("theatreui/cases.csv")), QStringLiteral("--plan"), out});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("cli: a bad theatre file is refused with file and line, and nothing is imported")
{
    TheatreHospital h;
    auto r = h.import(QStringLiteral("cases-bad.csv"));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("cases-bad.csv")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM theatre_case")) == 0);
    auto missing = h.run({QStringLiteral("theatre"), QStringLiteral("import"), QStringLiteral("--sessions"),
                          test::dataFile(QStringLiteral("theatreui/sessions.csv"))});
    CHECK(missing.exitCode == 2);
}
