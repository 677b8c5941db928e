#pragma once

#include "News2Input.h"
#include "News2Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace wp::clinical {

/// NEWS2 (Royal College of Physicians, 2017) scoring, exactly as the published chart.
/// Pure functions: no clock, no storage, no GUI.
class News2
{
    Q_DECLARE_TR_FUNCTIONS(News2)

public:
    static int respirationRateScore(int breathsPerMinute);
    static int spo2Scale1Score(int percent);
    /// Scale 2 needs air/oxygen only from 93 % upwards, hence the optional.
    static std::optional<int> spo2Scale2Score(int percent, std::optional<OxygenSupply> oxygen);
    static int oxygenScore(OxygenSupply oxygen);
    static int systolicBpScore(int mmHg);
    static int pulseScore(int beatsPerMinute);
    static int consciousnessScore(Consciousness c);
    /// The chart is in tenths of a degree: the value is rounded to one decimal first.
    static int temperatureScore(double celsius);

    /// Scores every parameter, then the total and risk band when nothing is missing.
    static News2Result score(const News2Input& input);

    /// Band for a complete total: 7+ high, 5-6 medium, a single 3 low-medium, else low.
    static News2Risk riskFor(int total, bool hasSingleThree);
    static RiskColour colour(News2Risk risk);
    static QString colourHex(News2Risk risk) { return hex(colour(risk)); }

    /// Minimum monitoring frequency; nullopt for an incomplete set (no total to act on).
    static std::optional<MonitoringFrequency> monitoring(const News2Result& result);
    /// Longest interval allowed before the next set. For "4-6 hourly" the stricter 4 h is
    /// used; continuous monitoring is a zero interval (the next set is due at once).
    static std::chrono::minutes maximumInterval(MonitoringFrequency frequency);
    /// When the next observations are due after a set taken at `takenAt`; nullopt when
    /// the set is incomplete (the caller shows "incomplete" rather than a due time).
    static std::optional<QDateTime> nextDue(const QDateTime& takenAt, const News2Result& result);
};

} // namespace wp::clinical
