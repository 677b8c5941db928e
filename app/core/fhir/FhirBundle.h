#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace wp::fhir {

/// Identifier systems and codes WhitePlan uses in its FHIR export (see
/// docs/user-guide-recovery.md, "FHIR choices").
namespace systems {
inline QString downtimeNumber()
{
    return QStringLiteral("urn:whiteplan:downtime-number");
}
inline QString defaultIpp()
{
    return QStringLiteral("urn:whiteplan:ipp");
}
inline QString insNir()
{
    return QStringLiteral("urn:oid:1.2.250.1.213.1.4.8");
}
inline QString samuRegulation()
{
    return QStringLiteral("urn:whiteplan:samu-regulation-number");
}
inline QString tag()
{
    return QStringLiteral("urn:whiteplan:fhir:tag");
}
inline QString loinc()
{
    return QStringLiteral("http://loinc.org");
}
inline QString snomed()
{
    return QStringLiteral("http://snomed.info/sct");
}
inline QString ucum()
{
    return QStringLiteral("http://unitsofmeasure.org");
}
} // namespace systems

/// What the FHIR export produced: the Bundle and, per patient, how many resources of
/// each type it holds for them (the reconciliation checklist prints the same counts).
/// Resources about no registered patient (operations of patients known to the theatre
/// schedule only) are counted in theatreCounts.
struct FhirBundle
{
    QJsonObject bundle;
    QMap<QString, QMap<QString, int>> countsByPatient; // patient id → resourceType → count
    QMap<QString, int> theatreCounts;                  // resourceType → count, no registered patient
    QMap<QString, int> totals;                         // resourceType → count
};

} // namespace wp::fhir
