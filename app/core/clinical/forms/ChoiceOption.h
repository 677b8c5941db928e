#pragma once

#include "LocalisedText.h"

namespace wp::clinical {

/// One option of a choice or multichoice field: a stable stored value and its label.
struct ChoiceOption
{
    QString value;
    LocalisedText label;
    bool operator==(const ChoiceOption&) const = default;
};

} // namespace wp::clinical
