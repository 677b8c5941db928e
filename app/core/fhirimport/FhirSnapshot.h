#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wp::fhirimport {

/// Where one imported item came from, kept with it as its provenance.
struct SourceRef
{
    QString file;          ///< path as given (file, or the NDJSON file inside a folder)
    int line = 0;          ///< NDJSON line, or the line where the resource starts in a Bundle
    QString resourceType;  ///< e.g. "AllergyIntolerance"
    QString resourceId;    ///< the resource's `id` (empty when it has none)
    QDateTime lastUpdated; ///< `meta.lastUpdated`, invalid when absent

    QJsonObject toJson() const;
    static SourceRef fromJson(const QJsonObject& o);
};

struct Identifier
{
    QString system;
    QString value;
};

struct Contact
{
    QString name;
    QString relationship; ///< text or first coding display
    QString telecom;      ///< "phone: 06…" joined with "; "
};

/// A Patient resource, read but not yet matched to this laptop's patients.
struct PatientRecord
{
    QString key; ///< the reference other resources use for it ("Patient/123" or its fullUrl)
    SourceRef source;
    QString ipp; ///< identifier whose system is the configured fhir.ipp_system
    QString ins; ///< identifier whose system is urn:oid:1.2.250.1.213.1.4.8 (INS-NIR)
    QList<Identifier> otherIdentifiers;
    QString birthName;  ///< official family name (upper-cased as on wristbands is the writer's job)
    QString usedName;   ///< usual family name when it differs from the official one
    QString firstNames; ///< given names, space-separated, the first the usual one
    QDate birthDate;
    QString sex;         ///< F, M or U (FHIR female/male/other/unknown)
    QStringList telecom; ///< "phone: 01 23…", "email: …"
    QList<Contact> contacts;
};

/// An Encounter in progress: where the patient is.
struct EncounterRecord
{
    QString patientKey;
    SourceRef source;
    QString wardCode; ///< from the Location's identifier value, else its name (may be empty)
    QString bed;      ///< from a Location of physicalType "bd" or the part after the last "/"
    QDateTime admittedAt;
    QString reason;
};

/// One clinical item for a patient. `kind` and the keys of `data` are fixed here because
/// the reader fills them and the writer stores them as record versions (kind prefixed
/// "hospital_"), which other laptops read from bundles:
/// - "allergy": text, criticality (low|high|unable-to-assess|""), reactions (string list),
///   noKnownAllergy (bool: a 716186003/409137002/429625007 code)
/// - "problem": text, onset (ISO date or "")
/// - "medication": drug, dose, route, frequency, dosageText, status ("active"|"on-hold"),
///   source ("MedicationStatement"|"MedicationRequest")
/// - "vital_sign": loinc, text, value (number), unit, — one per Observation or component;
///   the writer groups a patient's vital signs of the same time into one chart observation
/// - "result": loinc (or other code), text, value (number or string), unit, low, high
///   (reference range, numbers or ""), interpretation, category
/// - "alert": text (Flag)
/// - "procedure": text, date
/// - "immunization": text, date
/// - "code_status": text (limitation of treatment, from a Consent or a Flag)
struct ClinicalItem
{
    QString patientKey;
    QString kind;
    SourceRef source;
    QDateTime occurredAt; ///< effective/recorded/onset time; invalid when the resource has none
    QJsonObject data;
};

/// Everything read from the files of one import, before anything is written.
struct Snapshot
{
    /// The snapshot time: the Bundle's `timestamp`, else the newest `meta.lastUpdated`,
    /// else the newest file modification time.
    QDateTime takenAt;
    QString takenAtBasis; ///< "timestamp", "lastUpdated" or "file time"
    QStringList files;
    QList<PatientRecord> patients;
    QList<EncounterRecord> encounters;
    QList<ClinicalItem> items;
    /// Resources read but not taken, by resource type ("Coverage" → 12), and resources
    /// taken but skipped by status (e.g. "AllergyIntolerance (inactive)" → 2).
    QMap<QString, int> notImported;
};

} // namespace wp::fhirimport
