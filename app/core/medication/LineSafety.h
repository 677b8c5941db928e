#pragma once

#include "PrescribingFinding.h"
#include "records/RecordVersion.h"

#include <QList>

namespace wp::medication {

/// What was checked when a prescription line was written (its "prescription_check" record):
/// the formulary drug, the findings and the doctor's reason for prescribing anyway.
struct LineSafety
{
    RecordVersion record;
    QString prescriptionLine;
    int prescriptionVersion = 0;
    QString formularyCode;
    bool highRisk = false;
    QList<PrescribingFinding> findings; ///< those that needed an override (and were overridden)
    QString overrideReason;             ///< empty when nothing needed one
    QString overriddenBy;               ///< the doctor's login

    /// "Overridden by dr.martin: known tolerance (allergy; max-per-day)" or empty.
    QString overrideText() const;
};

} // namespace wp::medication
