#pragma once

#include "Instance.h"

#include <vector>

namespace wp::theatre {

/// A proven lower bound on the cost of every feasible plan.
///
/// Sessions of the same day, specialty and length are pooled, each case may be split
/// across pooled minutes, and the surgeon and patient rules are dropped: what is left is
/// a transportation problem whose value is bounded from below by Lagrangian relaxation of
/// the capacities (subgradient steps, a fixed number of them: deterministic). Any
/// multipliers give a valid bound; the steps only make it tighter.
class LowerBound
{
public:
    struct Outcome
    {
        qint64 bound = 0;
        /// Per session, the price of one minute of its pool at the best multipliers: how
        /// much that time is worth to the cases competing for it (0 for closed sessions).
        std::vector<double> minutePrice;
    };

    /// `upperBound` (the cost of a known plan) steers the step size. `start`, when given,
    /// holds the minute prices of an earlier run (its `minutePrice`) to start from.
    static Outcome solve(const Instance& instance, qint64 upperBound, int iterations = 800,
                         const std::vector<double>* start = nullptr);
    static qint64 compute(const Instance& instance, qint64 upperBound, int iterations = 800)
    {
        return solve(instance, upperBound, iterations).bound;
    }
};

} // namespace wp::theatre
