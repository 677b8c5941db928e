#pragma once

#include "Result.h"
#include "theatreplan/Proposal.h"
#include "theatreplan/Schedule.h"
#include "theatreplan/TheatreService.h"
#include "theatreplan/TheatreUndo.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// Every edit of the theatre plan made from the page, each pushed on the undo stack. Edits go
/// through theatre::TheatreService (checked, audited); their undo and redo through the
/// service too (theatre::TheatreUndo for the plan's state), so an undo is a new audited
/// change and is refused, with the reason, when the plan no longer allows it.
class PlanEditor : public QObject
{
    Q_OBJECT

public:
    PlanEditor(Workspace& ws, QUndoStack* undo, QObject* parent = nullptr);

    Status closeSessions(const QStringList& sessionIds, const QString& reason);
    Result<QStringList> closeTheatre(const QString& theatre, const QDate& from, const QDate& to,
                                     const QString& reason);
    Status reopenSession(const QString& sessionId);
    /// Books in a session (by urgency) or postpones (`sessionId` empty, `reason` required).
    Status moveCase(const QString& caseId, const QString& sessionId, const QString& reason);
    /// Puts a case at `position` in a session starting at `start` (-1: as soon as possible).
    Status placeCase(const QString& caseId, const QString& sessionId, int position, int start);
    Status setLocked(const QString& caseId, bool locked);
    Status changePriority(const QString& caseId, int priority, const QString& reason);
    Status saveSession(const theatre::ScheduleSession& session, bool create);
    Status saveCase(const theatre::ScheduleCase& k, bool create);
    Status applyProposal(const theatre::Proposal& proposal, const QStringList& caseIds,
                         const QString& postponeReason);

    /// "BLOC1, Tue 15 Dec, afternoon", or the id of a session the plan does not hold.
    static QString sessionName(const theatre::Schedule& schedule, const QString& sessionId);

signals:
    /// After an undo or redo (whether it worked or not): the page reloads and says what
    /// happened ("Undone: Move C012 to BLOC1, Tue 15 Dec, afternoon"; empty when refused).
    void undoneOrRedone(const QString& what);
    /// An undo or redo was refused; the plan is unchanged.
    void undoRefused(const QString& reason);

private:
    using Action = std::function<Status()>;
    /// The command's text from the plan before the edit: "full\nshort" (see ScheduleEditCommand).
    using Text = std::function<QString(const theatre::Schedule& before)>;
    /// Runs `action`; when it works, pushes a command whose undo and redo restore the plan's
    /// state before and after it. A redo records `redoReason` for the cases it postpones
    /// ("Redo: …" when empty).
    Status planEdit(const Text& text, const Action& action, const QString& redoReason = {});
    Status planEdit(const QString& text, const Action& action, const QString& redoReason = {});
    void push(const QString& text, Action redo, Action undo);

    Workspace& m_ws;
    QUndoStack* m_undo;
    theatre::TheatreService m_service;
    theatre::TheatreUndo m_history;
};

} // namespace wp::gui
