#pragma once

#include "patients/Patient.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

class DuplicateList;
class DuplicateWarningBox;
class IdentityForm;

/// Corrects a registered patient's identity (misspelt name, IPP or INS once known, birth
/// date, sex, identity status) with the registration form's checks and a required reason.
/// Earlier versions are listed struck through: nothing is overwritten. When the corrected
/// identity looks like another registered patient, the nurse sees them before anything is
/// saved and confirms that it is a different person.
class IdentityEditDialog : public QDialog
{
    Q_OBJECT

public:
    IdentityEditDialog(Workspace& ws, const QString& patientId, QWidget* parent = nullptr);

    IdentityForm* form() const { return m_form; }
    void setReason(const QString& reason);
    /// After acceptance: the identity as saved.
    std::optional<Patient> savedPatient() const { return m_saved; }
    /// The message shown under the form (errors from the checks or the service).
    QString message() const;
    /// The earlier versions as shown (rich text, struck through).
    QString historyText() const;
    bool duplicatesShown() const;
    int duplicateCount() const;

public slots:
    /// Validates, looks for look-alike patients, and saves when there are none (or once confirmed).
    bool trySave();
    /// Saves although look-alike patients were shown: the nurse says it is a different person.
    bool confirmDifferentPerson();

private:
    void loadHistory();
    bool save();

    Workspace& m_ws;
    QString m_patientId;
    IdentityForm* m_form = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_history = nullptr;
    QLabel* m_general = nullptr;
    DuplicateWarningBox* m_duplicateBox = nullptr;
    DuplicateList* m_duplicates = nullptr;
    QPushButton* m_save = nullptr;
    std::optional<Patient> m_saved;
};

} // namespace wp::gui
