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
    explicit LocalSearch(SolutionState& state);

    /// Puts every postponed case, most urgent first, into its cheapest feasible session.
    /// With `noise`, the order is shuffled a little (ruin-and-recreate diversification).
    void construct(Random* noise = nullptr);
    /// Moves and ejections until none improves or `stop` says so. Returns whether anything improved.
    /// With `focus`, only those cases are tried (the rest may still be ejected and re-placed).
    bool descend(const std::function<bool()>& stop, const std::vector<int>* focus = nullptr);
    /// Like construct(), but guided by the bound's minute prices: each case goes where its
    /// cost plus the price of the minutes it takes is lowest, most valuable cases first;
    /// then construct() fills what is left.
    void constructPriced(const std::vector<double>& minutePrice);
    /// One pass of single-case moves to cheaper sessions.
    bool movePass(const std::vector<int>& cases);
    /// One pass of "put c in a cheaper session s, moving elsewhere the cases in the way":
    /// the surgeon's cases in overlapping sessions, the patient's case that day, and up to
    /// `maxEjected` cases of s itself to make room. `maxEjected` = 3 means "clear": as many
    /// residents as it takes (at least three), those that lose least per minute first.
    /// With `skipUnchanged`, a case whose last try (same depth, same chains setting) failed
    /// is skipped while its own session and the cheaper sessions it tried hold the same
    /// cases: a repeated pass then costs what changed since, not the whole plan. A change
    /// elsewhere (a freed place for a case it would eject) is not seen, so this is a
    /// heuristic shortcut, not an exact one.
    bool ejectionPass(const std::vector<int>& cases, int maxEjected, bool skipUnchanged = false);

    /// Two-link ejection chains and clearing: on by default up to 1,000 cases only, as they
    /// cost too much time in every search step beyond; a final polish may switch them on.
    bool chains() const { return m_chains; }
    void setChains(bool on) { m_chains = on; }

private:
    bool tryInsert(int c, int s, qint64 gain, int maxEjected);
    /// Re-places `cases` (all postponed now) one by one, each at its cheapest feasible
    /// session, if the total cost change stays below `budget`; false (and nothing placed)
    /// otherwise. `freed` (or -1) is the session the incoming case left.
    bool replace(const std::vector<int>& cases, const std::vector<qint64>& oldCosts, qint64 budget,
                 int freed);

    /// Places the postponed case b by displacing one case of a session, if the total cost
    /// change stays below `limit`; the displaced case moves on or waits.
    bool chain(int b, qint64 oldCost, qint64 limit);

    SolutionState& m_state;
    bool m_chains;
    // Cases without an original session that agree on specialty, duration, priority,
    // release and (capped) deadline are twins: when one cannot be placed, its twins are
    // skipped until the plan changes. -1: no twin class.
    std::vector<int> m_twin;
    std::vector<quint64> m_twinFailedAt;
    quint64 m_epoch = 1;
    // Scratch reused across calls: the moves run millions of times and allocating fresh
    // vectors each time was a large share of their cost. None of these calls re-enters
    // itself, so one buffer each is enough.
    std::vector<int> m_placed;         ///< replace()
    std::vector<int> m_chainResidents; ///< chain()
    std::vector<int> m_forced;         ///< tryInsert()
    std::vector<int> m_olds;           ///< tryInsert()
    std::vector<int> m_sessionsBefore; ///< tryInsert()
    std::vector<qint64> m_oldCosts;    ///< tryInsert()
    std::vector<int> m_residents;      ///< tryInsert()
    /// Per ejection depth (1 to 3) without and with chains, per case: the fingerprint of
    /// what its last failed try saw, or 0.
    std::vector<quint64> m_failedOn[6];
};

} // namespace wp::theatre
