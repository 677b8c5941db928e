#include "Instance.h"

#include <algorithm>
#include <limits>

namespace wp::theatre {

int Instance::weight(int priority)
{
    switch (priority) {
    case 1:
        return 50;
    case 2:
        return 10;
    case 3:
        return 3;
    default:
        return 1;
    }
}

void Instance::finalize()
{
    m_sessionIndex.clear();
    m_caseIndex.clear();
    m_firstDay = std::numeric_limits<int>::max();
    m_lastDay = std::numeric_limits<int>::min();
    for (int s = 0; s < static_cast<int>(sessions.size()); ++s) {
        m_sessionIndex.insert(sessions[s].id, s);
        m_firstDay = std::min(m_firstDay, sessions[s].day);
        m_lastDay = std::max(m_lastDay, sessions[s].day);
    }
    if (sessions.empty()) {
        m_firstDay = m_lastDay = 0;
    }
    QHash<QString, int> patients;
    QHash<QString, int> surgeons;
    for (int c = 0; c < static_cast<int>(cases.size()); ++c) {
        Case& k = cases[c];
        m_caseIndex.insert(k.id, c);
        if (!patients.contains(k.patient)) {
            patients.insert(k.patient, static_cast<int>(patients.size()));
        }
        k.patientIndex = patients.value(k.patient);
        if (!surgeons.contains(k.surgeon)) {
            surgeons.insert(k.surgeon, static_cast<int>(surgeons.size()));
        }
        k.surgeonIndex = surgeons.value(k.surgeon);
    }
    m_patientCount = static_cast<int>(patients.size());
    m_casesOfPatient.assign(m_patientCount, {});
    for (int c = 0; c < static_cast<int>(cases.size()); ++c) {
        m_casesOfPatient[cases[c].patientIndex].push_back(c);
    }
    m_surgeonCount = static_cast<int>(surgeons.size());

    // Sessions sorted by day make the overlap lists linear per day instead of quadratic overall.
    std::vector<int> byDay(sessions.size());
    for (int s = 0; s < static_cast<int>(sessions.size()); ++s) {
        byDay[s] = s;
    }
    std::sort(byDay.begin(), byDay.end(), [&](int a, int b) {
        return sessions[a].day != sessions[b].day ? sessions[a].day < sessions[b].day : a < b;
    });
    m_overlapping.assign(sessions.size(), {});
    for (size_t i = 0; i < byDay.size(); ++i) {
        for (size_t j = i + 1; j < byDay.size() && sessions[byDay[j]].day == sessions[byDay[i]].day; ++j) {
            if (sessions[byDay[i]].overlaps(sessions[byDay[j]])) {
                m_overlapping[byDay[i]].push_back(byDay[j]);
                m_overlapping[byDay[j]].push_back(byDay[i]);
            }
        }
    }
    for (auto& list : m_overlapping) {
        std::sort(list.begin(), list.end());
    }

    m_sessionData.assign(sessions.size(), {});
    for (size_t s = 0; s < sessions.size(); ++s) {
        m_sessionData[s] = {sessions[s].day, sessions[s].length() + turnover};
    }
    m_caseData.assign(cases.size(), {});
    for (int c = 0; c < static_cast<int>(cases.size()); ++c) {
        const Case& k = cases[c];
        CaseData& d = m_caseData[c];
        d.release = std::max(m_firstDay, static_cast<int>(k.listed.toJulianDay()));
        if (k.earliest) {
            d.release = std::max(d.release, static_cast<int>(k.earliest->toJulianDay()));
        }
        d.deadline = static_cast<int>(k.deadline.toJulianDay());
        d.weight = weight(k.priority);
        d.moveCharged = k.originalSession >= 0 && sessions[k.originalSession].open;
        d.demand = k.duration + turnover;
        d.patient = k.patientIndex;
        d.surgeon = k.surgeonIndex;
        d.original = k.originalSession;
        d.locked = k.locked;
    }

    m_candidates.assign(cases.size(), {});
    for (int c = 0; c < static_cast<int>(cases.size()); ++c) {
        auto& list = m_candidates[c];
        if (cases[c].locked) {
            if (cases[c].originalSession >= 0) {
                list.push_back(cases[c].originalSession);
            }
            continue;
        }
        for (int s = 0; s < static_cast<int>(sessions.size()); ++s) {
            if (canHost(c, s)) {
                list.push_back(s);
            }
        }
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            const qint64 ca = cost(c, a);
            const qint64 cb = cost(c, b);
            return ca != cb ? ca < cb : sessions[a].day < sessions[b].day;
        });
    }
}

bool Instance::canHost(int c, int s) const
{
    const Case& k = cases[c];
    const Session& x = sessions[s];
    if (!x.open || k.duration > x.length()) {
        return false;
    }
    if (!x.servesAnySpecialty() && x.specialty != k.specialty) {
        return false;
    }
    if (x.day < static_cast<int>(k.listed.toJulianDay())) {
        return false;
    }
    return !k.earliest || x.day >= static_cast<int>(k.earliest->toJulianDay());
}

} // namespace wp::theatre
