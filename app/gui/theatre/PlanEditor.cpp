#include "PlanEditor.h"

#include "ScheduleEditCommand.h"
#include "theatreplan/TheatreWording.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <QUndoStack>

namespace wp::gui {

PlanEditor::PlanEditor(Workspace& ws, QUndoStack* undo, QObject* parent)
    : QObject(parent), m_ws(ws), m_undo(undo), m_service(ws), m_history(ws)
{}

void PlanEditor::push(const QString& text, Action redo, Action undo)
{
    auto report = [this](const Status& result, bool undone, const QString& description) {
        emit undoneOrRedone(!result  ? QString()
                            : undone ? tr("Undone: %1.").arg(description)
                                     : tr("Redone: %1.").arg(description));
        if (!result) {
            emit undoRefused(result.errorMessage());
        }
    };
    m_undo->push(new ScheduleEditCommand(text, std::move(redo), std::move(undo), report, true));
}

QString PlanEditor::sessionName(const theatre::Schedule& schedule, const QString& sessionId)
{
    const auto* s = schedule.session(sessionId);
    return s != nullptr ? theatre::TheatreWording::session(*s) : sessionId;
}

Status PlanEditor::planEdit(const QString& text, const Action& action, const QString& redoReason)
{
    return planEdit([text](const theatre::Schedule&) { return text; }, action, redoReason);
}

Status PlanEditor::planEdit(const Text& textOf, const Action& action, const QString& redoReason)
{
    auto before = m_service.load();
    if (!before) {
        return before.error();
    }
    const QString full = textOf(*before);
    // The audit's "Undo: …" reasons and the banner use the full part, the buttons the short one.
    const QString text = full.section(QLatin1Char('\n'), 0, 0);
    if (auto st = action(); !st) {
        return st;
    }
    auto after = m_service.load();
    if (!after) {
        return after.error();
    }
    if (theatre::TheatreUndo::samePlan(*before, *after)) {
        return {};
    }
    // A redo of a postponement records the reason given for it, as the edit did.
    const QString redo = redoReason.isEmpty() ? tr("Redo: %1").arg(text) : redoReason;
    push(
        full, [this, b = *before, a = *after, redo] { return m_history.restorePlan(b, a, redo); },
        [this, b = *before, a = *after, text] {
            return m_history.restorePlan(a, b, tr("Undo: %1").arg(text));
        });
    return {};
}

Status PlanEditor::closeSessions(const QStringList& sessionIds, const QString& reason)
{
    return planEdit(tr("Close %1").arg(sessionIds.join(QStringLiteral(", "))),
                    [&] { return m_service.closeSessions(sessionIds, reason); });
}

Result<QStringList> PlanEditor::closeTheatre(const QString& theatre, const QDate& from, const QDate& to,
                                             const QString& reason)
{
    QStringList closed;
    const Status st = planEdit(tr("Close %1 from %2 to %3")
                                   .arg(theatre, QLocale().toString(from, QLocale::ShortFormat),
                                        QLocale().toString(to, QLocale::ShortFormat)),
                               [&]() -> Status {
                                   auto ids = m_service.closeTheatre(theatre, from, to, reason);
                                   if (!ids) {
                                       return ids.error();
                                   }
                                   closed = *ids;
                                   return {};
                               });
    if (!st) {
        return st.error();
    }
    return closed;
}

Status PlanEditor::reopenSession(const QString& sessionId)
{
    return planEdit(
        [&](const theatre::Schedule& before) {
            return tr("Reopen %1").arg(sessionName(before, sessionId)) + QLatin1Char('\n') +
                   tr("Reopen %1").arg(sessionId);
        },
        [&] { return m_service.reopenSessions({sessionId}); });
}

Status PlanEditor::moveCase(const QString& caseId, const QString& sessionId, const QString& reason)
{
    if (sessionId.isEmpty()) {
        return planEdit(
            tr("Postpone %1").arg(caseId), [&] { return m_service.moveCase(caseId, sessionId, reason); },
            reason);
    }
    return planEdit(
        [&](const theatre::Schedule& before) {
            return tr("Move %1 to %2").arg(caseId, sessionName(before, sessionId)) + QLatin1Char('\n') +
                   tr("Move %1").arg(caseId);
        },
        [&] { return m_service.moveCase(caseId, sessionId, reason); }, reason);
}

Status PlanEditor::placeCase(const QString& caseId, const QString& sessionId, int position, int start)
{
    return planEdit(
        [&](const theatre::Schedule& before) {
            return tr("Move %1 to %2").arg(caseId, sessionName(before, sessionId)) + QLatin1Char('\n') +
                   tr("Move %1").arg(caseId);
        },
        [&] { return m_service.placeCase(caseId, sessionId, position, start); });
}

Status PlanEditor::setLocked(const QString& caseId, bool locked)
{
    if (auto st = m_service.setLocked(caseId, locked); !st) {
        return st;
    }
    push(
        locked ? tr("Lock %1").arg(caseId) : tr("Unlock %1").arg(caseId),
        [this, caseId, locked] { return m_service.setLocked(caseId, locked); },
        [this, caseId, locked] { return m_service.setLocked(caseId, !locked); });
    return {};
}

Status PlanEditor::changePriority(const QString& caseId, int priority, const QString& reason)
{
    auto schedule = m_service.load();
    if (!schedule) {
        return schedule.error();
    }
    const theatre::ScheduleCase* k = schedule->findCase(caseId);
    const int old = k != nullptr ? k->priority : 0;
    if (auto st = m_service.changePriority(caseId, priority, reason); !st) {
        return st;
    }
    if (old == priority) {
        return {};
    }
    const QString text = tr("Priority of %1 to P%2").arg(caseId).arg(priority);
    push(
        text, [this, caseId, priority, reason] { return m_service.changePriority(caseId, priority, reason); },
        [this, caseId, old, text] {
            return m_service.changePriority(caseId, old, tr("Undo: %1").arg(text));
        });
    return {};
}

Status PlanEditor::saveSession(const theatre::ScheduleSession& session, bool create)
{
    std::optional<theatre::ScheduleSession> old;
    if (!create) {
        auto schedule = m_service.load();
        if (!schedule) {
            return schedule.error();
        }
        if (const auto* s = schedule->session(session.id)) {
            old = *s;
        }
    }
    if (auto st = m_service.saveSession(session, create); !st) {
        return st;
    }
    const QString text =
        create ? tr("New session %1").arg(session.id) : tr("Edit session %1").arg(session.id);
    Action undo = old ? Action([this, o = *old] { return m_service.saveSession(o, false); })
                      : Action([this, id = session.id, text] {
                            return m_history.removeSession(id, tr("Undo: %1").arg(text));
                        });
    push(
        text, [this, session, create] { return m_service.saveSession(session, create); }, std::move(undo));
    return {};
}

Status PlanEditor::saveCase(const theatre::ScheduleCase& k, bool create)
{
    std::optional<theatre::ScheduleCase> old;
    if (!create) {
        auto schedule = m_service.load();
        if (!schedule) {
            return schedule.error();
        }
        if (const auto* existing = schedule->findCase(k.id)) {
            old = *existing;
        }
    }
    if (auto st = m_service.saveCase(k, create); !st) {
        return st;
    }
    const QString text = create ? tr("New case %1").arg(k.id) : tr("Edit case %1").arg(k.id);
    Action undo =
        old ? Action([this, o = *old] { return m_service.saveCase(o, false); })
            : Action([this, id = k.id, text] { return m_history.removeCase(id, tr("Undo: %1").arg(text)); });
    push(
        text, [this, k, create] { return m_service.saveCase(k, create); }, std::move(undo));
    return {};
}

Status PlanEditor::applyProposal(const theatre::Proposal& proposal, const QStringList& caseIds,
                                 const QString& postponeReason)
{
    const QString text = caseIds.isEmpty() ? tr("Accept the proposal")
                                           : tr("Accept %n change(s) of the proposal", nullptr,
                                                static_cast<int>(caseIds.size()));
    return planEdit(text, [&] { return m_service.applyProposal(proposal, caseIds, postponeReason); });
}

} // namespace wp::gui
