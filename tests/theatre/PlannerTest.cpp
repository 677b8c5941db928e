#include "theatre/Planner.h"
#include "TheatreFixtures.h"
#include "theatre/BaselinePlanner.h"
#include "theatre/ExactSolver.h"
#include "theatre/KnapsackBound.h"
#include "theatre/LowerBound.h"
#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"
#include "theatre/SolutionState.h"

#include <QFile>

using namespace wp;
using namespace wp::theatre;
using namespace wp::theatre::test;

namespace {

// Plain enumeration of every assignment (each case: each host session, or postponed),
// with the checker judging each complete plan: independent of the solvers' pruning.
qint64 bruteForceOptimum(const Instance& in)
{
    const int n = static_cast<int>(in.cases.size());
    std::vector<std::vector<int>> options(n);
    for (int c = 0; c < n; ++c) {
        if (in.cases[c].locked) {
            options[c] = {in.cases[c].originalSession};
            continue;
        }
        options[c].push_back(-1);
        for (int s = 0; s < static_cast<int>(in.sessions.size()); ++s) {
            if (in.sessions[s].open) {
                options[c].push_back(s);
            }
        }
    }
    std::vector<size_t> pick(n, 0);
    std::vector<int> sessionOf(n, -1);
    qint64 best = -1;
    while (true) {
        for (int c = 0; c < n; ++c) {
            sessionOf[c] = options[c][pick[c]];
        }
        const PlanEvaluation ev = PlanChecker::check(in, Plan::fromAssignment(in, sessionOf));
        if (ev.feasible() && (best < 0 || ev.cost < best)) {
            best = ev.cost;
        }
        int c = 0;
        while (c < n && ++pick[c] == options[c].size()) {
            pick[c] = 0;
            ++c;
        }
        if (c == n) {
            break;
        }
    }
    return best;
}

std::vector<int> allPostponed(const Instance& in)
{
    std::vector<int> sessionOf(in.cases.size(), -1);
    for (size_t c = 0; c < in.cases.size(); ++c) {
        if (in.cases[c].locked) {
            sessionOf[c] = in.cases[c].originalSession;
        }
    }
    return sessionOf;
}

void requireFeasible(const Instance& in, const std::vector<int>& sessionOf)
{
    const PlanEvaluation ev = PlanChecker::check(in, Plan::fromAssignment(in, sessionOf));
    for (const auto& v : ev.violations) {
        UNSCOPED_INFO(v.message);
    }
    REQUIRE(ev.feasible());
}

} // namespace

TEST_CASE("The exact solver matches plain enumeration on tiny instances")
{
    const quint64 seed = GENERATE(range(1, 9));
    InstanceGenerator::Parameters p = tiny(seed, 5);
    p.weeks = 1;
    p.theatres = 1;
    p.closedShare = 0.5;
    const Instance in = generated(p);
    INFO("seed " << seed << ", " << in.sessions.size() << " sessions");
    const auto start = allPostponed(in);
    const auto exact = ExactSolver::solve(in, start, PlanChecker::evaluate(in, start).cost, 50'000'000);
    REQUIRE(exact.proven);
    requireFeasible(in, exact.sessionOf);
    CHECK(PlanChecker::evaluate(in, exact.sessionOf).cost == exact.cost);
    CHECK(exact.cost == bruteForceOptimum(in));
}

TEST_CASE("The engine is optimal on small instances, never worse than the baseline, above its bound")
{
    const quint64 seed = GENERATE(range(1, 21));
    const Instance in = generated(tiny(seed, 10));
    INFO("seed " << seed);
    PlannerOptions noExact;
    noExact.exactCaseLimit = 0; // the engine's own search, without branch and bound
    const PlannerResult r = Planner::solve(in, noExact);
    requireFeasible(in, r.sessionOf);
    CHECK(PlanChecker::evaluate(in, r.sessionOf).cost == r.cost);

    const auto start = allPostponed(in);
    const auto exact = ExactSolver::solve(in, start, PlanChecker::evaluate(in, start).cost, 200'000'000);
    REQUIRE(exact.proven);
    // The heuristic part alone is not guaranteed optimal, but must come close.
    CHECK(r.cost >= exact.cost);
    CHECK(r.cost * 100 <= exact.cost * 101);
    CHECK(r.lowerBound <= exact.cost);
    CHECK(LowerBound::compute(in, exact.cost) <= exact.cost);
    // The knapsack bound stays valid (tiny instances get its full 4,000 subgradient steps).
    CHECK(KnapsackBound::compute(in, exact.cost, LowerBound::solve(in, exact.cost).minutePrice) <=
          exact.cost);

    const qint64 baseline = PlanChecker::evaluate(in, BaselinePlanner::solve(in)).cost;
    requireFeasible(in, BaselinePlanner::solve(in));
    CHECK(r.baselineCost == baseline);
    CHECK(r.cost <= baseline);
    if (baseline > exact.cost) {
        CHECK(r.cost < baseline); // strictly better wherever the baseline is not optimal
    }

    // With branch and bound on, small instances are proven optimal.
    const PlannerResult proven = Planner::solve(in);
    CHECK(proven.provenOptimal);
    CHECK(proven.cost == exact.cost);
    CHECK(proven.lowerBound == exact.cost);
}

TEST_CASE("The engine beats the baseline strictly on an instance where the baseline is suboptimal")
{
    // Found by the loop below rather than hard-coded: the first tiny instance on which
    // earliest-deadline first-fit is not optimal.
    bool found = false;
    for (quint64 seed = 1; seed <= 40 && !found; ++seed) {
        const Instance in = generated(tiny(seed, 10));
        const qint64 baseline = PlanChecker::evaluate(in, BaselinePlanner::solve(in)).cost;
        const PlannerResult r = Planner::solve(in);
        REQUIRE(r.provenOptimal);
        if (baseline > r.cost) {
            found = true;
            CHECK(r.cost < baseline);
        }
    }
    CHECK(found);
}

TEST_CASE("Medium instances: feasible, deterministic, locked cases stay, bound below cost")
{
    InstanceGenerator::Parameters p;
    p.theatres = 6;
    p.weeks = 2;
    p.cases = 120;
    p.closedShare = 0.4;
    p.lockedShare = 0.05;
    p.seed = GENERATE(7, 8);
    const Instance in = generated(p);
    PlannerOptions options;
    options.perturbationRounds = 60;
    const PlannerResult a = Planner::solve(in, options);
    const PlannerResult b = Planner::solve(in, options);
    requireFeasible(in, a.sessionOf);
    CHECK(a.sessionOf == b.sessionOf);
    CHECK(a.cost == b.cost);
    CHECK(a.lowerBound <= a.cost);
    CHECK(a.cost <= a.baselineCost);
    int locked = 0;
    for (size_t c = 0; c < in.cases.size(); ++c) {
        if (in.cases[c].locked) {
            ++locked;
            CHECK(a.sessionOf[c] == in.cases[c].originalSession);
        }
    }
    CHECK(locked > 0);
}

TEST_CASE("Progress is reported and cancellation stops with a feasible plan")
{
    InstanceGenerator::Parameters p;
    p.cases = 150;
    p.seed = 3;
    const Instance in = generated(p);
    std::atomic<bool> cancel{false};
    PlannerOptions options;
    int calls = 0;
    int last = -1;
    bool monotonic = true;
    options.progress = [&](int percent, const QString&) {
        monotonic = monotonic && percent >= last;
        last = percent;
        if (++calls == 3) {
            cancel = true;
        }
    };
    options.cancel = &cancel;
    const PlannerResult r = Planner::solve(in, options);
    CHECK(r.cancelled);
    CHECK(monotonic);
    CHECK(last == 100);
    requireFeasible(in, r.sessionOf);
    CHECK(r.lowerBound <= r.cost);
}

TEST_CASE("reschedule writes a feasible, reproducible plan that check-plan accepts")
{
    wp::test::TempDir dir;
    InstanceGenerator::Parameters p;
    p.cases = 80;
    p.theatres = 6;
    p.weeks = 2;
    p.seed = 11;
    const auto files = InstanceGenerator::generate(p);
    const QString sessions = dir.file(QStringLiteral("sessions.csv"));
    const QString cases = dir.file(QStringLiteral("cases.csv"));
    wp::test::writeFile(sessions, files.sessions);
    wp::test::writeFile(cases, files.cases);
    QByteArray plans[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = dir.file(QStringLiteral("plan%1.csv").arg(i));
        const auto run =
            wp::test::runCli({QStringLiteral("reschedule"), QStringLiteral("--sessions"), sessions,
                              QStringLiteral("--cases"), cases, QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Total cost:")));
        CHECK(run.out.contains(QStringLiteral("Lower bound:")));
        CHECK(run.out.contains(QStringLiteral("Gap:")));
        plans[i] = wp::test::readFile(out);
        const auto check =
            wp::test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"), sessions,
                              QStringLiteral("--cases"), cases, QStringLiteral("--plan"), out});
        INFO(check.out.toStdString());
        CHECK(check.exitCode == 0);
    }
    CHECK(!plans[0].isEmpty());
    CHECK(plans[0] == plans[1]);
}

TEST_CASE("The time limit is a safety net: a cut run still returns a feasible plan")
{
    InstanceGenerator::Parameters p;
    p.cases = 200;
    p.seed = 5;
    const Instance in = generated(p);
    PlannerOptions options;
    options.timeLimitSeconds = 1e-6;
    const PlannerResult r = Planner::solve(in, options);
    CHECK(r.timedOut);
    requireFeasible(in, r.sessionOf);
    CHECK(r.cost <= r.baselineCost);
    CHECK(r.lowerBound <= r.cost);
}
