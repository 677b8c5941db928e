#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace wp::clinical {

/// The seven scored parameters of the NEWS2 chart, in chart order.
enum class News2Parameter {
    RespirationRate,
    SpO2,
    AirOrOxygen,
    SystolicBp,
    Pulse,
    Consciousness,
    Temperature
};
inline constexpr int News2ParameterCount = 7;

/// Clinical risk bands. Text codes are those of the observations export contract.
enum class News2Risk { Low, LowMedium, Medium, High, Incomplete };

/// Colour associated with a risk band, kept free of QColor so the core stays GUI-neutral.
enum class RiskColour { Grey, Green, Yellow, Orange, Red };

/// Minimum monitoring frequency recommended for a score.
enum class MonitoringFrequency { TwelveHourly, FourToSixHourly, Hourly, Continuous };

/// Codes `resp_rate`, `spo2`, `oxygen`, `systolic_bp`, `pulse`, `consciousness`,
/// `temperature` (the observation CSV columns).
QString code(News2Parameter p);
QString label(News2Parameter p);

/// Codes `low`, `low-medium`, `medium`, `high`, `incomplete`.
QString code(News2Risk r);
std::optional<News2Risk> news2RiskFromCode(const QString& code);
QString label(News2Risk r);

/// `#RRGGBB` for a colour.
QString hex(RiskColour c);
QString code(MonitoringFrequency f);
QString label(MonitoringFrequency f);

/// Outcome of scoring one set of observations.
struct News2Result
{
    /// Score of each parameter, indexed by News2Parameter; nullopt when not measurable.
    std::array<std::optional<int>, News2ParameterCount> scores{};
    /// Sum of all seven scores; nullopt as soon as one is missing.
    std::optional<int> total;
    News2Risk risk = News2Risk::Incomplete;
    /// Whether one parameter scored 3 (the "red score" that raises low to low-medium).
    bool hasSingleThree = false;

    bool complete() const { return total.has_value(); }
    std::optional<int> score(News2Parameter p) const { return scores[static_cast<std::size_t>(p)]; }
    /// Parameters that could not be scored, in chart order.
    QList<News2Parameter> missing() const;
};

} // namespace wp::clinical
