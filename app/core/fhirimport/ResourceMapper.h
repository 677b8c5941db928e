#pragma once

#include "FhirSnapshot.h"
#include "JsonFields.h"
#include "ReferenceIndex.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace wp::fhirimport {

/// Turns FHIR R4 resources, one at a time, into the Snapshot's patients, encounters and items
/// (see FhirSnapshot.h for the kinds and their keys). References between resources are kept
/// pending and resolved by finish(), once every file has been read, so files may come in any
/// order; only small pending records are kept, never the resources themselves.
class ResourceMapper
{
    Q_DECLARE_TR_FUNCTIONS(ResourceMapper)

public:
    explicit ResourceMapper(QString ippSystem) : m_ippSystem(std::move(ippSystem)) {}

    /// Maps one resource found at `path` ("entry[3].resource", or "" for a whole file or an
    /// NDJSON line). `fullUrl` is the Bundle entry's, or empty.
    Status map(const QJsonObject& resource, const Where& where, const QString& path, const QString& fullUrl);

    /// Resolves the references (patients, medications, locations). Fails on the first patient
    /// reference that resolves to nothing, with its file, line and path.
    Status finish();

    Snapshot& snapshot() { return m_snapshot; }
    /// The newest `meta.lastUpdated` seen (invalid when none had one).
    QDateTime newestLastUpdated() const { return m_newestLastUpdated; }

    /// True when a Flag's code says limitation of treatment / do not resuscitate / code status.
    static bool isCodeStatus(const QString& text, const QJsonObject& code);

private:
    struct Pending
    {
        int index = 0; ///< in snapshot items (or encounters)
        QString reference;
        QString file;
        int line = 0; ///< NDJSON line; 0 for a Bundle (the line is found in the file on error)
        int resourceLine = 0;
        QString path;
    };
    /// A clinical item's patient reference, kept small (there may be millions): the reference is
    /// the item's patientKey until resolved, file and line are its source's.
    struct PendingItem
    {
        int index = 0;
        bool inBundle = false;
        QString path; ///< interned: the same few paths for every NDJSON line
    };
    struct LocationInfo
    {
        QString code;
        QString name;
        bool bed = false;
        QString partOf;
    };
    struct EncounterLocation
    {
        int encounter = 0;
        QString reference;
        QString display;
    };

    void mapPatient(JsonFields& f, const QJsonObject& r, const QString& path, const QString& fullUrl,
                    const SourceRef& src);
    void mapEncounter(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src);
    void mapLocation(JsonFields& f, const QJsonObject& r, const QString& path, const QString& fullUrl);
    void mapMedication(JsonFields& f, const QJsonObject& r, const QString& path, const QString& fullUrl);
    void mapAllergy(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src);
    void mapCondition(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src);
    void mapMedicationUse(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src);
    void mapObservation(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src);
    void mapFlag(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src);
    void mapConsent(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src);
    void mapHistory(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src,
                    const QString& kind);

    /// Adds an item for the patient that `r[key]` refers to; counts it as not imported when the
    /// resource names no Patient. Returns the item's index, or -1.
    int addItem(JsonFields& f, const QJsonObject& r, const QString& key, const QString& path,
                ClinicalItem item);
    void skip(const QString& what) { ++m_snapshot.notImported[what]; }

    /// text, else the first coding's display, else its code.
    static QString conceptText(JsonFields& f, const QJsonObject& cc, const QString& path);
    static bool hasCode(const QJsonObject& cc, const QString& code);
    static QString firstCode(const QJsonObject& cc);
    /// A reference's `reference` string at r[key] (empty when absent).
    static QString referenceOf(JsonFields& f, const QJsonObject& r, const QString& key, const QString& path);
    QString drugName(JsonFields& f, const QJsonObject& medication, const QString& path);
    static QJsonObject dosageData(JsonFields& f, const QJsonArray& dosages, const QString& path);
    /// Line of a pending reference: its NDJSON line, or found again in the Bundle's file.
    static int lineOf(const Pending& p);

    QString m_ippSystem;
    Snapshot m_snapshot;
    QDateTime m_newestLastUpdated;
    ReferenceIndex<QString> m_patients{QStringLiteral("Patient")};
    ReferenceIndex<QString> m_medications{QStringLiteral("Medication")};
    ReferenceIndex<LocationInfo> m_locations{QStringLiteral("Location")};
    /// One shared copy of strings repeated on every resource (types, paths).
    const QString& intern(const QString& s);

    QHash<QString, QString> m_strings;
    QList<PendingItem> m_itemPatients;
    QList<Pending> m_encounterPatients;
    QList<Pending> m_itemMedications;
    QList<EncounterLocation> m_encounterLocations;
};

} // namespace wp::fhirimport
