#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace wp::gui {

/// One edit of the plan on the page's undo stack (see PlanEditor). The edit goes
/// through the core service, which checks and audits it; an undo is itself a checked,
/// audited edit, and one that the plan no longer allows is reported, not forced.
class ScheduleEditCommand : public QUndoCommand
{
public:
    using Action = std::function<Status()>;
    /// `undone` says which way it went; `description` is the command's full text.
    using Report = std::function<void(const Status& result, bool undone, const QString& description)>;

    /// `text` may be "full\nshort" (QUndoCommand's text() and actionText()): the full part says
    /// what was undone, the short one names the Undo and Redo buttons. `done` is true when
    /// the edit was already applied (the first redo() then does nothing).
    ScheduleEditCommand(const QString& text, Action redoAction, Action undoAction, Report report, bool done);

    void redo() override;
    void undo() override;

private:
    Action m_redo;
    Action m_undo;
    Report m_report;
    bool m_skipRedo;
};

} // namespace wp::gui
