#include "Planner.h"

#include "BaselinePlanner.h"
#include "ExactSolver.h"
#include "LocalSearch.h"
#include "LowerBound.h"
#include "PlanChecker.h"
#include "Random.h"
#include "SolutionState.h"

#include <QElapsedTimer>

#include <algorithm>

namespace wp::theatre {

namespace {

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
    report(5, tr("Improving the plan"));
    search.descend(stop);

    // Ruin and recreate: take out a related group of cases, put them back in a slightly
    // shuffled order, polish, and keep the result when it is no worse.
    std::vector<int> best = state.assignment();
    qint64 bestCost = state.cost();
    Random random(options.seed);
    const int nSessions = static_cast<int>(instance.sessions.size());
    for (int round = 0; round < options.perturbationRounds && nSessions > 0 && !stop(); ++round) {
        if (round % 16 == 0) {
            report(10 + 70 * round / std::max(1, options.perturbationRounds), tr("Improving the plan"));
        }
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
                    if (!instance.cases[c].locked) {
                        state.remove(c);
                    }
                }
            }
        } else if (kind == 1) {
            // One surgeon's cases: their lists are what constraint 6 ties together.
            const int surgeon =
                instance.cases[random.below(static_cast<int>(instance.cases.size()))].surgeonIndex;
            for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
                if (instance.cases[c].surgeonIndex == surgeon && !instance.cases[c].locked) {
                    state.remove(c);
                }
            }
        } else {
            // A handful of cases anywhere.
            const int count = 3 + random.below(8);
            for (int i = 0; i < count; ++i) {
                const int c = random.below(static_cast<int>(instance.cases.size()));
                if (!instance.cases[c].locked) {
                    state.remove(c);
                }
            }
        }
        search.construct(&random);
        search.descend(stop);
        if (state.cost() <= bestCost) {
            bestCost = state.cost();
            best = state.assignment();
        } else {
            restore(state, best);
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
    result.lowerBound = result.provenOptimal ? result.cost : LowerBound::compute(instance, result.cost);
    if (result.lowerBound == result.cost) {
        result.provenOptimal = true;
    }
    result.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    report(100, tr("Done"));
    return result;
}

} // namespace wp::theatre
