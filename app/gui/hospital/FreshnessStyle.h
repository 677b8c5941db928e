#pragma once

#include "hospital/DeviceFreshnessIndex.h"

#include <QColor>

class QStandardItem;

namespace wp::gui {

/// How a figure's age looks on screen: stale data must look stale (red), aging amber.
class FreshnessStyle
{
public:
    /// Background colour for `level`; invalid (no colour) for live and recent data.
    static QColor background(hospital::FreshnessLevel level);
    /// Colours `item` for `level` and bolds it when stale.
    static void apply(QStandardItem* item, hospital::FreshnessLevel level);
};

} // namespace wp::gui
