#pragma once

#include "DeviceFreshnessIndex.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wp::hospital {

/// One ward of the hospital-wide census: beds, who is in them, who came and went, and how
/// old the figures are.
struct WardCensus
{
    QString code;
    QString name;
    int beds = 0;
    int occupied = 0; ///< admitted patients in one of the ward's beds
    int unplaced = 0; ///< admitted to the ward without a bed (or in a bed the ward does not list)
    int arriving = 0; ///< admitted or moved into the ward during the period
    int leaving = 0;  ///< moved out, transferred out, discharged or died during the period
    /// The laptops that recorded the latest movement of the ward's patients (its own laptops).
    QStringList sources;
    /// The newest record held from those laptops: the figures are at least this current.
    QDateTime dataAsOf;
    FreshnessLevel freshness = FreshnessLevel::Unknown;

    int free() const { return std::max(0, beds - occupied); }
    int patients() const { return occupied + unplaced; }
};

} // namespace wp::hospital
