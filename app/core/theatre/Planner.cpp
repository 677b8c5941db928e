#include "Planner.h"

#include "BaselinePlanner.h"
#include "ExactSolver.h"
#include "KnapsackBound.h"
#include "LagrangianConstruction.h"
#include "LocalSearch.h"
#include "LowerBound.h"
#include "PlanChecker.h"
#include "Random.h"
#include "SessionRepacker.h"
#include "SolutionState.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>
#include <numeric>

namespace wp::theatre {

namespace {

// Rounds of "re-pack every list, then improve", first and last; they stop early when
// nothing changes.
constexpr int kRepackPasses = 8;

// Turns of the final polish at most; they stop as soon as one gains nothing (3,000 cases:
// after three or four).
constexpr int kPolishTurns = 6;

// Knapsack work for the bound reported with the final plan on large instances: it no longer
// delays any decision. 3,000 cases, six seeds: 400 M units give ~130 subgradient steps,
// 800 M lift the bound by another 0.05 to 0.15 % for 1 to 1.5 s (seed 5's gap 3.11 ->
// 2.97 %); 1,000 M add 0.04 % for 1 s more.
constexpr qint64 kFinalBoundWork = 800'000'000;

void restore(SolutionState& state, const std::vector<int>& target)
{
    const int n = static_cast<int>(target.size());
    for (int c = 0; c < n; ++c) {
        if (state.sessionOf(c) != target[c]) {
            state.remove(c);
        }
    }
    for (int c = 0; c < n; ++c) {
        if (state.sessionOf(c) != target[c]) {
            state.insert(c, target[c]);
        }
    }
}

} // namespace

PlannerResult Planner::solve(const Instance& instance, const PlannerOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    PlannerResult result;
    const auto report = [&](int percent, const QString& phase) {
        if (options.progress) {
            options.progress(percent, phase);
        }
    };
    const auto cancelled = [&] {
        return options.cancel && options.cancel->load(std::memory_order_relaxed);
    };
    const auto stop = [&] {
        if (cancelled()) {
            result.cancelled = true;
            return true;
        }
        if (static_cast<double>(timer.elapsed()) > options.timeLimitSeconds * 1000.0) {
            result.timedOut = true;
            return true;
        }
        return false;
    };

    report(0, tr("Building a first plan"));
    const std::vector<int> baseline = BaselinePlanner::solve(instance);
    result.baselineCost = PlanChecker::evaluate(instance, baseline).cost;

    SolutionState state(instance);
    LocalSearch search(state);
    search.construct();
    // The bound's prices say which minutes are contested; a second construction that
    // follows them often starts much closer to the optimum on large instances.
    report(3, tr("Computing the lower bound"));
    const LowerBound::Outcome bound =
        LowerBound::solve(instance, std::min(state.cost(), result.baselineCost), 300);
    report(5, tr("Improving the plan"));
    // Re-packing whole lists does most of the first improvement in a fraction of the time a
    // full search would take; the search then only looks at the cases that moved. Both
    // first plans are improved so, as the cheaper start does not always end cheaper.
    const auto firstImprovement = [&](SolutionState& plan, LocalSearch& planSearch) {
        SessionRepacker first(plan);
        for (int pass = 0; pass < kRepackPasses && !stop() && first.sweep(stop); ++pass) {
            const std::vector<int> moved = first.takeMoved();
            planSearch.descend(stop, &moved);
        }
    };
    // Above 1,000 cases that costs too much time: one start is improved.
    const bool improveBoth = instance.cases.size() <= 1000;
    // There the knapsack bound's case prices give the start: each list takes the cases
    // worth most to it at those prices. After the first improvement it beats the better of
    // the two constructions by 1.0 to 1.9 % of the cost (3,000 cases), and the plan ends
    // 0.7 to 1.7 % cheaper (six seeds).
    KnapsackBound::Outcome early;
    early.bound = std::numeric_limits<qint64>::min();
    if (!improveBoth) {
        early =
            KnapsackBound::solve(instance, std::min(state.cost(), result.baselineCost), bound.minutePrice);
    }
    if (!early.casePrice.empty()) {
        SolutionState lagrangian(instance);
        LagrangianConstruction::build(lagrangian, early.casePrice);
        restore(state, lagrangian.assignment());
        firstImprovement(state, search);
        // The re-packs and the searches around what they moved leave cases that did not
        // move but now could: one pass over all of them (3,000 cases: 0.2 to 0.3 s, the
        // plan 0.25 to 0.35 % cheaper before the shake-up rounds).
        if (!stop()) {
            std::vector<int> all(instance.cases.size());
            std::iota(all.begin(), all.end(), 0);
            search.ejectionPass(all, 1);
        }
    } else {
        if (improveBoth) {
            firstImprovement(state, search);
        }
        SolutionState priced(instance);
        LocalSearch pricedSearch(priced);
        pricedSearch.constructPriced(bound.minutePrice);
        if (improveBoth) {
            firstImprovement(priced, pricedSearch);
        }
        if (priced.cost() < state.cost()) {
            restore(state, priced.assignment());
        }
        if (!improveBoth) {
            firstImprovement(state, search);
        }
        // Up to 1,000 cases the knapsack bound is quick, and its case prices give a third
        // start that sometimes ends cheaper (medium: 0 to 0.24 % on four seeds, +0.3 to 0.5 s).
        if (improveBoth) {
            const KnapsackBound::Outcome third =
                KnapsackBound::solve(instance, state.cost(), bound.minutePrice);
            early.bound = third.bound;
            if (!third.casePrice.empty()) {
                SolutionState lagrangian(instance);
                LagrangianConstruction::build(lagrangian, third.casePrice);
                LocalSearch lagrangianSearch(lagrangian);
                firstImprovement(lagrangian, lagrangianSearch);
                if (lagrangian.cost() < state.cost()) {
                    restore(state, lagrangian.assignment());
                }
            }
        }
    }
    SessionRepacker repacker(state);

    // Ruin and recreate: take out a related group of cases, put them back in a slightly
    // shuffled order, polish, and keep the result when it is no worse.
    std::vector<int> best = state.assignment();
    qint64 bestCost = state.cost();
    Random random(options.seed);
    const int nSessions = static_cast<int>(instance.sessions.size());
    const int nCases = static_cast<int>(instance.cases.size());
    // The Lagrangian start leaves less for the last rounds to find (3,000 cases: 100 rounds
    // end within 0.02 % of 150), and the rounds saved pay for its bound: two thirds as many.
    const bool lagrangianStart = !early.casePrice.empty();
    const int automatic = std::clamp((lagrangianStart ? 300'000 : 450'000) / std::max(1, nCases),
                                     lagrangianStart ? 100 : 150, 600);
    const int rounds = options.perturbationRounds >= 0 ? options.perturbationRounds : automatic;
    for (int round = 0; round < rounds && nSessions > 0 && nCases > 0 && !stop(); ++round) {
        if (round % 16 == 0) {
            report(10 + 70 * round / rounds, tr("Improving the plan"));
        }
        std::vector<int> ruined;
        std::vector<int> touchedSessions;
        const auto ruin = [&](int c) {
            if (!instance.cases[c].locked) {
                touchedSessions.push_back(state.sessionOf(c));
                state.remove(c);
                ruined.push_back(c);
            }
        };
        const int kind = random.below(3);
        if (kind == 0) {
            // Every list of one specialty over one to three days.
            const Session& pivot = instance.sessions[random.below(nSessions)];
            const int span = random.below(3);
            for (int s = 0; s < nSessions; ++s) {
                const Session& x = instance.sessions[s];
                if (x.day < pivot.day || x.day > pivot.day + span ||
                    (x.specialty != pivot.specialty && !x.servesAnySpecialty() &&
                     !pivot.servesAnySpecialty())) {
                    continue;
                }
                const std::vector<int> residents = state.members(s);
                for (int c : residents) {
                    ruin(c);
                }
            }
        } else if (kind == 1) {
            // One surgeon's cases: their lists are what constraint 6 ties together.
            const int surgeon =
                instance.cases[random.below(static_cast<int>(instance.cases.size()))].surgeonIndex;
            for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
                if (instance.cases[c].surgeonIndex == surgeon && state.sessionOf(c) >= 0) {
                    ruin(c);
                }
            }
        } else {
            // A handful of cases anywhere.
            const int count = 3 + random.below(8);
            for (int i = 0; i < count; ++i) {
                const int c = random.below(static_cast<int>(instance.cases.size()));
                if (state.sessionOf(c) >= 0) {
                    ruin(c);
                }
            }
        }
        search.construct(&random);
        std::sort(ruined.begin(), ruined.end());
        ruined.erase(std::unique(ruined.begin(), ruined.end()), ruined.end());
        search.descend(stop, &ruined);
        // Re-pack the lists the round emptied and filled, then polish what that moved.
        for (int c : ruined) {
            touchedSessions.push_back(state.sessionOf(c));
        }
        if (repacker.repackSessions(touchedSessions)) {
            const std::vector<int> moved = repacker.takeMoved();
            search.descend(stop, &moved);
        }
        if (state.cost() <= bestCost) {
            bestCost = state.cost();
            best = state.assignment();
        } else {
            restore(state, best);
        }
    }

    // The final polish takes turns until a turn gains nothing: re-packing whole lists finds
    // the chains of moves the search cannot (a long urgent case takes a list, its cases
    // move to later lists, the least urgent ones wait); a full search then looks at every
    // case, not only those that moved; ejection chains last, as each opens room the next
    // re-pack uses. On 3,000 cases (where the search runs without chains) the turns end
    // 0.1 to 0.35 % below the single re-pack-and-search they replace, for 0.5 to 1 s more;
    // up to 1,000 cases the search already has its chains and the plans end as they did.
    if (!stop()) {
        report(80, tr("Improving the plan"));
        restore(state, best);
        std::vector<int> all(instance.cases.size());
        std::iota(all.begin(), all.end(), 0);
        const bool chains = search.chains();
        for (int turn = 0; turn < kPolishTurns && !stop(); ++turn) {
            const qint64 before = state.cost();
            for (int pass = 0; pass < kRepackPasses && !stop() && repacker.sweep(stop); ++pass) {
                while (!stop() && repacker.sweep(stop)) {
                }
                const std::vector<int> moved = repacker.takeMoved();
                search.descend(stop, &moved);
            }
            search.descend(stop);
            search.setChains(true);
            for (int depth = 2; depth >= 1 && !stop(); --depth) {
                search.ejectionPass(all, depth, true);
            }
            search.setChains(chains);
            if (state.cost() >= before) {
                break;
            }
        }
        if (state.cost() < bestCost) {
            bestCost = state.cost();
            best = state.assignment();
        }
    }

    result.sessionOf = best;
    result.cost = bestCost;
    // The engine never does worse than the hand method it replaces.
    if (result.baselineCost < result.cost) {
        result.sessionOf = baseline;
        result.cost = result.baselineCost;
    }

    int unlocked = 0;
    for (const Case& k : instance.cases) {
        unlocked += k.locked ? 0 : 1;
    }
    if (unlocked <= options.exactCaseLimit && !stop()) {
        report(80, tr("Searching exhaustively"));
        ExactSolver::Outcome exact = ExactSolver::solve(instance, result.sessionOf, result.cost,
                                                        options.exactNodeLimit, options.cancel);
        if (exact.cost < result.cost) {
            result.sessionOf = exact.sessionOf;
            result.cost = exact.cost;
        }
        result.provenOptimal = exact.proven;
    }

    report(90, tr("Computing the lower bound"));
    if (result.provenOptimal) {
        result.lowerBound = result.cost;
    } else if (result.cancelled || result.timedOut) {
        // The user is waiting, or the time asked for is up: no more computing.
        result.lowerBound = std::max(bound.bound, early.bound);
    } else {
        // A second run with the final cost as target steers the steps better; keep the best.
        // It goes on from the first run's prices, so fewer steps do.
        const LowerBound::Outcome final = LowerBound::solve(instance, result.cost, 300, &bound.minutePrice);
        result.lowerBound = std::max({bound.bound, early.bound, final.bound});
        // At 3,000 cases the default budget allows only a few dozen steps; a larger one lifts
        // the bound by 0.3 to 0.5 % (six seeds) for about 2.5 s more. Up to 1,000 cases the
        // default already reaches the bound's limit, so they keep it and its time.
        const bool large = instance.cases.size() > 1000;
        result.lowerBound =
            std::max(result.lowerBound,
                     large ? KnapsackBound::compute(instance, result.cost, final.minutePrice, kFinalBoundWork)
                           : KnapsackBound::compute(instance, result.cost, final.minutePrice));
    }
    if (result.lowerBound == result.cost) {
        result.provenOptimal = true;
    }
    result.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    report(100, tr("Done"));
    return result;
}

} // namespace wp::theatre
