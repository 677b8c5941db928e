#pragma once

#include "Instance.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <vector>

namespace wp::theatre {

/// Settings of one planning run.
struct PlannerOptions
{
    /// Safety cap on the run time. The search itself is bounded by iteration counts, so on
    /// normal inputs the plan is the same whatever the machine; only a run cut by this cap
    /// may differ.
    double timeLimitSeconds = 30.0;
    /// Instances with at most this many unlocked cases are also solved by branch and bound.
    int exactCaseLimit = 40;
    /// Node budget of the branch and bound (deterministic, unlike a time limit).
    qint64 exactNodeLimit = 3'000'000;
    /// Rounds of ruin and recreate after the first local optimum; -1: automatic, fewer
    /// for more cases (450,000 / cases, from 150 to 600; above 1,000 cases, where the start
    /// comes from the knapsack bound's case prices, 300,000 / cases, from 100). Each round
    /// also re-packs the lists it touched (SessionRepacker).
    int perturbationRounds = -1;
    quint64 seed = 20261128;
    /// Called from the planning thread with 0 to 100 and a short phase name.
    std::function<void(int percent, const QString& phase)> progress;
    /// Set from any thread to stop early; the best plan found so far is returned.
    const std::atomic<bool>* cancel = nullptr;
};

/// What a planning run produced.
struct PlannerResult
{
    std::vector<int> sessionOf; ///< session index per case, -1 postponed; always feasible
    qint64 cost = 0;
    qint64 lowerBound = 0; ///< no feasible plan costs less
    bool provenOptimal = false;
    bool cancelled = false;
    bool timedOut = false;
    qint64 baselineCost = 0; ///< earliest-deadline first-fit, for comparison
    double seconds = 0.0;

    double gapPercent() const
    {
        return cost > 0 ? 100.0 * static_cast<double>(cost - lowerBound) / static_cast<double>(cost) : 0.0;
    }
};

/// The rescheduling engine: a priority- and deadline-aware greedy construction, local
/// search (moves, and ejections that make room for a case by moving another one),
/// seeded ruin-and-recreate rounds, branch and bound on small instances, and two
/// Lagrangian lower bounds (LowerBound, KnapsackBound) so the gap is known. Thread-safe
/// for distinct instances; no Qt event loop needed.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    static PlannerResult solve(const Instance& instance, const PlannerOptions& options = {});
};

} // namespace wp::theatre
