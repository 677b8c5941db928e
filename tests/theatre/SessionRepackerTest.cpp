#include "theatre/SessionRepacker.h"
#include "TheatreFixtures.h"
#include "theatre/ExactSolver.h"
#include "theatre/LocalSearch.h"
#include "theatre/Plan.h"
#include "theatre/PlanChecker.h"
#include "theatre/SolutionState.h"

using namespace wp;
using namespace wp::theatre;
using namespace wp::theatre::test;

namespace {

// Two lists of one specialty. The long P2 case L (240 min) fits only the first list, which
// holds two overdue P3 cases; the second, shorter list holds two fresh P4 cases. The only
// improvement is a chain of three moves: L takes the first list, the P3 cases move to the
// second, the P4 cases wait. Taking the P3 cases out to wait costs more than L saves, and L
// cannot fit next to either of them, so no single move or one- or two-case ejection helps.
// A closed list five days on stretches the horizon, so waiting is dear.
Instance chainInstance()
{
    const QByteArray sessions = "session_id,theatre,date,start,end,specialty,status\n"
                                "S1,T1,2026-12-07,08:00,12:00,ORTH,open\n"
                                "S2,T1,2026-12-08,08:00,11:30,ORTH,open\n"
                                "S3,T1,2026-12-12,08:00,12:00,ORTH,closed\n";
    const QByteArray cases =
        "case_id,patient_id,surgeon_id,specialty,procedure,duration_min,priority,listed_date,earliest_date,"
        "deadline,original_session,locked\n"
        "L,PL,DR1,ORTH,Spine fusion,240,P2,2026-12-07,,,,\n"
        "A1,PA1,DR2,ORTH,Knee,90,P3,2026-08-01,,,,\n"
        "A2,PA2,DR3,ORTH,Knee,90,P3,2026-08-01,,,,\n"
        "B1,PB1,DR4,ORTH,Bunion,90,P4,2026-12-07,,,,\n"
        "B2,PB2,DR5,ORTH,Bunion,90,P4,2026-12-07,,,,\n";
    return fromCsv(sessions, cases);
}

void bookStart(const Instance& in, SolutionState& state)
{
    const int s1 = in.sessionIndex(QStringLiteral("S1"));
    const int s2 = in.sessionIndex(QStringLiteral("S2"));
    for (const char* id : {"A1", "A2"}) {
        const int c = in.caseIndex(QString::fromLatin1(id));
        REQUIRE(state.canInsert(c, s1));
        state.insert(c, s1);
    }
    for (const char* id : {"B1", "B2"}) {
        const int c = in.caseIndex(QString::fromLatin1(id));
        REQUIRE(state.canInsert(c, s2));
        state.insert(c, s2);
    }
}

bool feasible(const Instance& in, const std::vector<int>& sessionOf)
{
    return PlanChecker::check(in, Plan::fromAssignment(in, sessionOf)).feasible();
}

} // namespace

TEST_CASE("The session re-packer finds a three-move chain that the local search cannot")
{
    const Instance in = chainInstance();
    const auto never = [] {
        return false;
    };

    // The local search alone is stuck at the starting plan.
    SolutionState stuck(in);
    bookStart(in, stuck);
    const qint64 startCost = stuck.cost();
    REQUIRE(feasible(in, stuck.assignment()));
    LocalSearch search(stuck);
    search.descend(never);
    CHECK(stuck.cost() == startCost);

    SolutionState state(in);
    bookStart(in, state);
    SessionRepacker repacker(state);
    CHECK(repacker.sweep(never));
    CHECK(state.cost() < startCost);
    const int s1 = in.sessionIndex(QStringLiteral("S1"));
    const int s2 = in.sessionIndex(QStringLiteral("S2"));
    CHECK(state.sessionOf(in.caseIndex(QStringLiteral("L"))) == s1);
    CHECK(state.sessionOf(in.caseIndex(QStringLiteral("A1"))) == s2);
    CHECK(state.sessionOf(in.caseIndex(QStringLiteral("A2"))) == s2);
    CHECK(state.sessionOf(in.caseIndex(QStringLiteral("B1"))) == -1);
    CHECK(state.sessionOf(in.caseIndex(QStringLiteral("B2"))) == -1);
    REQUIRE(feasible(in, state.assignment()));
    CHECK(PlanChecker::evaluate(in, state.assignment()).cost == state.cost());

    // That plan is the optimum, and a second sweep finds nothing more.
    std::vector<int> postponed(in.cases.size(), -1);
    const ExactSolver::Outcome exact =
        ExactSolver::solve(in, postponed, PlanChecker::evaluate(in, postponed).cost, 1'000'000);
    REQUIRE(exact.proven);
    CHECK(state.cost() == exact.cost);
    CHECK_FALSE(repacker.sweep(never));
}

TEST_CASE("Session re-packing keeps plans feasible, never raises the cost, keeps locks, and is deterministic")
{
    for (quint64 seed : {3u, 11u}) {
        InstanceGenerator::Parameters p;
        p.theatres = 4;
        p.weeks = 2;
        p.cases = 120;
        p.closedShare = 0.4;
        p.seed = seed;
        const Instance in = generated(p);
        const auto never = [] {
            return false;
        };

        std::vector<std::vector<int>> results;
        for (int run = 0; run < 2; ++run) {
            SolutionState state(in);
            LocalSearch search(state);
            search.construct();
            REQUIRE(feasible(in, state.assignment()));
            SessionRepacker repacker(state);
            qint64 last = state.cost();
            for (int pass = 0; pass < 5; ++pass) {
                const bool improved = repacker.sweep(never);
                INFO("seed " << seed << " pass " << pass);
                CHECK(state.cost() <= last);
                CHECK(improved == (state.cost() < last));
                REQUIRE(feasible(in, state.assignment()));
                CHECK(PlanChecker::evaluate(in, state.assignment()).cost == state.cost());
                last = state.cost();
            }
            for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
                if (in.cases[c].locked) {
                    CHECK(state.sessionOf(c) == in.cases[c].originalSession);
                }
            }
            results.push_back(state.assignment());
        }
        CHECK(results[0] == results[1]);
    }
}
