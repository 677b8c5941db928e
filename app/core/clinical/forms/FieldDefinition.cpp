#include "FieldDefinition.h"

namespace wp::clinical {

const ChoiceOption* FieldDefinition::option(const QString& value) const
{
    for (const auto& o : options) {
        if (o.value == value)
            return &o;
    }
    return nullptr;
}

} // namespace wp::clinical
