#pragma once

#include "FormDefinition.h"
#include "clinical/News2Input.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace wp::clinical {

/// The built-in computations a `computed` field may name. Each has named input roles that
/// the definition maps to its own field ids (`"inputs": {"weight": "weight_kg"}`).
///
/// - `news2`: roles resp_rate, spo2, spo2_scale, oxygen, systolic_bp, pulse, consciousness,
///   temperature (default: fields of the same ids). Value: an object
///   `{"total": n|null, "risk": "low"..., "colour": "#RRGGBB", "monitoring": "hourly"|null,
///   "scores": {"resp_rate": n|null, ...}}`.
/// - `bmi`: roles weight (kg) and height (cm), default ids `weight`, `height`. Value: kg/m2
///   with one decimal, or null.
/// - `fluid_balance`: roles intake and output, each a list of fields (no default). Value:
///   sum of intake minus sum of output (missing values count as 0), null when all are empty.
class FormComputation
{
public:
    struct Role
    {
        QString name;
        bool list = false;    ///< takes several fields
        QString defaultField; ///< used when the definition does not map the role
        bool numeric = true;  ///< mapped fields must be integer or decimal
    };

    static QStringList names();
    static bool isKnown(const QString& name);
    static QList<Role> roles(const QString& name);
    /// The NEWS2 input read from form values through a computed field's input mapping
    /// (missing or unreadable values are nullopt; no scale means scale 1).
    static News2Input news2Input(const FieldDefinition& field, const FormValues& values);
    /// Same with the default ids (`resp_rate`, `spo2`...), e.g. for saved observation records.
    static News2Input news2Input(const FormValues& values);
    /// Evaluates a computed field over the current form values.
    static QJsonValue evaluate(const FieldDefinition& field, const FormValues& values);
    /// A number from a JSON number or a numeric string as NumberText::decimal() reads it.
    static std::optional<double> number(const QJsonValue& v);
};

} // namespace wp::clinical
