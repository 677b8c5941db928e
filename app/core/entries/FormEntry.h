#pragma once

#include "clinical/forms/FormDefinition.h"
#include "clinical/forms/FormValidation.h"
#include "records/RecordVersion.h"

namespace wp {

/// A saved form entry: its latest record version read with the definition it was
/// written with, and the computed fields (NEWS2, BMI…) evaluated from its values.
struct FormEntry
{
    RecordVersion record;
    const clinical::FormDefinition* form = nullptr;
    clinical::FormValidation validation;

    QJsonObject values() const { return record.data; }
};

} // namespace wp
