#include "VisibilityCondition.h"

namespace wp::clinical {

bool VisibilityCondition::holds(const QJsonObject& formValues) const
{
    const QJsonValue current = formValues.value(field);
    if (current.isArray()) {
        for (const auto& selected : current.toArray()) {
            if (values.contains(selected))
                return true;
        }
        return false;
    }
    if (current.isUndefined() || current.isNull())
        return false;
    return values.contains(current);
}

} // namespace wp::clinical
