#include "News2Input.h"

#include "News2.h"

namespace wp::clinical {

QString code(Consciousness c)
{
    switch (c) {
    case Consciousness::Alert:
        return QStringLiteral("A");
    case Consciousness::NewConfusion:
        return QStringLiteral("C");
    case Consciousness::Voice:
        return QStringLiteral("V");
    case Consciousness::Pain:
        return QStringLiteral("P");
    case Consciousness::Unresponsive:
        break;
    }
    return QStringLiteral("U");
}

std::optional<Consciousness> consciousnessFromCode(const QString& text)
{
    for (auto c : {Consciousness::Alert, Consciousness::NewConfusion, Consciousness::Voice,
                   Consciousness::Pain, Consciousness::Unresponsive}) {
        if (text.trimmed().compare(code(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString label(Consciousness c)
{
    switch (c) {
    case Consciousness::Alert:
        return News2::tr("Alert");
    case Consciousness::NewConfusion:
        return News2::tr("New confusion");
    case Consciousness::Voice:
        return News2::tr("Responds to voice");
    case Consciousness::Pain:
        return News2::tr("Responds to pain");
    case Consciousness::Unresponsive:
        break;
    }
    return News2::tr("Unresponsive");
}

QString code(OxygenSupply o)
{
    return o == OxygenSupply::Air ? QStringLiteral("air") : QStringLiteral("oxygen");
}

std::optional<OxygenSupply> oxygenSupplyFromCode(const QString& text)
{
    for (auto o : {OxygenSupply::Air, OxygenSupply::Oxygen}) {
        if (text.trimmed().compare(code(o), Qt::CaseInsensitive) == 0)
            return o;
    }
    return std::nullopt;
}

QString label(OxygenSupply o)
{
    return o == OxygenSupply::Air ? News2::tr("Air") : News2::tr("Oxygen");
}

QString code(SpO2Scale s)
{
    return s == SpO2Scale::Scale1 ? QStringLiteral("1") : QStringLiteral("2");
}

std::optional<SpO2Scale> spo2ScaleFromCode(const QString& text)
{
    for (auto s : {SpO2Scale::Scale1, SpO2Scale::Scale2}) {
        if (text.trimmed() == code(s))
            return s;
    }
    return std::nullopt;
}

QString label(SpO2Scale s)
{
    return s == SpO2Scale::Scale1 ? News2::tr("SpO2 scale 1")
                                  : News2::tr("SpO2 scale 2 (hypercapnic respiratory failure)");
}

} // namespace wp::clinical
