#pragma once

#include "FhirSnapshot.h"
#include "patients/PatientService.h"

#include <QHash>

namespace wp::fhirimport {

/// How a patient of the hospital record was found among this laptop's patients.
struct PatientMatch
{
    enum class How { None, Ipp, Ins, Identifier, Likely };
    How how = How::None;
    Patient patient;
    QString description; ///< for a likely match: why (names, birth date)

    /// The word stored in the provenance ("ipp", "ins", "identifier", "likely").
    static QString code(How how);
};

/// Finds the patient a hospital record describes: by IPP, then INS, then any identical
/// identifier (same system and value) stored by an earlier import, then the duplicate rule
/// (names and birth date), which is only ever a likely match for a human to confirm. A patient
/// with no identifier at all is found again by the Patient resource an earlier import took
/// them from, when the birth date and birth name agree too (resource ids repeat between systems).
class PatientMatcher
{
    Q_DECLARE_TR_FUNCTIONS(PatientMatcher)

public:
    explicit PatientMatcher(Workspace& ws) : m_ws(ws), m_patients(ws) {}

    /// Reads the identifiers stored by earlier imports (records "hospital_identifiers").
    Status load();
    Result<PatientMatch> match(const PatientRecord& record);
    /// Makes `record`'s identifiers find `patientId` from now on (later records of the same import).
    void remember(const PatientRecord& record, const QString& patientId);

    /// The keys an identifier is found by; IPP and INS count as identifiers of their own system.
    static QStringList identifierKeys(const PatientRecord& record);
    static QStringList identifierKeys(const QJsonObject& storedIdentifiers);

private:
    Result<std::optional<Patient>> findByIns(const QString& ins);
    Workspace& m_ws;
    PatientService m_patients;
    QHash<QString, QString> m_byIdentifier; // "system\nvalue" -> patient id
    QHash<QString, QString> m_byResource;   // "Patient/id" of an earlier import -> patient id
};

} // namespace wp::fhirimport
