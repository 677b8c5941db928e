#include "Schedule.h"

#include <QCollator>

#include <algorithm>
#include <set>

namespace wp::theatre {

void Schedule::reindex()
{
    m_sessionIndex.clear();
    m_caseIndex.clear();
    for (int s = 0; s < static_cast<int>(sessions.size()); ++s) {
        m_sessionIndex.insert(sessions[s].id, s);
    }
    for (int c = 0; c < static_cast<int>(cases.size()); ++c) {
        m_caseIndex.insert(cases[c].id, c);
    }
}

const ScheduleSession* Schedule::session(const QString& id) const
{
    const int s = sessionIndex(id);
    return s < 0 ? nullptr : &sessions[s];
}

const ScheduleCase* Schedule::findCase(const QString& id) const
{
    const int c = caseIndex(id);
    return c < 0 ? nullptr : &cases[c];
}

Instance Schedule::toInstance() const
{
    Instance instance;
    instance.turnover = turnover;
    instance.sessions.reserve(sessions.size());
    for (const auto& s : sessions) {
        Session e;
        e.id = s.id;
        e.theatre = s.theatre;
        e.specialty = s.specialty;
        e.date = s.date;
        e.day = static_cast<int>(s.date.toJulianDay());
        e.start = s.start;
        e.end = s.end;
        e.open = s.open;
        instance.sessions.push_back(e);
    }
    instance.cases.reserve(cases.size());
    for (const auto& k : cases) {
        Case e;
        e.id = k.id;
        e.patient = k.patientRef;
        e.surgeon = k.surgeon;
        e.specialty = k.specialty;
        e.procedure = k.procedure;
        e.duration = k.duration;
        e.priority = k.priority;
        e.listed = k.listed;
        e.earliest = k.earliest;
        e.deadline = k.deadline();
        // The booking the patient holds now is what "don't move what need not move" protects.
        e.originalSession = sessionIndex(k.bookedSession.isEmpty() ? k.originalSession : k.bookedSession);
        e.locked = k.locked && !k.bookedSession.isEmpty();
        instance.cases.push_back(e);
    }
    instance.finalize();
    return instance;
}

std::vector<int> Schedule::assignment() const
{
    std::vector<int> result(cases.size(), -1);
    for (size_t c = 0; c < cases.size(); ++c) {
        if (!cases[c].bookedSession.isEmpty()) {
            result[c] = sessionIndex(cases[c].bookedSession);
        }
    }
    return result;
}

void Schedule::applyAssignment(const Instance& instance, const std::vector<int>& sessionOf)
{
    // A session whose cases stay the same keeps its start times; in one that changes, the
    // cases that stay keep their order (maybe set by hand) and newcomers follow by urgency.
    const int nSessions = static_cast<int>(sessions.size());
    std::vector<std::vector<int>> stayers(nSessions);
    std::vector<std::vector<int>> newcomers(nSessions);
    std::vector<bool> changed(nSessions, false);
    for (int c = 0; c < static_cast<int>(cases.size()); ++c) {
        const int before = cases[c].bookedSession.isEmpty() ? -1 : sessionIndex(cases[c].bookedSession);
        const int after = sessionOf[c];
        if (before >= 0 && before != after) {
            changed[before] = true;
        }
        if (after < 0) {
            cases[c].bookedSession.clear();
            cases[c].bookedStart = -1;
            cases[c].locked = false;
            continue;
        }
        if (before == after && cases[c].bookedStart >= 0) {
            stayers[after].push_back(c);
        } else {
            newcomers[after].push_back(c);
            changed[after] = true;
        }
    }
    for (int s = 0; s < nSessions; ++s) {
        if (!changed[s]) {
            continue;
        }
        auto& order = stayers[s];
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return cases[a].bookedStart < cases[b].bookedStart; });
        auto& added = newcomers[s];
        std::sort(added.begin(), added.end(), [&](int a, int b) {
            const int pa = instance.cases[a].priority;
            const int pb = instance.cases[b].priority;
            return pa != pb ? pa < pb : a < b;
        });
        order.insert(order.end(), added.begin(), added.end());
        int t = sessions[s].start;
        for (int c : order) {
            cases[c].bookedSession = sessions[s].id;
            cases[c].bookedStart = t;
            t += cases[c].duration + turnover;
        }
    }
}

Plan Schedule::plan() const
{
    Plan result;
    result.entries.reserve(cases.size());
    for (const auto& k : cases) {
        PlanEntry e;
        e.caseId = k.id;
        e.sessionId = k.bookedSession;
        e.start = k.bookedSession.isEmpty() ? -1 : k.bookedStart;
        result.entries.push_back(e);
    }
    return result;
}

std::vector<int> Schedule::casesIn(int session) const
{
    std::vector<int> result;
    if (session < 0) {
        return result;
    }
    const QString& id = sessions[session].id;
    for (int c = 0; c < static_cast<int>(cases.size()); ++c) {
        if (cases[c].bookedSession == id) {
            result.push_back(c);
        }
    }
    std::sort(result.begin(), result.end(),
              [&](int a, int b) { return cases[a].bookedStart < cases[b].bookedStart; });
    return result;
}

namespace {

// "Theatre 2" before "Theatre 10": people read numbers in names as numbers.
QStringList sortedUnique(std::set<QString> values)
{
    QStringList list;
    for (const auto& v : values) {
        list << v;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(list.begin(), list.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return list;
}

} // namespace

QStringList Schedule::theatres() const
{
    std::set<QString> values;
    for (const auto& s : sessions) {
        values.insert(s.theatre);
    }
    return sortedUnique(std::move(values));
}

QStringList Schedule::surgeons() const
{
    std::set<QString> values;
    for (const auto& k : cases) {
        values.insert(k.surgeon);
    }
    return sortedUnique(std::move(values));
}

QStringList Schedule::specialties() const
{
    std::set<QString> values;
    for (const auto& k : cases) {
        values.insert(k.specialty);
    }
    for (const auto& s : sessions) {
        if (!s.servesAnySpecialty()) {
            values.insert(s.specialty);
        }
    }
    return sortedUnique(std::move(values));
}

} // namespace wp::theatre
