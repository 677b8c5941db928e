#pragma once

#include "Random.h"
#include "SolutionState.h"

#include <functional>

namespace wp::theatre {

/// Improvement moves on a feasible SolutionState; every accepted change lowers the cost
/// and keeps the state feasible. Deterministic: cases and sessions are scanned in fixed
/// order, and randomness only comes from the seeded generator passed in.
class LocalSearch
{
public:
    explicit LocalSearch(SolutionState& state) : m_state(state) {}

    /// Puts every postponed case, most urgent first, into its cheapest feasible session.
    /// With `noise`, the order is shuffled a little (ruin-and-recreate diversification).
    void construct(Random* noise = nullptr);
    /// Moves and ejections until none improves or `stop` says so. Returns whether anything improved.
    bool descend(const std::function<bool()>& stop);
    /// One pass of single-case moves to cheaper sessions.
    bool movePass();
    /// One pass of "put c in a cheaper session s, moving elsewhere the cases in the way":
    /// the surgeon's cases in overlapping sessions, the patient's case that day, and up to
    /// `maxEjected` cases of s itself to make room.
    bool ejectionPass(int maxEjected);

private:
    bool tryInsert(int c, int s, qint64 gain, int maxEjected);
    /// Re-places `cases` (all postponed now) one by one, each at its cheapest feasible
    /// session, if the total cost change stays below `budget`; false (and nothing placed) otherwise.
    bool replace(const std::vector<int>& cases, const std::vector<qint64>& oldCosts, qint64 budget);

    SolutionState& m_state;
};

} // namespace wp::theatre
