#include "clinical/News2.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <climits>
#include <functional>
#include <vector>

using namespace wp::clinical;

namespace {

// The RCP chart transcribed as bands (inclusive), independently of the implementation's
// if-chains: expectations are looked up here, never copied from the code under test.
struct Band
{
    int low;
    int high;
    int score;
};
using Chart = std::vector<Band>;

int lookup(const Chart& chart, int value)
{
    for (const auto& b : chart) {
        if (value >= b.low && value <= b.high)
            return b.score;
    }
    FAIL("value " << value << " outside the chart");
    return -1;
}

// Every value at and either side of every band edge.
std::vector<int> edgeValues(const Chart& chart)
{
    std::vector<int> out;
    for (const auto& b : chart) {
        for (int edge : {b.low, b.high}) {
            if (edge == INT_MIN || edge == INT_MAX)
                continue;
            out.insert(out.end(), {edge - 1, edge, edge + 1});
        }
    }
    return out;
}

const Chart respirationChart{{INT_MIN, 8, 3}, {9, 11, 1}, {12, 20, 0}, {21, 24, 2}, {25, INT_MAX, 3}};
const Chart spo2Scale1Chart{{INT_MIN, 91, 3}, {92, 93, 2}, {94, 95, 1}, {96, INT_MAX, 0}};
const Chart spo2Scale2AirChart{{INT_MIN, 83, 3}, {84, 85, 2}, {86, 87, 1}, {88, INT_MAX, 0}};
const Chart spo2Scale2OxygenChart{{INT_MIN, 83, 3}, {84, 85, 2}, {86, 87, 1},     {88, 92, 0},
                                  {93, 94, 1},      {95, 96, 2}, {97, INT_MAX, 3}};
const Chart systolicChart{{INT_MIN, 90, 3}, {91, 100, 2}, {101, 110, 1}, {111, 219, 0}, {220, INT_MAX, 3}};
const Chart pulseChart{{INT_MIN, 40, 3}, {41, 50, 1},   {51, 90, 0},
                       {91, 110, 1},     {111, 130, 2}, {131, INT_MAX, 3}};
// Temperature in tenths of a degree.
const Chart temperatureChart{
    {INT_MIN, 350, 3}, {351, 360, 1}, {361, 380, 0}, {381, 390, 1}, {391, INT_MAX, 2}};

// A set of observations where every parameter scores 0.
News2Input normal()
{
    News2Input in;
    in.respirationRate = 16;
    in.spo2 = 97;
    in.oxygen = OxygenSupply::Air;
    in.systolicBp = 120;
    in.pulse = 70;
    in.consciousness = Consciousness::Alert;
    in.temperature = 37.0;
    return in;
}

} // namespace

TEST_CASE("NEWS2 respiration rate at and either side of every boundary")
{
    const int value = GENERATE(from_range(edgeValues(respirationChart)));
    CAPTURE(value);
    CHECK(News2::respirationRateScore(value) == lookup(respirationChart, value));
    auto in = normal();
    in.respirationRate = value;
    CHECK(News2::score(in).score(News2Parameter::RespirationRate) == lookup(respirationChart, value));
}

TEST_CASE("NEWS2 SpO2 scale 1 at and either side of every boundary, on air and on oxygen")
{
    const int value = GENERATE(from_range(edgeValues(spo2Scale1Chart)));
    const auto oxygen = GENERATE(OxygenSupply::Air, OxygenSupply::Oxygen);
    CAPTURE(value, code(oxygen));
    CHECK(News2::spo2Scale1Score(value) == lookup(spo2Scale1Chart, value));
    auto in = normal();
    in.spo2 = value;
    in.oxygen = oxygen;
    const auto r = News2::score(in);
    // Scale 1 does not depend on oxygen for the SpO2 score; oxygen scores on its own line.
    CHECK(r.score(News2Parameter::SpO2) == lookup(spo2Scale1Chart, value));
    CHECK(r.score(News2Parameter::AirOrOxygen) == (oxygen == OxygenSupply::Oxygen ? 2 : 0));
}

TEST_CASE("NEWS2 SpO2 scale 2 on air at and either side of every boundary")
{
    std::vector<int> values = edgeValues(spo2Scale2AirChart);
    // The on-oxygen edges must all score 0 on air.
    for (int v : edgeValues(spo2Scale2OxygenChart))
        values.push_back(v);
    const int value = GENERATE_COPY(from_range(values));
    CAPTURE(value);
    CHECK(News2::spo2Scale2Score(value, OxygenSupply::Air) == lookup(spo2Scale2AirChart, value));
    auto in = normal();
    in.spo2Scale = SpO2Scale::Scale2;
    in.spo2 = value;
    in.oxygen = OxygenSupply::Air;
    CHECK(News2::score(in).score(News2Parameter::SpO2) == lookup(spo2Scale2AirChart, value));
}

TEST_CASE("NEWS2 SpO2 scale 2 on oxygen at and either side of every boundary")
{
    const int value = GENERATE(from_range(edgeValues(spo2Scale2OxygenChart)));
    CAPTURE(value);
    CHECK(News2::spo2Scale2Score(value, OxygenSupply::Oxygen) == lookup(spo2Scale2OxygenChart, value));
    auto in = normal();
    in.spo2Scale = SpO2Scale::Scale2;
    in.spo2 = value;
    in.oxygen = OxygenSupply::Oxygen;
    const auto r = News2::score(in);
    CHECK(r.score(News2Parameter::SpO2) == lookup(spo2Scale2OxygenChart, value));
    REQUIRE(r.total);
    CHECK(*r.total == lookup(spo2Scale2OxygenChart, value) + 2);
}

TEST_CASE("NEWS2 SpO2 scale 2 from 93 % cannot be scored without air/oxygen")
{
    CHECK(News2::spo2Scale2Score(92, std::nullopt) == 0);
    CHECK(News2::spo2Scale2Score(83, std::nullopt) == 3);
    CHECK_FALSE(News2::spo2Scale2Score(93, std::nullopt).has_value());
    CHECK_FALSE(News2::spo2Scale2Score(100, std::nullopt).has_value());
}

TEST_CASE("NEWS2 systolic blood pressure at and either side of every boundary")
{
    const int value = GENERATE(from_range(edgeValues(systolicChart)));
    CAPTURE(value);
    CHECK(News2::systolicBpScore(value) == lookup(systolicChart, value));
}

TEST_CASE("NEWS2 pulse at and either side of every boundary")
{
    const int value = GENERATE(from_range(edgeValues(pulseChart)));
    CAPTURE(value);
    CHECK(News2::pulseScore(value) == lookup(pulseChart, value));
}

TEST_CASE("NEWS2 temperature at and either side of every boundary, to one decimal")
{
    const int tenths = GENERATE(from_range(edgeValues(temperatureChart)));
    const double celsius = tenths / 10.0;
    CAPTURE(celsius);
    CHECK(News2::temperatureScore(celsius) == lookup(temperatureChart, tenths));
    auto in = normal();
    in.temperature = celsius;
    CHECK(News2::score(in).score(News2Parameter::Temperature) == lookup(temperatureChart, tenths));
}

TEST_CASE("NEWS2 temperature is rounded to one decimal before scoring")
{
    CHECK(News2::temperatureScore(36.04) == lookup(temperatureChart, 360));
    CHECK(News2::temperatureScore(36.06) == lookup(temperatureChart, 361));
    CHECK(News2::temperatureScore(38.049) == lookup(temperatureChart, 380));
    CHECK(News2::temperatureScore(39.06) == lookup(temperatureChart, 391));
}

TEST_CASE("NEWS2 air or oxygen and consciousness")
{
    CHECK(News2::oxygenScore(OxygenSupply::Air) == 0);
    CHECK(News2::oxygenScore(OxygenSupply::Oxygen) == 2);
    CHECK(News2::consciousnessScore(Consciousness::Alert) == 0);
    const auto c = GENERATE(Consciousness::NewConfusion, Consciousness::Voice, Consciousness::Pain,
                            Consciousness::Unresponsive);
    CHECK(News2::consciousnessScore(c) == 3);
    CHECK(consciousnessFromCode(code(c)) == c);
}

TEST_CASE("NEWS2 risk bands, including a single 3")
{
    struct Case
    {
        const char* name;
        std::function<void(News2Input&)> change;
        int total;
        News2Risk risk;
        MonitoringFrequency frequency;
        int dueHours;
    };
    const std::vector<Case> cases{
        {"all normal", [](News2Input&) {}, 0, News2Risk::Low, MonitoringFrequency::TwelveHourly, 12},
        {"pulse 95 (1)", [](News2Input& i) { i.pulse = 95; }, 1, News2Risk::Low,
         MonitoringFrequency::FourToSixHourly, 4},
        {"oxygen (2) + pulse 120 (2)",
         [](News2Input& i) {
             i.oxygen = OxygenSupply::Oxygen;
             i.pulse = 120;
         },
         4, News2Risk::Low, MonitoringFrequency::FourToSixHourly, 4},
        {"single 3: new confusion", [](News2Input& i) { i.consciousness = Consciousness::NewConfusion; }, 3,
         News2Risk::LowMedium, MonitoringFrequency::Hourly, 1},
        {"single 3 + 1 = 4",
         [](News2Input& i) {
             i.respirationRate = 7;
             i.pulse = 45;
         },
         4, News2Risk::LowMedium, MonitoringFrequency::Hourly, 1},
        {"5 with a 3 is medium",
         [](News2Input& i) {
             i.systolicBp = 85;
             i.pulse = 120;
         },
         5, News2Risk::Medium, MonitoringFrequency::Hourly, 1},
        {"6 without a 3",
         [](News2Input& i) {
             i.oxygen = OxygenSupply::Oxygen;
             i.pulse = 120;
             i.respirationRate = 22;
         },
         6, News2Risk::Medium, MonitoringFrequency::Hourly, 1},
        {"7 is high",
         [](News2Input& i) {
             i.oxygen = OxygenSupply::Oxygen;
             i.pulse = 120;
             i.respirationRate = 22;
             i.temperature = 38.5;
         },
         7, News2Risk::High, MonitoringFrequency::Continuous, 0},
        {"everything at 3",
         [](News2Input& i) {
             i.respirationRate = 30;
             i.spo2 = 85;
             i.oxygen = OxygenSupply::Oxygen;
             i.systolicBp = 80;
             i.pulse = 150;
             i.consciousness = Consciousness::Unresponsive;
             i.temperature = 34.0;
         },
         3 + 3 + 2 + 3 + 3 + 3 + 3, News2Risk::High, MonitoringFrequency::Continuous, 0},
    };
    const QDateTime takenAt(QDate(2026, 11, 28), QTime(8, 30), Qt::UTC);
    for (const auto& c : cases) {
        SECTION(c.name)
        {
            auto in = normal();
            c.change(in);
            const auto r = News2::score(in);
            REQUIRE(r.complete());
            CHECK(*r.total == c.total);
            CHECK(r.risk == c.risk);
            CHECK(News2::monitoring(r) == c.frequency);
            CHECK(News2::nextDue(takenAt, r) == takenAt.addSecs(c.dueHours * 3600));
            CHECK(News2::colourHex(r.risk).size() == 7);
        }
    }
}

TEST_CASE("NEWS2 risk codes are the export contract's")
{
    CHECK(code(News2Risk::Low) == QStringLiteral("low"));
    CHECK(code(News2Risk::LowMedium) == QStringLiteral("low-medium"));
    CHECK(code(News2Risk::Medium) == QStringLiteral("medium"));
    CHECK(code(News2Risk::High) == QStringLiteral("high"));
    CHECK(code(News2Risk::Incomplete) == QStringLiteral("incomplete"));
    for (auto r :
         {News2Risk::Low, News2Risk::LowMedium, News2Risk::Medium, News2Risk::High, News2Risk::Incomplete}) {
        CHECK(news2RiskFromCode(code(r)) == r);
        CHECK_FALSE(label(r).isEmpty());
    }
    CHECK_FALSE(news2RiskFromCode(QStringLiteral("severe")).has_value());
    // Each band has its own colour.
    QStringList colours;
    for (auto r :
         {News2Risk::Low, News2Risk::LowMedium, News2Risk::Medium, News2Risk::High, News2Risk::Incomplete})
        colours << News2::colourHex(r);
    colours.removeDuplicates();
    CHECK(colours.size() == 5);
}

TEST_CASE("NEWS2 with a missing parameter is incomplete: no total, no due time")
{
    const int missing = GENERATE(range(0, News2ParameterCount));
    auto in = normal();
    switch (static_cast<News2Parameter>(missing)) {
    case News2Parameter::RespirationRate:
        in.respirationRate.reset();
        break;
    case News2Parameter::SpO2:
        in.spo2.reset();
        break;
    case News2Parameter::AirOrOxygen:
        in.oxygen.reset();
        break;
    case News2Parameter::SystolicBp:
        in.systolicBp.reset();
        break;
    case News2Parameter::Pulse:
        in.pulse.reset();
        break;
    case News2Parameter::Consciousness:
        in.consciousness.reset();
        break;
    case News2Parameter::Temperature:
        in.temperature.reset();
        break;
    }
    const auto r = News2::score(in);
    CHECK_FALSE(r.complete());
    CHECK(r.risk == News2Risk::Incomplete);
    CHECK(r.missing() == QList<News2Parameter>{static_cast<News2Parameter>(missing)});
    CHECK_FALSE(News2::monitoring(r).has_value());
    CHECK_FALSE(News2::nextDue(QDateTime::currentDateTimeUtc(), r).has_value());
}
