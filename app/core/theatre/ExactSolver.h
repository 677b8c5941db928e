#pragma once

#include "Instance.h"

#include <atomic>
#include <vector>

namespace wp::theatre {

/// Depth-first branch and bound over every case's possible sessions (and postponing).
/// Proves optimality on small instances; the node budget keeps it bounded on larger ones.
class ExactSolver
{
public:
    struct Outcome
    {
        std::vector<int> sessionOf; ///< best plan found (the incumbent if nothing better)
        qint64 cost = 0;
        bool proven = false; ///< the whole tree was explored: `cost` is optimal
        qint64 nodes = 0;
    };

    /// `incumbent` must be feasible; pass an all-postponed plan (locked cases in place)
    /// and its cost to solve from scratch.
    static Outcome solve(const Instance& instance, const std::vector<int>& incumbent, qint64 incumbentCost,
                         qint64 nodeLimit, const std::atomic<bool>* cancel = nullptr);
};

} // namespace wp::theatre
