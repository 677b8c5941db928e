#include "News2.h"

#include <cmath>

namespace wp::clinical {

int News2::respirationRateScore(int rate)
{
    if (rate <= 8)
        return 3;
    if (rate <= 11)
        return 1;
    if (rate <= 20)
        return 0;
    if (rate <= 24)
        return 2;
    return 3;
}

int News2::spo2Scale1Score(int percent)
{
    if (percent <= 91)
        return 3;
    if (percent <= 93)
        return 2;
    if (percent <= 95)
        return 1;
    return 0;
}

std::optional<int> News2::spo2Scale2Score(int percent, std::optional<OxygenSupply> oxygen)
{
    if (percent <= 83)
        return 3;
    if (percent <= 85)
        return 2;
    if (percent <= 87)
        return 1;
    if (percent <= 92)
        return 0;
    // From 93 % the chart splits: on air any value is fine, on oxygen it means over-oxygenation.
    if (!oxygen)
        return std::nullopt;
    if (*oxygen == OxygenSupply::Air)
        return 0;
    if (percent <= 94)
        return 1;
    if (percent <= 96)
        return 2;
    return 3;
}

int News2::oxygenScore(OxygenSupply oxygen)
{
    return oxygen == OxygenSupply::Oxygen ? 2 : 0;
}

int News2::systolicBpScore(int mmHg)
{
    if (mmHg <= 90)
        return 3;
    if (mmHg <= 100)
        return 2;
    if (mmHg <= 110)
        return 1;
    if (mmHg <= 219)
        return 0;
    return 3;
}

int News2::pulseScore(int bpm)
{
    if (bpm <= 40)
        return 3;
    if (bpm <= 50)
        return 1;
    if (bpm <= 90)
        return 0;
    if (bpm <= 110)
        return 1;
    if (bpm <= 130)
        return 2;
    return 3;
}

int News2::consciousnessScore(Consciousness c)
{
    return c == Consciousness::Alert ? 0 : 3;
}

int News2::temperatureScore(double celsius)
{
    // Integer tenths avoid comparing doubles against 35.0, 36.0... at the band edges.
    const long tenths = std::lround(celsius * 10.0);
    if (tenths <= 350)
        return 3;
    if (tenths <= 360)
        return 1;
    if (tenths <= 380)
        return 0;
    if (tenths <= 390)
        return 1;
    return 2;
}

News2Result News2::score(const News2Input& in)
{
    News2Result r;
    auto set = [&r](News2Parameter p, std::optional<int> s) {
        r.scores[static_cast<std::size_t>(p)] = s;
    };
    if (in.respirationRate)
        set(News2Parameter::RespirationRate, respirationRateScore(*in.respirationRate));
    if (in.spo2) {
        set(News2Parameter::SpO2, in.spo2Scale == SpO2Scale::Scale1 ? spo2Scale1Score(*in.spo2)
                                                                    : spo2Scale2Score(*in.spo2, in.oxygen));
    }
    if (in.oxygen)
        set(News2Parameter::AirOrOxygen, oxygenScore(*in.oxygen));
    if (in.systolicBp)
        set(News2Parameter::SystolicBp, systolicBpScore(*in.systolicBp));
    if (in.pulse)
        set(News2Parameter::Pulse, pulseScore(*in.pulse));
    if (in.consciousness)
        set(News2Parameter::Consciousness, consciousnessScore(*in.consciousness));
    if (in.temperature)
        set(News2Parameter::Temperature, temperatureScore(*in.temperature));

    int total = 0;
    bool complete = true;
    for (const auto& s : r.scores) {
        if (!s) {
            complete = false;
            continue;
        }
        total += *s;
        if (*s == 3)
            r.hasSingleThree = true;
    }
    if (complete) {
        r.total = total;
        r.risk = riskFor(total, r.hasSingleThree);
    }
    return r;
}

News2Risk News2::riskFor(int total, bool hasSingleThree)
{
    if (total >= 7)
        return News2Risk::High;
    if (total >= 5)
        return News2Risk::Medium;
    if (hasSingleThree)
        return News2Risk::LowMedium;
    return News2Risk::Low;
}

RiskColour News2::colour(News2Risk risk)
{
    switch (risk) {
    case News2Risk::Low:
        return RiskColour::Green;
    case News2Risk::LowMedium:
        return RiskColour::Yellow;
    case News2Risk::Medium:
        return RiskColour::Orange;
    case News2Risk::High:
        return RiskColour::Red;
    case News2Risk::Incomplete:
        break;
    }
    return RiskColour::Grey;
}

std::optional<MonitoringFrequency> News2::monitoring(const News2Result& result)
{
    if (!result.total)
        return std::nullopt;
    const int total = *result.total;
    if (total >= 7)
        return MonitoringFrequency::Continuous;
    if (total >= 5 || result.hasSingleThree)
        return MonitoringFrequency::Hourly;
    if (total >= 1)
        return MonitoringFrequency::FourToSixHourly;
    return MonitoringFrequency::TwelveHourly;
}

std::chrono::minutes News2::maximumInterval(MonitoringFrequency frequency)
{
    using namespace std::chrono_literals;
    switch (frequency) {
    case MonitoringFrequency::TwelveHourly:
        return 12h;
    case MonitoringFrequency::FourToSixHourly:
        return 4h;
    case MonitoringFrequency::Hourly:
        return 1h;
    case MonitoringFrequency::Continuous:
        break;
    }
    return 0min;
}

std::optional<QDateTime> News2::nextDue(const QDateTime& takenAt, const News2Result& result)
{
    const auto frequency = monitoring(result);
    if (!frequency || !takenAt.isValid())
        return std::nullopt;
    return takenAt.addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(maximumInterval(*frequency)).count());
}

} // namespace wp::clinical
