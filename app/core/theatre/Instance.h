#pragma once

#include "Case.h"
#include "Session.h"

#include <QHash>

#include <vector>

namespace wp::theatre {

/// A rescheduling problem: sessions, cases and the turnover, with the derived data
/// the contract's cost and constraints need (docs: shared/specs/theatre-rescheduling.md).
/// Call finalize() after filling the vectors and before asking anything else.
class Instance
{
public:
    std::vector<Session> sessions;
    std::vector<Case> cases;
    int turnover = 15;

    void finalize();

    int firstDay() const { return m_firstDay; }
    /// H, the latest session date (Julian day).
    int lastDay() const { return m_lastDay; }
    int patientCount() const { return m_patientCount; }
    int surgeonCount() const { return m_surgeonCount; }
    int sessionIndex(const QString& id) const { return m_sessionIndex.value(id, -1); }
    int caseIndex(const QString& id) const { return m_caseIndex.value(id, -1); }

    static int weight(int priority);
    /// Latest of earliest_date, listed_date and the first horizon day.
    int release(int c) const { return m_caseData[c].release; }
    int deadline(int c) const { return m_caseData[c].deadline; }
    /// Constraints 2, 3 and 4, and the case fitting in the empty session.
    bool canHost(int c, int s) const;
    /// Cost of case c in session s, or unscheduled when s is -1.
    qint64 cost(int c, int s) const
    {
        const CaseData& d = m_caseData[c];
        const int day = s >= 0 ? m_sessionData[s].day : m_lastDay + 1;
        const qint64 wait = day > d.release ? day - d.release : 0;
        const qint64 late = day > d.deadline ? day - d.deadline : 0;
        return d.weight * (wait + 10 * late) + (s < 0 ? 30 * d.weight : 0) +
               (d.moveCharged && s != d.original ? 2 : 0);
    }
    /// Sessions whose windows overlap s on its day (s itself excluded).
    const std::vector<int>& overlapping(int s) const { return m_overlapping[s]; }
    /// Sessions that may host c (canHost), cheapest first; only the original one if c is locked.
    const std::vector<int>& candidates(int c) const { return m_candidates[c]; }
    /// Capacity of s in "minutes + turnover" units: a case uses duration + turnover.
    /// Cases of the patient with dense index p.
    const std::vector<int>& casesOfPatient(int p) const { return m_casesOfPatient[p]; }
    int capacity(int s) const { return m_sessionData[s].capacity; }
    int demand(int c) const { return m_caseData[c].demand; }

    // What the solvers ask millions of times, from small flat tables rather than from the
    // Case and Session records (each several cache lines with their strings).
    int dayOf(int s) const { return m_sessionData[s].day; }
    int patientOf(int c) const { return m_caseData[c].patient; }
    int surgeonOf(int c) const { return m_caseData[c].surgeon; }
    bool isLocked(int c) const { return m_caseData[c].locked; }

private:
    // Cached per case because the solvers evaluate costs millions of times.
    struct CaseData
    {
        int release = 0;
        int deadline = 0;
        qint64 weight = 1;
        int demand = 0; ///< duration + turnover
        int patient = -1;
        int surgeon = -1;
        int original = -1;
        bool locked = false;
        bool moveCharged = false; ///< has an open original session
    };
    struct SessionData
    {
        int day = 0;
        int capacity = 0; ///< length + turnover
    };

    int m_firstDay = 0;
    int m_lastDay = 0;
    int m_patientCount = 0;
    int m_surgeonCount = 0;
    QHash<QString, int> m_sessionIndex;
    QHash<QString, int> m_caseIndex;
    std::vector<std::vector<int>> m_overlapping;
    std::vector<std::vector<int>> m_candidates;
    std::vector<std::vector<int>> m_casesOfPatient;
    std::vector<CaseData> m_caseData;
    std::vector<SessionData> m_sessionData;
};

} // namespace wp::theatre
