#pragma once

#include "PlanChecker.h"

#include <QCoreApplication>

namespace wp::theatre {

/// Plain-text summaries of a plan's cost for the command line (and logs).
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)

public:
    /// Total cost and one row per priority: cases, scheduled, late, postponed, moved and
    /// the cost parts.
    static QString costTable(const PlanEvaluation& evaluation);
    /// One line per violated constraint: "[constraint N] message".
    static QString violations(const PlanEvaluation& evaluation);
};

} // namespace wp::theatre
