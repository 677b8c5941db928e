#pragma once

#include "patients/Patient.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

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
    void validateLive();
    bool showIssues(bool all);
    bool register_();

    Workspace& m_ws;
    QLineEdit* m_birthName = nullptr;
    QLineEdit* m_usedName = nullptr;
    QLineEdit* m_firstNames = nullptr;
    QDateEdit* m_birthDate = nullptr;
    QButtonGroup* m_sex = nullptr;
    QLineEdit* m_birthPlace = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_ipp = nullptr;
    QLineEdit* m_ins = nullptr;
    QHash<QString, QLabel*> m_messages;
    QSet<QString> m_touched;
    QLabel* m_general = nullptr;
    QGroupBox* m_duplicateBox = nullptr;
    QListWidget* m_duplicates = nullptr;
    QStringList m_duplicateIds;
    QPushButton* m_register = nullptr;
    std::optional<Patient> m_registered;
    QString m_existingId;
};

} // namespace wp::gui
