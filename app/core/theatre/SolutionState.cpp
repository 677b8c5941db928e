#include "SolutionState.h"

#include <algorithm>

namespace wp::theatre {

SolutionState::SolutionState(const Instance& instance)
    : m_instance(&instance), m_sessionOf(instance.cases.size(), -1), m_members(instance.sessions.size()),
      m_load(instance.sessions.size(), 0),
      m_surgeonSessionCount(static_cast<size_t>(instance.surgeonCount()) * instance.sessions.size(), 0),
      m_patientDays(instance.patientCount())
{
    for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
        m_cost += instance.cost(c, -1);
    }
}

int SolutionState::surgeonCount(int surgeon, int s) const
{
    return m_surgeonSessionCount[static_cast<size_t>(surgeon) * m_load.size() + s];
}

void SolutionState::addSurgeon(int surgeon, int s, int delta)
{
    m_surgeonSessionCount[static_cast<size_t>(surgeon) * m_load.size() + s] += delta;
}

int SolutionState::patientCount(int patient, int day) const
{
    for (const auto& [d, count] : m_patientDays[patient]) {
        if (d == day) {
            return count;
        }
    }
    return 0;
}

void SolutionState::addPatient(int patient, int day, int delta)
{
    auto& list = m_patientDays[patient];
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (it->first == day) {
            it->second += delta;
            if (it->second == 0) {
                *it = list.back();
                list.pop_back();
            }
            return;
        }
    }
    list.emplace_back(day, delta);
}

bool SolutionState::canInsert(int c, int s, int freed) const
{
    if (s < 0) {
        return !m_instance->cases[c].locked;
    }
    const Instance& in = *m_instance;
    if (m_load[s] - freed + in.demand(c) > in.capacity(s)) {
        return false;
    }
    const Case& k = in.cases[c];
    if (k.locked ? s != k.originalSession : !in.canHost(c, s)) {
        return false;
    }
    if (patientCount(k.patientIndex, in.sessions[s].day) > 0) {
        return false;
    }
    for (int other : in.overlapping(s)) {
        if (surgeonCount(k.surgeonIndex, other) > 0) {
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
    const Case& k = in.cases[c];
    m_sessionOf[c] = s;
    m_members[s].push_back(c);
    m_load[s] += in.demand(c);
    addSurgeon(k.surgeonIndex, s, 1);
    addPatient(k.patientIndex, in.sessions[s].day, 1);
    m_cost += in.cost(c, s) - in.cost(c, -1);
}

void SolutionState::remove(int c)
{
    const int s = m_sessionOf[c];
    if (s < 0) {
        return;
    }
    const Instance& in = *m_instance;
    const Case& k = in.cases[c];
    m_sessionOf[c] = -1;
    auto& list = m_members[s];
    list.erase(std::find(list.begin(), list.end(), c));
    m_load[s] -= in.demand(c);
    addSurgeon(k.surgeonIndex, s, -1);
    addPatient(k.patientIndex, in.sessions[s].day, -1);
    m_cost += in.cost(c, -1) - in.cost(c, s);
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
