#include "theatre/LagrangianConstruction.h"
#include "TheatreFixtures.h"
#include "theatre/KnapsackBound.h"
#include "theatre/LowerBound.h"
#include "theatre/Plan.h"
#include "theatre/PlanChecker.h"
#include "theatre/SolutionState.h"

using namespace wp;
using namespace wp::theatre;
using namespace wp::theatre::test;

namespace {

const QByteArray kCasesHeader = "case_id,patient_id,surgeon_id,specialty,procedure,duration_min,priority,"
                                "listed_date,earliest_date,deadline,original_session,locked\n";

Instance read(const QByteArray& sessions, const QByteArray& cases)
{
    return fromCsv("session_id,theatre,date,start,end,specialty,status\n" + sessions, kCasesHeader + cases);
}

std::vector<double> prices(const Instance& in, const std::vector<std::pair<const char*, double>>& list)
{
    std::vector<double> out(in.cases.size(), 0.0);
    for (const auto& [id, price] : list) {
        out[in.caseIndex(QString::fromLatin1(id))] = price;
    }
    return out;
}

} // namespace

TEST_CASE("The Lagrangian construction books what the case prices make worth most")
{
    // One four-hour list: either the long case L or the two shorter A and B fit, not all three.
    const Instance in =
        read("S1,T1,2026-12-07,08:00,12:00,ORTH,open\n", "L,PL,DR1,ORTH,Spine,240,P3,2026-12-07,,,,\n"
                                                         "A,PA,DR2,ORTH,Knee,105,P3,2026-12-07,,,,\n"
                                                         "B,PB,DR3,ORTH,Knee,105,P3,2026-12-07,,,,\n");
    const int s1 = in.sessionIndex(QStringLiteral("S1"));
    const auto sessionOf = [&](const SolutionState& state, const char* id) {
        return state.sessionOf(in.caseIndex(QString::fromLatin1(id)));
    };

    SolutionState longFirst(in);
    LagrangianConstruction::build(longFirst, prices(in, {{"L", 1000.0}, {"A", 300.0}, {"B", 300.0}}));
    CHECK(sessionOf(longFirst, "L") == s1);
    CHECK(sessionOf(longFirst, "A") == -1);
    CHECK(sessionOf(longFirst, "B") == -1);

    SolutionState shortFirst(in);
    LagrangianConstruction::build(shortFirst, prices(in, {{"L", 300.0}, {"A", 1000.0}, {"B", 1000.0}}));
    CHECK(sessionOf(shortFirst, "L") == -1);
    CHECK(sessionOf(shortFirst, "A") == s1);
    CHECK(sessionOf(shortFirst, "B") == s1);
}

TEST_CASE("The Lagrangian construction keeps the surgeon and patient rules the knapsacks ignore")
{
    // S1 and S2 overlap. Each knapsack wants one of DR1's cases; the surgeon can only work
    // in one of them, so the other case goes to S3 the next day. P1's two cases both pay in
    // S1 but the patient may have only one a day.
    const Instance in = read("S1,T1,2026-12-07,08:00,12:00,ORTH,open\n"
                             "S2,T2,2026-12-07,10:00,14:00,ORTH,open\n"
                             "S3,T1,2026-12-08,08:00,12:00,ORTH,open\n",
                             "C1,PA,DR1,ORTH,Knee,200,P2,2026-12-07,,,,\n"
                             "C2,PB,DR1,ORTH,Knee,200,P2,2026-12-07,,,,\n"
                             "D1,P1,DR2,ORTH,Hand,20,P2,2026-12-07,,,,\n"
                             "D2,P1,DR2,ORTH,Hand,20,P2,2026-12-07,,,,\n");
    SolutionState state(in);
    LagrangianConstruction::build(state,
                                  prices(in, {{"C1", 900.0}, {"C2", 900.0}, {"D1", 500.0}, {"D2", 500.0}}));
    const PlanEvaluation check = PlanChecker::check(in, Plan::fromAssignment(in, state.assignment()));
    INFO(check.violations.size() << " violations");
    REQUIRE(check.feasible());
    for (const Case& k : in.cases) {
        CHECK(state.sessionOf(in.caseIndex(k.id)) >= 0); // everything finds a place
    }
    CHECK(state.cost() == check.cost);
}

TEST_CASE(
    "The Lagrangian construction from the bound's prices is feasible, deterministic and keeps locked cases")
{
    InstanceGenerator::Parameters p;
    p.theatres = 6;
    p.weeks = 2;
    p.cases = 160;
    p.closedShare = 0.3;
    p.lockedShare = 0.1;
    p.seed = GENERATE(3, 4);
    const Instance in = generated(p);
    qint64 empty = 0;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        empty += in.cost(c, -1);
    }
    const LowerBound::Outcome pool = LowerBound::solve(in, empty, 300);
    const KnapsackBound::Outcome bound = KnapsackBound::solve(in, empty, pool.minutePrice);
    REQUIRE(bound.casePrice.size() == in.cases.size());

    SolutionState first(in);
    LagrangianConstruction::build(first, bound.casePrice);
    SolutionState second(in);
    LagrangianConstruction::build(second, bound.casePrice);
    CHECK(first.assignment() == second.assignment());

    const PlanEvaluation check = PlanChecker::check(in, Plan::fromAssignment(in, first.assignment()));
    INFO(check.violations.size() << " violations");
    REQUIRE(check.feasible());
    CHECK(first.cost() == check.cost);
    CHECK(first.cost() >= bound.bound);
    int locked = 0;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.cases[c].locked) {
            ++locked;
            CHECK(first.sessionOf(c) == in.cases[c].originalSession);
        }
    }
    CHECK(locked > 0);
}
