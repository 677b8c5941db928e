#pragma once

#include "patients/Patient.h"

#include <QFrame>

class QLabel;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// Who a clinical dialog is about, at its top: name, birth date and age, sex, downtime
/// number, IPP, ward and bed, and the allergies (red when known, amber when nobody has
/// recorded them yet). Every dialog about a patient shows one, so that a dialog opened
/// over the chart never hides whose chart it is. objectName "patientIdentityBand".
class PatientIdentityBand : public QFrame
{
    Q_OBJECT

public:
    /// Reads the patient from the census; an unknown id shows the error instead.
    PatientIdentityBand(Workspace& ws, const QString& patientId, QWidget* parent = nullptr);
    /// A patient the caller already has (a movement, an identity being corrected).
    PatientIdentityBand(Workspace& ws, const Patient& patient, QWidget* parent = nullptr);

    QString patientId() const { return m_patientId; }
    /// The identity line as shown (name, birth date, number...).
    QString identityText() const;
    /// The allergy line as shown.
    QString allergyText() const;
    /// True when allergies are recorded and are not "none".
    bool hasAllergy() const { return m_allergic; }

public slots:
    /// Reads the patient again (after an identity correction or allergies recorded).
    void reload();
    void setPatient(const Patient& patient);

private:
    void build();

    Workspace& m_ws;
    QString m_patientId;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_allergies = nullptr;
    bool m_allergic = false;
};

} // namespace wp::gui
