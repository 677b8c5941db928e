#pragma once

#include "FhirSnapshot.h"

#include <QJsonObject>

namespace wp::fhirimport {

/// Turns the vital-sign items of one patient and one time into the values of the observation
/// form (resources/forms/observation.json), by LOINC code. Integers are rounded, temperatures
/// kept to the form's one decimal (°F converted); codes the chart has no field for are left out.
class VitalSigns
{
public:
    /// The observation form's field for a LOINC code, or empty.
    static QString fieldFor(const QString& loinc);
    static QJsonObject chartValues(const QList<const ClinicalItem*>& items);
};

} // namespace wp::fhirimport
