#pragma once

#include "records/RecordVersion.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace wp::fhirimport {

/// One kind of a patient's imported hospital record ("allergy", "result"…), newest snapshot first.
struct HospitalRecordGroup
{
    QString kind;         ///< without the "hospital_" prefix
    QDateTime snapshotAt; ///< newest snapshot time among the group's records (provenance)
    QList<RecordVersion> records;
};

/// Reads, for the chart, the latest versions of a patient's hospital_* records grouped by
/// kind, each group with its snapshot time, so the nurse sees how old what she reads is.
class HospitalRecordService
{
    Q_DECLARE_TR_FUNCTIONS(HospitalRecordService)

public:
    explicit HospitalRecordService(Workspace& ws) : m_ws(ws) {}

    /// The kinds shown, in chart order.
    static QStringList kinds();
    /// Groups with at least one record, in kinds() order; entered-in-error records left out.
    Result<QList<HospitalRecordGroup>> groups(const QString& patientId);
    /// The patient's chart observations that came from the hospital record (their companion
    /// record of kind FhirImporter::vitalSignsKind()): observation record id -> snapshot time.
    Result<QHash<QString, QDateTime>> importedObservations(const QString& patientId);
    /// "Hospital record as of 03/12 06:00 (3 days old)", the age against the workspace clock.
    QString asOfHeading(const QDateTime& snapshotAt) const;
    /// One line describing an imported item (value, unit and range for a result).
    static QString describe(const QString& kind, const QJsonObject& data);
    /// Title of a kind ("Allergies").
    static QString title(const QString& kind);

private:
    Workspace& m_ws;
};

} // namespace wp::fhirimport
