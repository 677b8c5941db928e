#pragma once

#include "entries/FormEntry.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class FormEntryPanel;
class PatientIdentityBand;

/// Records one dose of a prescription line (given, held or refused). The patient's identity
/// band and allergies on top, then the line in words (drug, dose, route, the dose's due
/// time), read-only: the nurse chooses what happened, never which line, and never sees the
/// line's record id.
class DoseDialog : public QDialog
{
    Q_OBJECT

public:
    /// `due` is the dose this administration is for; invalid for an "as needed" dose.
    DoseDialog(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
               const FormEntry& line, const QDateTime& due, QWidget* parent = nullptr);

    FormEntryPanel* panel() const { return m_panel; }
    PatientIdentityBand* band() const { return m_band; }
    /// The prescription as shown: "Paracétamol · 1000 mg · Oral · due 28/11 22:00".
    QString prescriptionText() const;

    /// For a high-risk drug: the second nurse's login and password, and the button that records
    /// the dose with their check (the form's own Save is hidden). Nullptr otherwise.
    QLineEdit* secondLogin() const { return m_secondLogin; }
    QLineEdit* secondPassword() const { return m_secondPassword; }
    QPushButton* checkedSaveButton() const { return m_checkedSave; }
    /// Records the dose with the second nurse's check; false (said in the dialog) when refused.
    bool saveWithSecondCheck();
    QString secondCheckMessage() const;

    /// "1000 mg" for a line's values, with the unit's label.
    static QString doseText(const FormEntry& line);

private:
    FormEntryPanel* m_panel = nullptr;
    PatientIdentityBand* m_band = nullptr;
    QLabel* m_drug = nullptr;
    QLabel* m_dose = nullptr;
    QLabel* m_route = nullptr;
    QLabel* m_due = nullptr;
    Workspace* m_ws = nullptr;
    FormEntryService* m_entries = nullptr;
    QString m_patientId;
    QLineEdit* m_secondLogin = nullptr;
    QLineEdit* m_secondPassword = nullptr;
    QPushButton* m_checkedSave = nullptr;
    QLabel* m_secondMessage = nullptr;
};

} // namespace wp::gui
