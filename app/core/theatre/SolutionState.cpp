#include "SolutionState.h"

#include <algorithm>

namespace wp::theatre {

namespace {

// A well-spread 64-bit key per case (the splitmix64 finaliser), so that the XOR of a set's
// keys tells sets apart.
quint64 keyOf(int c)
{
    quint64 z = static_cast<quint64>(c) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

SolutionState::SolutionState(const Instance& instance)
    : m_instance(&instance), m_sessionOf(instance.cases.size(), -1), m_members(instance.sessions.size()),
      m_load(instance.sessions.size(), 0), m_sessions(instance.sessions.size()),
      m_days(instance.sessions.empty() ? 1
                                       : static_cast<size_t>(instance.lastDay() - instance.firstDay()) + 1)
{
    const size_t nCases = instance.cases.size();
    m_hash.assign(m_sessions, 0);
    m_hostable.assign(nCases * m_sessions, 0);
    for (size_t c = 0; c < nCases; ++c) {
        // An unlocked case's candidates are exactly the sessions that can host it.
        if (!instance.cases[c].locked) {
            for (int s : instance.candidates(static_cast<int>(c))) {
                m_hostable[c * m_sessions + static_cast<size_t>(s)] = 1;
            }
        }
    }
    m_surgeonSessionCount.assign(static_cast<size_t>(instance.surgeonCount()) * m_sessions, 0);
    m_surgeonDayCount.assign(static_cast<size_t>(instance.surgeonCount()) * m_days, 0);
    m_patientDayCount.assign(static_cast<size_t>(instance.patientCount()) * m_days, 0);
    for (int c = 0; c < static_cast<int>(nCases); ++c) {
        m_cost += instance.cost(c, -1);
    }
}

void SolutionState::addSurgeon(int surgeon, int s, int delta)
{
    m_surgeonSessionCount[static_cast<size_t>(surgeon) * m_sessions + s] += delta;
    m_surgeonDayCount[static_cast<size_t>(surgeon) * m_days +
                      static_cast<size_t>(m_instance->dayOf(s) - m_instance->firstDay())] += delta;
}

bool SolutionState::canInsert(int c, int s, int freed) const
{
    if (s < 0) {
        return !m_instance->isLocked(c);
    }
    const Instance& in = *m_instance;
    if (m_load[s] - freed + in.demand(c) > in.capacity(s)) {
        return false;
    }
    if (in.isLocked(c) ? s != in.cases[c].originalSession
                       : !m_hostable[static_cast<size_t>(c) * m_sessions + s]) {
        return false;
    }
    const int day = in.dayOf(s);
    if (m_patientDayCount[patientDay(in.patientOf(c), day)] > 0) {
        return false;
    }
    const size_t surgeon = static_cast<size_t>(in.surgeonOf(c));
    if (m_surgeonDayCount[surgeon * m_days + static_cast<size_t>(day - in.firstDay())] == 0) {
        return true;
    }
    const int* sessions = m_surgeonSessionCount.data() + surgeon * m_sessions;
    for (int other : in.overlapping(s)) {
        if (sessions[other] > 0) {
            return false;
        }
    }
    return true;
}

void SolutionState::insert(int c, int s)
{
    if (s < 0) {
        return;
    }
    const Instance& in = *m_instance;
    m_sessionOf[c] = s;
    m_members[s].push_back(c);
    m_hash[s] ^= keyOf(c);
    m_load[s] += in.demand(c);
    addSurgeon(in.surgeonOf(c), s, 1);
    ++m_patientDayCount[patientDay(in.patientOf(c), in.dayOf(s))];
    m_cost += in.cost(c, s) - in.cost(c, -1);
}

void SolutionState::remove(int c)
{
    const int s = m_sessionOf[c];
    if (s < 0) {
        return;
    }
    const Instance& in = *m_instance;
    m_sessionOf[c] = -1;
    auto& list = m_members[s];
    list.erase(std::find(list.begin(), list.end(), c));
    m_hash[s] ^= keyOf(c);
    m_load[s] -= in.demand(c);
    addSurgeon(in.surgeonOf(c), s, -1);
    --m_patientDayCount[patientDay(in.patientOf(c), in.dayOf(s))];
    m_cost += in.cost(c, -1) - in.cost(c, s);
}

void SolutionState::requeue(int c)
{
    auto& list = m_members[m_sessionOf[c]];
    const auto it = std::find(list.begin(), list.end(), c);
    std::rotate(it, it + 1, list.end());
}

bool SolutionState::tryMove(int c, int s)
{
    const int old = m_sessionOf[c];
    if (old == s) {
        return true;
    }
    remove(c);
    if (canInsert(c, s)) {
        insert(c, s);
        return true;
    }
    insert(c, old);
    return false;
}

} // namespace wp::theatre
