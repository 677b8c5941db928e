#pragma once

#include "patients/Patient.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

class DuplicateList;
class DuplicateWarningBox;
class IdentityForm;

/// Registers a patient: identity traits, identity status, IPP and INS, each checked as it
/// is typed (PatientIdentity::validate, with the INS key explained). Before anything is
/// written, patients born the same day with a matching name are listed with the reasons;
/// the nurse opens one of them or confirms that this is a new patient. Nothing is merged.
class PatientDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PatientDialog(Workspace& ws, QWidget* parent = nullptr);

    /// After acceptance: the patient registered, or nullopt when an existing one was chosen.
    std::optional<Patient> registeredPatient() const { return m_registered; }
    /// After acceptance: the existing patient the nurse opened instead.
    QString existingPatientId() const { return m_existingId; }
    /// The patient to open next, whichever way the dialog ended.
    QString chosenPatientId() const;

    /// The identity as typed.
    Patient patient() const;
    void setPatient(const Patient& p);
    QString messageFor(const QString& fieldId) const;
    bool duplicatesShown() const;
    int duplicateCount() const;

public slots:
    /// Validates, looks for duplicates, and registers when there are none (or once confirmed).
    bool tryRegister();
    void confirmNewPatient();
    void openSelectedDuplicate();

private:
    bool showIssues(bool all);
    bool register_();

    Workspace& m_ws;
    IdentityForm* m_form = nullptr;
    QLabel* m_general = nullptr;
    DuplicateWarningBox* m_duplicateBox = nullptr;
    DuplicateList* m_duplicates = nullptr;
    QPushButton* m_register = nullptr;
    std::optional<Patient> m_registered;
    QString m_existingId;
};

} // namespace wp::gui
