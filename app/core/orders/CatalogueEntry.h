#pragma once

#include "clinical/Sex.h"
#include "clinical/forms/LocalisedText.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wp::orders {

/// How urgent an order is; each has its own expected turnaround.
enum class Priority { Routine, Urgent, Stat };

/// Expected time from order to result, in minutes, per priority.
struct Turnaround
{
    int routineMinutes = 0;
    int urgentMinutes = 0;
    int statMinutes = 0;
    int minutes(Priority p) const;
    bool operator==(const Turnaround&) const = default;
};

/// A reference range that applies to one sex (or both) and an age band, in the test's unit.
struct ReferenceRange
{
    std::optional<double> low;
    std::optional<double> high;
    std::optional<clinical::Sex> sex; ///< empty: both
    int minAgeYears = 0;              ///< inclusive
    int maxAgeYears = 150;            ///< inclusive
    bool operator==(const ReferenceRange&) const = default;
};

/// What a result of a test looks like.
enum class ValueType {
    Numeric, ///< a number in `unit`
    Coded,   ///< one of `choices` (positive / negative, a blood group…)
    Text,    ///< free text (a culture's organism, a comment-only test)
};

/// One laboratory test of the catalogue (a LOINC code).
struct LabTest
{
    QString code; ///< LOINC, e.g. "2823-3"
    clinical::LocalisedText name;
    QString specimen; ///< "blood", "arterial blood", "urine"…
    QString tube;     ///< tube code, see Tube (e.g. "lithium-heparin")
    ValueType type = ValueType::Numeric;
    QString unit;     ///< UCUM-like unit as printed, e.g. "mmol/L" (numeric only)
    int decimals = 1; ///< how many decimals are shown and accepted
    /// Values outside are physically impossible (a potassium of 45): refused, not flagged.
    std::optional<double> possibleLow;
    std::optional<double> possibleHigh;
    QList<ReferenceRange> ranges;
    std::optional<double> criticalLow;
    std::optional<double> criticalHigh;
    QStringList choices;        ///< coded values, e.g. "positive", "negative"
    QStringList criticalValues; ///< coded values that are critical, e.g. "positive"
    Turnaround turnaround;
    bool nurseProtocol = false; ///< a nurse may order it under a protocol
};

/// A tube (or bottle) type, for labels: lithium heparin green, EDTA lavender…
struct Tube
{
    QString code; ///< "lithium-heparin", "edta", "citrate", "fluoride", "serum", "blood-culture", "blood-gas"
    clinical::LocalisedText name;
    QString colour; ///< "#2e7d32": printed as a swatch on the tube label
};

/// A named group of tests ordered together (ionogramme, NFS…).
struct Panel
{
    QString code; ///< catalogue's own code, e.g. "iono"; or a LOINC panel code
    clinical::LocalisedText name;
    QStringList tests; ///< LabTest codes, in display order
    bool nurseProtocol = false;
};

/// An imaging exam: modality and region; its result is a report text.
struct ImagingExam
{
    QString code; ///< catalogue's own code, e.g. "xr-chest"
    clinical::LocalisedText name;
    QString modality; ///< DICOM modality code: "DX", "CT", "US", "MR"
    QString region;   ///< "chest", "head", "abdomen"…
    Turnaround turnaround;
    bool nurseProtocol = false;
};

/// Where a numeric result falls, from the catalogue's ranges and critical limits.
enum class ResultFlag { Normal, Low, High, CriticalLow, CriticalHigh, Abnormal, Critical, None };

} // namespace wp::orders
