#include "FormComputation.h"

#include "clinical/News2.h"
#include "foundation/NumberText.h"

#include <QJsonArray>

#include <cmath>

namespace wp::clinical {

namespace {

const QString News2Name = QStringLiteral("news2");
const QString BmiName = QStringLiteral("bmi");
const QString FluidBalanceName = QStringLiteral("fluid_balance");

QJsonValue inputValue(const FieldDefinition& f, const FormValues& values, const QString& role)
{
    const QStringList ids = f.inputs.value(role);
    return ids.isEmpty() ? QJsonValue() : values.value(ids.first());
}

std::optional<int> integer(const QJsonValue& v)
{
    const auto d = FormComputation::number(v);
    if (!d)
        return std::nullopt;
    return static_cast<int>(std::lround(*d));
}

QJsonValue orNull(std::optional<int> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue news2(const FieldDefinition& f, const FormValues& values)
{
    const News2Result r = News2::score(FormComputation::news2Input(f, values));
    QJsonObject scores;
    for (int i = 0; i < News2ParameterCount; ++i)
        scores.insert(code(static_cast<News2Parameter>(i)), orNull(r.scores[static_cast<std::size_t>(i)]));
    const auto monitoring = News2::monitoring(r);
    return QJsonObject{
        {QStringLiteral("total"), orNull(r.total)},
        {QStringLiteral("risk"), code(r.risk)},
        {QStringLiteral("colour"), News2::colourHex(r.risk)},
        {QStringLiteral("monitoring"),
         monitoring ? QJsonValue(code(*monitoring)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("scores"), scores},
    };
}

QJsonValue bmi(const FieldDefinition& f, const FormValues& values)
{
    const auto weight = FormComputation::number(inputValue(f, values, QStringLiteral("weight")));
    const auto height = FormComputation::number(inputValue(f, values, QStringLiteral("height")));
    if (!weight || !height || *weight <= 0 || *height <= 0)
        return QJsonValue(QJsonValue::Null);
    const double metres = *height / 100.0;
    return std::round(*weight / (metres * metres) * 10.0) / 10.0;
}

QJsonValue fluidBalance(const FieldDefinition& f, const FormValues& values)
{
    double balance = 0;
    bool any = false;
    for (const auto& [role, sign] :
         {std::pair{QStringLiteral("intake"), 1.0}, std::pair{QStringLiteral("output"), -1.0}}) {
        for (const QString& id : f.inputs.value(role)) {
            if (const auto v = FormComputation::number(values.value(id))) {
                balance += sign * *v;
                any = true;
            }
        }
    }
    return any ? QJsonValue(balance) : QJsonValue(QJsonValue::Null);
}

} // namespace

News2Input FormComputation::news2Input(const FieldDefinition& f, const FormValues& values)
{
    News2Input in;
    in.respirationRate = integer(inputValue(f, values, QStringLiteral("resp_rate")));
    in.spo2 = integer(inputValue(f, values, QStringLiteral("spo2")));
    in.spo2Scale =
        spo2ScaleFromCode(inputValue(f, values, QStringLiteral("spo2_scale")).toVariant().toString())
            .value_or(SpO2Scale::Scale1);
    in.oxygen = oxygenSupplyFromCode(inputValue(f, values, QStringLiteral("oxygen")).toString());
    in.systolicBp = integer(inputValue(f, values, QStringLiteral("systolic_bp")));
    in.pulse = integer(inputValue(f, values, QStringLiteral("pulse")));
    in.consciousness =
        consciousnessFromCode(inputValue(f, values, QStringLiteral("consciousness")).toString());
    in.temperature = FormComputation::number(inputValue(f, values, QStringLiteral("temperature")));

    return in;
}

News2Input FormComputation::news2Input(const FormValues& values)
{
    FieldDefinition f;
    f.type = FieldType::Computed;
    f.computation = News2Name;
    for (const auto& role : roles(News2Name))
        f.inputs.insert(role.name, {role.defaultField});
    return news2Input(f, values);
}

QStringList FormComputation::names()
{
    return {News2Name, BmiName, FluidBalanceName};
}

bool FormComputation::isKnown(const QString& name)
{
    return names().contains(name);
}

QList<FormComputation::Role> FormComputation::roles(const QString& name)
{
    if (name == News2Name) {
        QList<Role> out;
        for (const char* r : {"resp_rate", "spo2", "spo2_scale", "oxygen", "systolic_bp", "pulse",
                              "consciousness", "temperature"}) {
            const QString role = QLatin1String(r);
            const bool numeric = role != QLatin1String("spo2_scale") && role != QLatin1String("oxygen") &&
                                 role != QLatin1String("consciousness");
            out.append({role, false, role, numeric});
        }
        return out;
    }
    if (name == BmiName)
        return {{QStringLiteral("weight"), false, QStringLiteral("weight"), true},
                {QStringLiteral("height"), false, QStringLiteral("height"), true}};
    if (name == FluidBalanceName)
        return {{QStringLiteral("intake"), true, QString(), true},
                {QStringLiteral("output"), true, QString(), true}};
    return {};
}

QJsonValue FormComputation::evaluate(const FieldDefinition& field, const FormValues& values)
{
    if (field.computation == News2Name)
        return news2(field, values);
    if (field.computation == BmiName)
        return bmi(field, values);
    if (field.computation == FluidBalanceName)
        return fluidBalance(field, values);
    return QJsonValue(QJsonValue::Null);
}

std::optional<double> FormComputation::number(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        // The validator's parser, so that a value is computed only as it was accepted (trimmed:
        // records saved before the validator refused spaces may hold " 5").
        if (auto d = NumberText::decimal(v.toString().trimmed()))
            return *d;
    }
    return std::nullopt;
}

} // namespace wp::clinical
