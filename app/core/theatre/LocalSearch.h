#pragma once

#include "SolutionState.h"

#include <functional>

namespace wp::theatre {

/// Improvement moves on a feasible SolutionState; every accepted change lowers the cost
/// and keeps the state feasible. Deterministic: cases and sessions are scanned in fixed order.
class LocalSearch
{
public:
    explicit LocalSearch(SolutionState& state) : m_state(state) {}

    /// Cheapest feasible session for each postponed or movable case, in urgency order.
    void construct();
    /// Moves and ejections until none improves or `stop` says so. Returns whether anything improved.
    bool descend(const std::function<bool()>& stop);
    /// One pass of single-case moves to cheaper sessions.
    bool movePass();
    /// One pass of "put c in s, move one case of s elsewhere".
    bool ejectPass();
    /// One pass of "put c in s, move two cases of s elsewhere" (long cases need room).
    bool doubleEjectPass();

private:
    /// Cheapest feasible place for c (currently postponed) costing less than `budget`
    /// more than `reference`, avoiding `forbidden`; -2 when none.
    int bestPlace(int c, qint64 reference, qint64 budget, int forbidden) const;

    SolutionState& m_state;
};

} // namespace wp::theatre
