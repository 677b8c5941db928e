#pragma once

#include "theatreplan/ScheduleCase.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace wp::gui {

/// Adds or edits a case by hand (when no file is available, or to fix one). The priority
/// of an existing case changes through "Priority…", which asks for a reason.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDialog(const theatre::ScheduleCase& k, bool create, const QStringList& surgeons,
               const QStringList& specialties, QWidget* parent = nullptr);

    theatre::ScheduleCase result() const;

private:
    theatre::ScheduleCase m_case;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_patient = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_surgeon = nullptr;
    QComboBox* m_specialty = nullptr;
    QLineEdit* m_procedure = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_priority = nullptr;
    QDateEdit* m_listed = nullptr;
    QCheckBox* m_hasEarliest = nullptr;
    QDateEdit* m_earliest = nullptr;
    QCheckBox* m_hasDeadline = nullptr;
    QDateEdit* m_deadline = nullptr;
};

} // namespace wp::gui
