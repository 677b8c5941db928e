#pragma once

#include "Instance.h"

#include <utility>
#include <vector>

namespace wp::theatre {

/// An assignment of cases to sessions with the bookkeeping that makes feasibility checks
/// and cost changes O(1)-ish: session loads, each surgeon's sessions and each patient's
/// days. Used by every solver; all of them keep the state feasible at all times.
class SolutionState
{
public:
    explicit SolutionState(const Instance& instance);

    const Instance& instance() const { return *m_instance; }
    int sessionOf(int c) const { return m_sessionOf[c]; }
    const std::vector<int>& assignment() const { return m_sessionOf; }
    const std::vector<int>& members(int s) const { return m_members[s]; }
    qint64 cost() const { return m_cost; }
    int load(int s) const { return m_load[s]; }
    /// A fingerprint of the set of cases booked in s: the same set gives the same value
    /// whatever the order of arrival, and different sets almost never share one. Lets a
    /// search skip a try it made before when the sessions it looked at hold what they held.
    quint64 contentHash(int s) const { return m_hash[s]; }

    /// Whether the currently postponed case c can go into s without breaking a constraint
    /// (s = -1, postponing, is always possible). `freed` minutes of s count as free, for a
    /// caller that is about to take residents out to make room.
    bool canInsert(int c, int s, int freed = 0) const;
    /// Puts the postponed case c into s (no check).
    void insert(int c, int s);
    /// Postpones c.
    void remove(int c);
    /// Moves the booked case c to the end of its session's member list: what remove(c) then
    /// insert(c, sessionOf(c)) does, without the bookkeeping.
    void requeue(int c);
    /// Moves c to s (-1: postpone) if feasible; returns whether it did.
    bool tryMove(int c, int s);

private:
    void addSurgeon(int surgeon, int s, int delta);
    size_t patientDay(int patient, int day) const
    {
        return static_cast<size_t>(patient) * m_days + static_cast<size_t>(day - m_instance->firstDay());
    }

    const Instance* m_instance;
    std::vector<int> m_sessionOf;
    std::vector<std::vector<int>> m_members;
    std::vector<int> m_load;
    // Flat tables instead of per-surgeon or per-patient lists: canInsert runs millions of
    // times and each check is then one load.
    size_t m_sessions = 0;
    size_t m_days = 0;
    std::vector<char> m_hostable;           ///< Instance::canHost per (case, session), case-major
    std::vector<int> m_surgeonSessionCount; ///< cases per (surgeon, session), surgeon-major
    /// Cases per (surgeon, day), surgeon-major: a surgeon with nothing that day needs no
    /// look at the overlapping sessions.
    std::vector<int> m_surgeonDayCount;
    std::vector<int> m_patientDayCount; ///< cases per (patient, day), patient-major
    std::vector<quint64> m_hash;        ///< XOR of the members' keys, per session
    qint64 m_cost = 0;
};

} // namespace wp::theatre
