#include "FormularyDrug.h"

#include <QJsonArray>

namespace wp::medication {

namespace {

double massFactor(const QString& unit)
{
    // In micrograms: mass units convert into one another; other units do not.
    if (unit == QLatin1String("g")) {
        return 1e6;
    }
    if (unit == QLatin1String("mg")) {
        return 1e3;
    }
    if (unit == QLatin1String("ug")) {
        return 1.0;
    }
    return 0.0;
}

QJsonArray array(const QStringList& l)
{
    return QJsonArray::fromStringList(l);
}

QStringList list(const QJsonValue& v)
{
    QStringList out;
    for (const auto& x : v.toArray()) {
        out << x.toString();
    }
    return out;
}

void put(QJsonObject& o, const QString& key, const std::optional<double>& v)
{
    if (v) {
        o.insert(key, *v);
    }
}

std::optional<double> get(const QJsonObject& o, const QString& key)
{
    const auto v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

QString FormularyDrug::displayName() const
{
    QString name = inn;
    if (!brand.isEmpty()) {
        name += QStringLiteral(" (%1)").arg(brand);
    }
    if (!strength.isEmpty()) {
        name += QLatin1Char(' ') + strength;
    }
    if (!form.isEmpty()) {
        name += QLatin1Char(' ') + form;
    }
    return name;
}

std::optional<double> FormularyDrug::inDoseUnit(double amount, const QString& unit) const
{
    if (unit == doseUnit) {
        return amount;
    }
    const double from = massFactor(unit);
    const double to = massFactor(doseUnit);
    if (from > 0 && to > 0) {
        return amount * from / to;
    }
    if (const auto it = perUnit.constFind(unit); it != perUnit.constEnd()) {
        return amount * it.value();
    }
    return std::nullopt;
}

QJsonObject FormularyDrug::toJson() const
{
    QJsonObject per;
    for (auto it = perUnit.begin(); it != perUnit.end(); ++it) {
        per.insert(it.key(), it.value());
    }
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("inn"), inn},
                  {QStringLiteral("brand"), brand},
                  {QStringLiteral("form"), form},
                  {QStringLiteral("strength"), strength},
                  {QStringLiteral("doseUnit"), doseUnit},
                  {QStringLiteral("perUnit"), per},
                  {QStringLiteral("routes"), array(routes)},
                  {QStringLiteral("therapeuticClass"), therapeuticClass},
                  {QStringLiteral("atc"), atc},
                  {QStringLiteral("allergyClasses"), array(allergyClasses)},
                  {QStringLiteral("synonyms"), array(synonyms)},
                  {QStringLiteral("highRisk"), highRisk},
                  {QStringLiteral("lookAlikes"), array(lookAlikes)}};
    put(o, QStringLiteral("usualPerDose"), usualPerDose);
    put(o, QStringLiteral("maxPerDose"), maxPerDose);
    put(o, QStringLiteral("usualPerDay"), usualPerDay);
    put(o, QStringLiteral("maxPerDay"), maxPerDay);
    put(o, QStringLiteral("childMaxPerKgDose"), childMaxPerKgDose);
    put(o, QStringLiteral("childMaxPerKgDay"), childMaxPerKgDay);
    return o;
}

FormularyDrug FormularyDrug::fromJson(const QJsonObject& o)
{
    FormularyDrug d;
    d.code = o.value(QStringLiteral("code")).toString();
    d.inn = o.value(QStringLiteral("inn")).toString();
    d.brand = o.value(QStringLiteral("brand")).toString();
    d.form = o.value(QStringLiteral("form")).toString();
    d.strength = o.value(QStringLiteral("strength")).toString();
    d.doseUnit = o.value(QStringLiteral("doseUnit")).toString();
    const QJsonObject per = o.value(QStringLiteral("perUnit")).toObject();
    for (auto it = per.begin(); it != per.end(); ++it) {
        d.perUnit.insert(it.key(), it.value().toDouble());
    }
    d.routes = list(o.value(QStringLiteral("routes")));
    d.therapeuticClass = o.value(QStringLiteral("therapeuticClass")).toString();
    d.atc = o.value(QStringLiteral("atc")).toString();
    d.allergyClasses = list(o.value(QStringLiteral("allergyClasses")));
    d.synonyms = list(o.value(QStringLiteral("synonyms")));
    d.highRisk = o.value(QStringLiteral("highRisk")).toBool();
    d.lookAlikes = list(o.value(QStringLiteral("lookAlikes")));
    d.usualPerDose = get(o, QStringLiteral("usualPerDose"));
    d.maxPerDose = get(o, QStringLiteral("maxPerDose"));
    d.usualPerDay = get(o, QStringLiteral("usualPerDay"));
    d.maxPerDay = get(o, QStringLiteral("maxPerDay"));
    d.childMaxPerKgDose = get(o, QStringLiteral("childMaxPerKgDose"));
    d.childMaxPerKgDay = get(o, QStringLiteral("childMaxPerKgDay"));
    return d;
}

} // namespace wp::medication
