#pragma once

#include "Instance.h"

#include <vector>

namespace wp::theatre {

/// A second lower bound, usually tighter than LowerBound: "each case exactly once" is
/// relaxed with one multiplier per case, which leaves one 0/1 knapsack per session. Unlike
/// the pooled relaxation, whole cases must fit in one session, so the minutes a real
/// list cannot use are accounted for. The surgeon rule (a surgeon in at most one of a set
/// of overlapping sessions) and the patient rule (one case a day) are dualised too: a
/// surgeon's cases pay a fixed charge once per session they use. Subgradient steps start
/// from the minute prices of LowerBound; they stop at a fixed amount of knapsack work
/// (deterministic).
class KnapsackBound
{
public:
    struct Outcome
    {
        /// A valid bound, or the smallest qint64 when the instance is too big for the budget.
        qint64 bound = 0;
        /// Per case, its multiplier at the best bound: what booking it is worth (the cost it
        /// saves against the competition for the lists). 0 for locked cases; empty when the
        /// instance is too big for the budget.
        std::vector<double> casePrice;
    };

    static Outcome solve(const Instance& instance, qint64 upperBound, const std::vector<double>& minutePrice,
                         qint64 workBudget = 150'000'000);
    /// Returns a valid bound, or the smallest qint64 when the instance is too big for the budget.
    static qint64 compute(const Instance& instance, qint64 upperBound, const std::vector<double>& minutePrice,
                          qint64 workBudget = 150'000'000)
    {
        return solve(instance, upperBound, minutePrice, workBudget).bound;
    }
};

} // namespace wp::theatre
