#pragma once

#include "ImportSummary.h"
#include "Proposal.h"
#include "Schedule.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace wp::theatre {

/// The theatre manager's data: the schedule imported from the rescheduling contract's CSV
/// files or typed in, the white plan's closures and the current plan. Every change needs
/// Permission::ManageTheatres, runs in one transaction and is audited; a refused change
/// says why in a manager's words. Reasons are required for postponements and changes of
/// priority.
class TheatreService
{
    Q_DECLARE_TR_FUNCTIONS(TheatreService)

public:
    explicit TheatreService(Workspace& ws) : m_ws(ws) {}

    /// Replaces the theatre data by the contract's sessions.csv and cases.csv. All or
    /// nothing: a bad file is an InvalidInput error naming file, line and column (the
    /// engine's own reader), and the database is untouched. Cases go into their
    /// `original_session` when it is open, else they need a slot.
    Result<ImportSummary> importFiles(const QString& sessionsPath, const QString& casesPath,
                                      int turnover = 15);
    Result<ImportSummary> importData(const QByteArray& sessions, const QString& sessionsName,
                                     const QByteArray& cases, const QString& casesName, int turnover = 15);

    /// The whole schedule with the current plan.
    Result<Schedule> load();

    /// Adds (`create`) or edits a session. A new session is open; closing goes through closeSessions.
    Status saveSession(const ScheduleSession& session, bool create);
    /// Adds or edits a case's fields. The priority of an existing case changes only through
    /// changePriority (a reason is required) and its booking through moveCase.
    Status saveCase(const ScheduleCase& k, bool create);

    /// Closes the open sessions of `theatre` between `from` and `to` (inclusive); returns their ids.
    Result<QStringList> closeTheatre(const QString& theatre, const QDate& from, const QDate& to,
                                     const QString& reason);
    /// Closes sessions; their cases lose their booking (and lock) and need a slot.
    Status closeSessions(const QStringList& sessionIds, const QString& reason);
    Status reopenSessions(const QStringList& sessionIds);

    Status changePriority(const QString& caseId, int priority, const QString& reason);
    /// Locking pins a booked case to its session (its start time may still change).
    Status setLocked(const QString& caseId, bool locked);
    /// Books a case in `sessionId`, or postpones it when empty (`reason` then required).
    /// Refused with the reason when a hard constraint would break.
    Status moveCase(const QString& caseId, const QString& sessionId, const QString& reason = {});
    /// Puts a case at `position` among the other cases of `sessionId` (by start), starting at
    /// `start` (minutes after midnight) or as soon as possible when -1; the cases after it
    /// follow with the turnover between them (SessionOrder::place). Refused with the reason
    /// when a hard constraint would break or the session would overrun.
    Status placeCase(const QString& caseId, const QString& sessionId, int position, int start = -1);
    /// Why placeCase would be refused; empty when allowed. Quick enough for the live check
    /// while dragging: the contract's checker on the whole plan runs in placeCase only.
    /// `instance` is `schedule.toInstance()`, kept by the caller.
    static QString explainPlace(const Schedule& schedule, const Instance& instance, const QString& caseId,
                                const QString& sessionId, int position, int start);
    /// Why moveCase would be refused; empty when allowed.
    static QString explainMove(const Schedule& schedule, const QString& caseId, const QString& sessionId);

    /// Applies the proposal's changes for `acceptedCaseIds` (all when empty). Refused when
    /// the plan changed since the proposal was made, or when the accepted subset alone
    /// breaks a hard constraint. `postponeReason` is recorded for each postponed case.
    Status applyProposal(const Proposal& proposal, const QStringList& acceptedCaseIds,
                         const QString& postponeReason);

    /// The current plan as the contract's plan.csv.
    Result<QByteArray> exportPlanCsv();
    Status exportPlan(const QString& path);

    static constexpr int maxReasonLength = 500;

private:
    Status checkReason(const QString& reason, const QString& what) const;
    Status closeInTransaction(const QStringList& sessionIds, const QString& reason);

    Workspace& m_ws;
};

} // namespace wp::theatre
