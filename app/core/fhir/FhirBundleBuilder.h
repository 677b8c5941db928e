#pragma once

#include "BackEntryData.h"
#include "FhirBundle.h"
#include "OrderExport.h"
#include "TheatreChange.h"

#include <QJsonArray>

namespace wp::fhir {

/// Turns the downtime records into one FHIR R4 Bundle of type "transaction" (so that
/// the receiving system creates everything or nothing; patients with an IPP are created
/// only if that IPP is unknown there: ifNoneExist). Resources refer to each other
/// through urn:uuid full URLs derived from WhitePlan's record ids, so the same data
/// always gives the same bundle.
class FhirBundleBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FhirBundleBuilder)

public:
    explicit FhirBundleBuilder(QString ippSystem = systems::defaultIpp()) : m_ippSystem(std::move(ippSystem))
    {}

    /// `theatre`: operations moved or postponed during the downtime (AppointmentData), as Appointments.
    /// `orders`: laboratory and imaging orders with their results (OrderResourceBuilder).
    FhirBundle build(const QList<PatientRecords>& patients, const QDateTime& now,
                     const QList<TheatreChange>& theatre = {}, const OrderExport& orders = {});

    /// urn:uuid of the resource made from `recordId` (with `part` for several resources from one record).
    static QString fullUrl(const QString& recordId, const QString& part = {});

private:
    /// `patientId` empty: counted in theatreCounts.
    QString add(const QString& patientId, QJsonObject resource, const QString& fullUrl,
                const QString& ifNoneExist = {});
    void addPatient(const PatientRecords& pr);
    void addEncounters(const PatientRecords& pr);
    void addAllergies(const PatientRecords& pr);
    void addObservations(const PatientRecords& pr, const RecordVersion& v);
    void addNote(const PatientRecords& pr, const RecordVersion& v);
    void addMedication(const PatientRecords& pr, const RecordVersion& v);
    void addProvenance(const PatientRecords& pr, const RecordVersion& v, const QStringList& targets);

    QString m_ippSystem;
    QJsonArray m_entries;
    FhirBundle m_result;
};

} // namespace wp::fhir
