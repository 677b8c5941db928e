#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wp::clinical {

/// `visible_if`: a field is shown only when another field equals one of some values.
/// For a multichoice controller, any selected option among the values is enough.
struct VisibilityCondition
{
    QString field;
    QJsonArray values; ///< one value for `equals`, several for `in`

    /// Whether the condition holds for `values` (the controller's own visibility is
    /// handled by FormDefinition::isVisible).
    bool holds(const QJsonObject& formValues) const;
    bool operator==(const VisibilityCondition&) const = default;
};

} // namespace wp::clinical
