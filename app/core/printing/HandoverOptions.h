#pragma once

#include "HandoverShift.h"

#include <QStringList>

namespace wp::printing {

/// Which handover sheet to print.
struct HandoverOptions
{
    QString wardCode;
    HandoverShift::Kind shift = HandoverShift::Morning;
    /// Only patients whose latest NEWS2 risk is medium or high.
    bool mediumOrHighRiskOnly = false;
    /// Only these patients (record ids, downtime numbers or IPPs); empty for the whole ward.
    QStringList patients;
};

} // namespace wp::printing
