#pragma once

#include "FhirImportReport.h"
#include "FhirSnapshot.h"
#include "clinical/forms/FormRegistry.h"
#include "workspace/Workspace.h"

namespace wp::fhirimport {

/// Writes a Snapshot of the hospital record on this laptop, all or nothing in one
/// transaction: patients matched (PatientMatcher) or registered with a downtime number,
/// new patients admitted to their Encounter's ward, every clinical item a record version of
/// kind "hospital_<kind>" with its provenance, vital signs as chart observations (with a
/// companion "hospital_vital_signs" record marking them as imported). Importing the same
/// data again writes nothing: an item is known by its resource (type, id, lastUpdated) and data.
class FhirImporter
{
    Q_DECLARE_TR_FUNCTIONS(FhirImporter)

public:
    FhirImporter(Workspace& ws, const clinical::FormRegistry& forms) : m_ws(ws), m_forms(forms) {}

    Result<FhirImportReport> importSnapshot(const Snapshot& snapshot, const FhirImportOptions& options);

    /// Prefix of the record kinds this import writes; the back-entry export leaves them out.
    static QString kindPrefix() { return QStringLiteral("hospital_"); }
    /// The companion record of an imported chart observation (data "observationRecordId").
    static QString vitalSignsKind() { return QStringLiteral("hospital_vital_signs"); }
    /// Whether a record of `kind` came from the hospital record (not to be re-exported).
    static bool isHospitalKind(const QString& kind) { return kind.startsWith(kindPrefix()); }

private:
    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
};

} // namespace wp::fhirimport
