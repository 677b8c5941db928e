#pragma once

#include "Schedule.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace wp::theatre {

/// The inverse edits behind the theatre manager's undo and redo. An undo is a new change,
/// checked and audited like any other (nothing is taken out of the history); it is refused
/// when the plan has moved on since, or when it would break a hard constraint.
class TheatreUndo
{
    Q_DECLARE_TR_FUNCTIONS(TheatreUndo)

public:
    explicit TheatreUndo(Workspace& ws) : m_ws(ws) {}

    /// Puts the sessions' open/closed state and every case's booking, start and lock back as
    /// in `target`, provided they are still as in `expected`. Cases losing their booking are
    /// recorded as postponed with `why` ("Undo: …"), which the audit entry carries too.
    Status restorePlan(const Schedule& expected, const Schedule& target, const QString& why);
    /// Takes back a case created by mistake. Refused once it has a history (a postponement or
    /// a change of priority): such a case stays and is postponed instead.
    Status removeCase(const QString& caseId, const QString& why);
    /// Takes back a session created by mistake; refused while a case is booked in it or was told about it.
    Status removeSession(const QString& sessionId, const QString& why);

    /// Same sessions' state and same bookings, starts and locks.
    static bool samePlan(const Schedule& a, const Schedule& b);

private:
    Workspace& m_ws;
};

} // namespace wp::theatre
