#include "theatre/PlanChecker.h"
#include "TheatreFixtures.h"
#include "theatre/PlanFile.h"

#include <QFile>

using namespace wp;
using namespace wp::theatre;
using namespace wp::theatre::test;

namespace {

Plan readPlan(const QString& name)
{
    auto plan = PlanFile::read(fixture(QStringLiteral("plans/") + name));
    INFO(plan.errorMessage());
    REQUIRE(plan.ok());
    return std::move(plan).value();
}

struct Broken
{
    const char* file;
    int constraint;
    const char* mentions; // an id the message must name
};

const Broken kBroken[] = {
    {"c1-missing.csv", 1, "C8"},  {"c1-duplicate.csv", 1, "C8"},        {"c1-unknown.csv", 1, "C99"},
    {"c2-closed.csv", 2, "S3"},   {"c2-unknown-session.csv", 2, "S99"}, {"c3-specialty.csv", 3, "C2"},
    {"c4-earliest.csv", 4, "C5"}, {"c5-turnover.csv", 5, "C2"},         {"c5-after-end.csv", 5, "C7"},
    {"c6-surgeon.csv", 6, "DR2"}, {"c7-patient.csv", 7, "PA"},          {"c8-locked.csv", 8, "C6"},
};

} // namespace

TEST_CASE("The valid fixture plan is feasible and costs what the contract says")
{
    const Instance in = fixtureInstance();
    const PlanEvaluation ev = PlanChecker::check(in, readPlan(QStringLiteral("valid.csv")));
    for (const auto& v : ev.violations) {
        UNSCOPED_INFO(v.message);
    }
    REQUIRE(ev.feasible());
    // Worked out by hand from the contract (see the fixture): C1 waits a day (P2: 10),
    // C4 waits two days and left its open original session (P4: 2 + 2), C5 is 7 days past
    // its deadline (P2: 10 * 10 * 7), C7 is 6 days late and moved (P4: 10 * 6 + 2),
    // C8 waits two days (P3: 6).
    CHECK(ev.cost == 782);
    CHECK(ev.byPriority[0].total() == 0);
    CHECK(ev.byPriority[1].waitCost == 10);
    CHECK(ev.byPriority[1].lateCost == 700);
    CHECK(ev.byPriority[1].late == 1);
    CHECK(ev.byPriority[2].waitCost == 6);
    CHECK(ev.byPriority[3].waitCost == 2);
    CHECK(ev.byPriority[3].lateCost == 60);
    CHECK(ev.byPriority[3].moved == 2);
    CHECK(ev.byPriority[3].moveCost == 4);
    CHECK(ev.byPriority[3].scheduled == 2);
}

TEST_CASE("A postponed case costs its wait to the day after the horizon, 30 weights and the move")
{
    const Instance in = fixtureInstance();
    Plan plan = readPlan(QStringLiteral("valid.csv"));
    for (auto& e : plan.entries) {
        if (e.caseId == QLatin1String("C4")) {
            e.sessionId.clear();
            e.start = -1;
        }
    }
    const PlanEvaluation ev = PlanChecker::check(in, plan);
    REQUIRE(ev.feasible());
    // C4 (P4, original S5 open): 3 days to H + 1, 30 for postponing, 2 for the move.
    CHECK(ev.cost == 782 - 4 + 35);
    CHECK(ev.byPriority[3].postponed == 1);
    CHECK(ev.byPriority[3].postponeCost == 30);
}

TEST_CASE("Each broken hard constraint is found and named by the checker")
{
    const Broken broken = GENERATE(from_range(std::begin(kBroken), std::end(kBroken)));
    INFO(broken.file);
    const Instance in = fixtureInstance();
    const PlanEvaluation ev = PlanChecker::check(in, readPlan(QLatin1String(broken.file)));
    REQUIRE_FALSE(ev.feasible());
    bool named = false;
    for (const Violation& v : ev.violations) {
        INFO(v.message);
        CHECK(v.constraint == broken.constraint);
        named = named || v.message.contains(QLatin1String(broken.mentions));
    }
    CHECK(named);
}

TEST_CASE("check-plan lists each broken constraint end to end and exits 1")
{
    const Broken broken = GENERATE(from_range(std::begin(kBroken), std::end(kBroken)));
    INFO(broken.file);
    const auto run = wp::test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"),
                                       fixture(QStringLiteral("sessions.csv")), QStringLiteral("--cases"),
                                       fixture(QStringLiteral("cases.csv")), QStringLiteral("--plan"),
                                       fixture(QStringLiteral("plans/") + QLatin1String(broken.file))});
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("[constraint %1]").arg(broken.constraint)));
    for (int other = 1; other <= 8; ++other) {
        if (other != broken.constraint) {
            CHECK_FALSE(run.out.contains(QStringLiteral("[constraint %1]").arg(other)));
        }
    }
    CHECK(run.out.contains(QLatin1String(broken.mentions)));
    CHECK(run.out.contains(QStringLiteral("Total cost:")));
}

TEST_CASE("check-plan accepts the valid plan with exit 0 and prints the breakdown")
{
    const auto run = wp::test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"),
                                       fixture(QStringLiteral("sessions.csv")), QStringLiteral("--cases"),
                                       fixture(QStringLiteral("cases.csv")), QStringLiteral("--plan"),
                                       fixture(QStringLiteral("plans/valid.csv"))});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Total cost: 782")));
    CHECK(run.out.contains(QStringLiteral("P4")));
    CHECK_FALSE(run.out.contains(QStringLiteral("[constraint")));
}

TEST_CASE("check-plan refuses a malformed plan file with exit 2 and its location")
{
    struct BadPlan
    {
        const char* file;
        int line;
        const char* column;
    };
    const auto bad =
        GENERATE(values<BadPlan>({{"bad-start.csv", 4, "start"}, {"bad-column.csv", 1, "session"}}));
    const QString path = fixture(QStringLiteral("plans/") + QLatin1String(bad.file));
    const auto run = wp::test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"),
                                       fixture(QStringLiteral("sessions.csv")), QStringLiteral("--cases"),
                                       fixture(QStringLiteral("cases.csv")), QStringLiteral("--plan"), path});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(
        QStringLiteral("%1, line %2, column %3:").arg(path).arg(bad.line).arg(QLatin1String(bad.column))));
}

TEST_CASE("Unknown options and missing files are bad input")
{
    const QString s = fixture(QStringLiteral("sessions.csv"));
    const QString c = fixture(QStringLiteral("cases.csv"));
    wp::test::TempDir dir;
    const QString out = dir.file(QStringLiteral("plan.csv"));
    CHECK(wp::test::runCli({QStringLiteral("reschedule"), QStringLiteral("--sessions"), s,
                            QStringLiteral("--cases"), c, QStringLiteral("--out"), out,
                            QStringLiteral("--data-dir"), dir.path()})
              .exitCode == 2);
    CHECK(wp::test::runCli({QStringLiteral("reschedule"), QStringLiteral("--sessions"), s,
                            QStringLiteral("--cases"), c, QStringLiteral("--out"), out,
                            QStringLiteral("--turnover"), QStringLiteral("ten")})
              .exitCode == 2);
    CHECK(wp::test::runCli(
              {QStringLiteral("reschedule"), QStringLiteral("--sessions"), s, QStringLiteral("--out"), out})
              .exitCode == 2);
    CHECK(wp::test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"), s,
                            QStringLiteral("--cases"), c, QStringLiteral("--plan"),
                            dir.file(QStringLiteral("none.csv"))})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("check-plan --turnover changes the sequencing verdict")
{
    const QStringList base{QStringLiteral("check-plan"),
                           QStringLiteral("--sessions"),
                           fixture(QStringLiteral("sessions.csv")),
                           QStringLiteral("--cases"),
                           fixture(QStringLiteral("cases.csv")),
                           QStringLiteral("--plan"),
                           fixture(QStringLiteral("plans/c5-turnover.csv"))};
    // C2 starts right when C3 ends: fine without turnover, broken with the default 15 minutes.
    CHECK(wp::test::runCli(base + QStringList{QStringLiteral("--turnover"), QStringLiteral("0")}).exitCode ==
          0);
    CHECK(wp::test::runCli(base).exitCode == 1);
    // The valid plan keeps exactly 15 minutes between C8 and C4 in S6: 16 breaks it.
    QStringList valid = base;
    valid.last() = fixture(QStringLiteral("plans/valid.csv"));
    CHECK(
        wp::test::runCli(valid + QStringList{QStringLiteral("--turnover"), QStringLiteral("16")}).exitCode ==
        1);
}
