#include "ObservationValues.h"

#include <cmath>

namespace wp::clinical {

namespace {

std::optional<double> number(const QJsonValue& v)
{
    if (v.isDouble()) {
        return v.toDouble();
    }
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok) {
            return d;
        }
    }
    return std::nullopt;
}

std::optional<int> integer(const QJsonValue& v)
{
    const auto d = number(v);
    return d ? std::optional<int>(static_cast<int>(std::lround(*d))) : std::nullopt;
}

} // namespace

News2Input news2InputFromObservation(const QJsonObject& values)
{
    News2Input in;
    in.respirationRate = integer(values.value(QStringLiteral("resp_rate")));
    in.spo2 = integer(values.value(QStringLiteral("spo2")));
    in.spo2Scale = spo2ScaleFromCode(values.value(QStringLiteral("spo2_scale")).toVariant().toString())
                       .value_or(SpO2Scale::Scale1);
    in.oxygen = oxygenSupplyFromCode(values.value(QStringLiteral("oxygen")).toString());
    in.systolicBp = integer(values.value(QStringLiteral("systolic_bp")));
    in.pulse = integer(values.value(QStringLiteral("pulse")));
    in.consciousness = consciousnessFromCode(values.value(QStringLiteral("consciousness")).toString());
    in.temperature = number(values.value(QStringLiteral("temperature")));
    return in;
}

} // namespace wp::clinical
