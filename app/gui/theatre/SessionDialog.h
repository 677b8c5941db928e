#pragma once

#include "theatreplan/ScheduleSession.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace wp::gui {

/// Adds or edits a theatre session. Closing one goes through the white plan's
/// "Close…" actions, which ask for a reason.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(const theatre::ScheduleSession& session, bool create, const QStringList& theatres,
                  QWidget* parent = nullptr);

    theatre::ScheduleSession result() const;

private:
    theatre::ScheduleSession m_session;
    QLineEdit* m_id = nullptr;
    QComboBox* m_theatre = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QLineEdit* m_specialty = nullptr;
};

} // namespace wp::gui
