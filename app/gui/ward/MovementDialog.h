#pragma once

#include "patients/Patient.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace wp {
class Workspace;
}

namespace wp::gui {

class PatientSearchWidget;

/// Admitting to a bed, moving, transferring out, discharging, recording a death: one
/// small dialog per movement, each calling PatientService (which keeps the event with
/// its time and user, and audits it). Errors stay in the dialog, under the fields.
class MovementDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Admit, Move, Transfer, Discharge, Death };

    /// `patient` is the occupant for every kind but Admit (who is chosen in the dialog);
    /// `wardCode`/`bed` are the bed to admit to.
    MovementDialog(Workspace& ws, Kind kind, std::optional<Patient> patient, const QString& wardCode,
                   const QString& bed, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The patient after the movement, once accepted.
    std::optional<Patient> result() const { return m_result; }
    QString message() const;
    PatientSearchWidget* search() const { return m_search; }

    void setTransfer(const QString& destination, const QString& samuNumber, const QString& transport);
    void setTime(const QDateTime& at);
    /// Selects the patient to admit (instead of searching).
    void setPatientToAdmit(const Patient& p);

public slots:
    /// Performs the movement; the dialog is accepted on success.
    bool apply();

private:
    void fillBeds();
    void registerNewPatient();

    Workspace& m_ws;
    Kind m_kind;
    std::optional<Patient> m_patient;
    QString m_wardCode;
    QString m_bed;
    std::optional<Patient> m_result;
    PatientSearchWidget* m_search = nullptr;
    QLabel* m_chosen = nullptr;
    QComboBox* m_ward = nullptr;
    QComboBox* m_bedChoice = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_destination = nullptr;
    QLineEdit* m_samu = nullptr;
    QComboBox* m_transport = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace wp::gui
