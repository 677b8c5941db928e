#pragma once

#include "patients/Patient.h"
#include "records/RecordVersion.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp::fhir {

/// Everything one patient has on this laptop, as the back-entry exports need it.
struct PatientRecords
{
    Patient patient;
    RecordVersion identity;         // current identity version
    QList<RecordVersion> movements; // current versions, not entered in error, in event order
    QList<RecordVersion> records;   // every other kind, current versions, in event order
    QStringList replaces;           // patients confirmed as duplicates of this one (merged into it)
    QString replacedBy;             // set when this patient was merged into another
};

/// Loads every patient with the current version of each of their records. Entered-in-
/// error records are left out: they are not to be entered in the hospital's systems.
class BackEntryData
{
public:
    static Result<QList<PatientRecords>> load(Workspace& ws);
};

} // namespace wp::fhir
