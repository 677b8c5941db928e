#include "News2Result.h"

#include "News2.h"

namespace wp::clinical {

QList<News2Parameter> News2Result::missing() const
{
    QList<News2Parameter> out;
    for (int i = 0; i < News2ParameterCount; ++i) {
        if (!scores[static_cast<std::size_t>(i)])
            out.append(static_cast<News2Parameter>(i));
    }
    return out;
}

QString code(News2Parameter p)
{
    switch (p) {
    case News2Parameter::RespirationRate:
        return QStringLiteral("resp_rate");
    case News2Parameter::SpO2:
        return QStringLiteral("spo2");
    case News2Parameter::AirOrOxygen:
        return QStringLiteral("oxygen");
    case News2Parameter::SystolicBp:
        return QStringLiteral("systolic_bp");
    case News2Parameter::Pulse:
        return QStringLiteral("pulse");
    case News2Parameter::Consciousness:
        return QStringLiteral("consciousness");
    case News2Parameter::Temperature:
        break;
    }
    return QStringLiteral("temperature");
}

QString label(News2Parameter p)
{
    switch (p) {
    case News2Parameter::RespirationRate:
        return News2::tr("Respiration rate");
    case News2Parameter::SpO2:
        return News2::tr("SpO2");
    case News2Parameter::AirOrOxygen:
        return News2::tr("Air or oxygen");
    case News2Parameter::SystolicBp:
        return News2::tr("Systolic blood pressure");
    case News2Parameter::Pulse:
        return News2::tr("Pulse");
    case News2Parameter::Consciousness:
        return News2::tr("Consciousness");
    case News2Parameter::Temperature:
        break;
    }
    return News2::tr("Temperature");
}

QString code(News2Risk r)
{
    switch (r) {
    case News2Risk::Low:
        return QStringLiteral("low");
    case News2Risk::LowMedium:
        return QStringLiteral("low-medium");
    case News2Risk::Medium:
        return QStringLiteral("medium");
    case News2Risk::High:
        return QStringLiteral("high");
    case News2Risk::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

std::optional<News2Risk> news2RiskFromCode(const QString& text)
{
    for (auto r :
         {News2Risk::Low, News2Risk::LowMedium, News2Risk::Medium, News2Risk::High, News2Risk::Incomplete}) {
        if (text.trimmed() == code(r))
            return r;
    }
    return std::nullopt;
}

QString label(News2Risk r)
{
    switch (r) {
    case News2Risk::Low:
        return News2::tr("Low");
    case News2Risk::LowMedium:
        return News2::tr("Low-medium");
    case News2Risk::Medium:
        return News2::tr("Medium");
    case News2Risk::High:
        return News2::tr("High");
    case News2Risk::Incomplete:
        break;
    }
    return News2::tr("Incomplete");
}

QString hex(RiskColour c)
{
    // Chosen to stay distinguishable on a grey-scale printout as well as on screen.
    switch (c) {
    case RiskColour::Green:
        return QStringLiteral("#2E7D32");
    case RiskColour::Yellow:
        return QStringLiteral("#F9A825");
    case RiskColour::Orange:
        return QStringLiteral("#EF6C00");
    case RiskColour::Red:
        return QStringLiteral("#C62828");
    case RiskColour::Grey:
        break;
    }
    return QStringLiteral("#9E9E9E");
}

QString code(MonitoringFrequency f)
{
    switch (f) {
    case MonitoringFrequency::TwelveHourly:
        return QStringLiteral("12-hourly");
    case MonitoringFrequency::FourToSixHourly:
        return QStringLiteral("4-6-hourly");
    case MonitoringFrequency::Hourly:
        return QStringLiteral("hourly");
    case MonitoringFrequency::Continuous:
        break;
    }
    return QStringLiteral("continuous");
}

QString label(MonitoringFrequency f)
{
    switch (f) {
    case MonitoringFrequency::TwelveHourly:
        return News2::tr("At least every 12 hours");
    case MonitoringFrequency::FourToSixHourly:
        return News2::tr("At least every 4 to 6 hours");
    case MonitoringFrequency::Hourly:
        return News2::tr("At least hourly");
    case MonitoringFrequency::Continuous:
        break;
    }
    return News2::tr("Continuous monitoring");
}

} // namespace wp::clinical
