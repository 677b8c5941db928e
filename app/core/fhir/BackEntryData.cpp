#include "BackEntryData.h"

#include "fhirimport/FhirImporter.h"
#include "patients/PatientService.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace wp::fhir {

Result<QList<PatientRecords>> BackEntryData::load(Workspace& ws)
{
    auto& db = ws.db();
    // The current version of each record: highest version, then the last writer (as the exchange decides).
    auto stmt = db.prepare(QStringLiteral(
        "SELECT version_id, record_id, kind, patient_id, version, previous_version_id, data, "
        "entered_in_error, "
        "reason, occurred_at, created_at, created_by, device FROM ("
        " SELECT *, row_number() OVER (PARTITION BY record_id ORDER BY version DESC, created_at DESC, device "
        "DESC, "
        " version_id DESC) AS rank FROM record_version) WHERE rank = 1 AND patient_id IS NOT NULL "
        "ORDER BY patient_id, occurred_at, created_at, version_id"));
    if (!stmt) {
        return stmt.error();
    }
    QHash<QString, PatientRecords> byPatient;
    // The hospital record imported before the attack is already in the hospital's systems:
    // its records (kinds "hospital_*") and the chart observations made from it are no
    // downtime data to enter back.
    QSet<QString> importedObservations;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        RecordVersion v;
        v.versionId = stmt->text(0);
        v.recordId = stmt->text(1);
        v.kind = stmt->text(2);
        v.patientId = stmt->text(3);
        v.version = stmt->integer(4);
        v.previousVersionId = stmt->text(5);
        v.data = QJsonDocument::fromJson(stmt->text(6).toUtf8()).object();
        v.enteredInError = stmt->integer(7) != 0;
        v.reason = stmt->text(8);
        v.occurredAt = stmt->isNull(9) ? QDateTime() : fromStorageTime(stmt->text(9));
        v.createdAt = fromStorageTime(stmt->text(10));
        v.createdBy = stmt->text(11);
        v.device = stmt->text(12);
        if (fhirimport::FhirImporter::isHospitalKind(v.kind)) {
            if (v.kind == fhirimport::FhirImporter::vitalSignsKind()) {
                importedObservations.insert(v.data.value(QStringLiteral("observationRecordId")).toString());
            }
            continue;
        }
        PatientRecords& pr = byPatient[v.patientId];
        if (v.kind == QLatin1String("patient")) {
            pr.identity = v;
        } else if (v.enteredInError) {
            continue;
        } else if (v.kind == QLatin1String("movement")) {
            pr.movements << v;
        } else {
            pr.records << v;
        }
    }
    auto links = db.prepare(QStringLiteral("SELECT patient_id, other_id FROM exchange_conflict WHERE kind = "
                                           "'duplicate_patient' AND resolution = 'merged' ORDER BY id"));
    if (!links) {
        return links.error();
    }
    while (true) {
        auto row = links->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        // The later registration (patient_id) is merged into the earlier one (other_id).
        byPatient[links->text(0)].replacedBy = links->text(1);
        byPatient[links->text(1)].replaces << links->text(0);
    }
    auto ids = db.prepare(QStringLiteral("SELECT id FROM patient ORDER BY downtime_number"));
    if (!ids) {
        return ids.error();
    }
    QList<PatientRecords> result;
    PatientService patients(ws);
    while (true) {
        auto row = ids->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        auto p = patients.find(ids->text(0));
        if (!p) {
            return p.error();
        }
        PatientRecords pr = byPatient.value(p->id);
        pr.patient = *p;
        pr.records.removeIf(
            [&](const RecordVersion& v) { return importedObservations.contains(v.recordId); });
        result << pr;
    }
    return result;
}

} // namespace wp::fhir
