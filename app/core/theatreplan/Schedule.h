#pragma once

#include "ScheduleCase.h"
#include "ScheduleSession.h"
#include "theatre/Plan.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace wp::theatre {

/// A snapshot of the theatre workspace: sessions, cases and the current plan. Converts to
/// the engine's Instance (the current booking counts as the contract's original_session,
/// so the engine keeps what need not move) and back.
class Schedule
{
public:
    std::vector<ScheduleSession> sessions; ///< by date, theatre, start
    std::vector<ScheduleCase> cases;       ///< by id
    int turnover = 15;

    /// Rebuilds the id indices; call after filling or reordering the vectors.
    void reindex();
    int sessionIndex(const QString& id) const { return m_sessionIndex.value(id, -1); }
    int caseIndex(const QString& id) const { return m_caseIndex.value(id, -1); }
    const ScheduleSession* session(const QString& id) const;
    const ScheduleCase* findCase(const QString& id) const;

    /// The engine's view, with sessions and cases in the same order as here.
    Instance toInstance() const;
    /// Session index per case for the current plan, -1 for a case needing a slot.
    std::vector<int> assignment() const;
    /// Sets the bookings from an assignment. Sessions whose cases do not change keep their
    /// starts; in the others the cases that stay keep their order, newcomers follow by
    /// urgency (as Plan::fromAssignment packs), and starts are packed with the turnover.
    void applyAssignment(const Instance& instance, const std::vector<int>& sessionOf);
    /// The current plan in the contract's plan.csv form.
    Plan plan() const;

    /// Cases booked in a session, by start time.
    std::vector<int> casesIn(int session) const;
    QStringList theatres() const;
    QStringList surgeons() const;
    QStringList specialties() const;

private:
    QHash<QString, int> m_sessionIndex;
    QHash<QString, int> m_caseIndex;
};

} // namespace wp::theatre
