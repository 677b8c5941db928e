#pragma once

#include "Instance.h"

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
    /// `upperBound` (the cost of a known plan) steers the step size.
    static qint64 compute(const Instance& instance, qint64 upperBound, int iterations = 800);
};

} // namespace wp::theatre
