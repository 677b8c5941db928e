#include "ScheduleEditCommand.h"

namespace wp::gui {

ScheduleEditCommand::ScheduleEditCommand(const QString& text, Action redoAction, Action undoAction,
                                         Report report, bool done)
    : m_redo(std::move(redoAction)), m_undo(std::move(undoAction)), m_report(std::move(report)),
      m_skipRedo(done)
{
    setText(text);
}

void ScheduleEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_report(m_redo(), false, text());
}

void ScheduleEditCommand::undo()
{
    m_report(m_undo(), true, text());
}

} // namespace wp::gui
