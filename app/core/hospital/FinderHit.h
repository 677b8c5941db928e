#pragma once

#include "DeviceFreshnessIndex.h"
#include "patients/Patient.h"

namespace wp::hospital {

/// A patient found by the hospital-wide finder: who, where now, and how sure we are of it.
struct FinderHit
{
    Patient patient;
    /// "MED bed 12", "transferred to CHU de Rennes (SAMU 35-1234)", "discharged"…
    QString whereNow;
    /// The laptop that recorded where the patient is (their latest movement, else the registration).
    QString device;
    QDateTime recordedAt; ///< when that laptop recorded it
    /// The newest record held from that laptop: nothing newer from it has reached this one.
    QDateTime dataAsOf;
    FreshnessLevel freshness = FreshnessLevel::Unknown;
};

} // namespace wp::hospital
