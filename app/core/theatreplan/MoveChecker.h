#pragma once

#include "Schedule.h"

#include <QCoreApplication>

namespace wp::theatre {

/// Says, in a theatre manager's words, why a case may not go to a session of the current
/// plan ("DR3 operates in BLOC2 at that time"); the contract's PlanChecker is the final
/// word on the would-be plan, so nothing slips through the friendly checks.
class MoveChecker
{
    Q_DECLARE_TR_FUNCTIONS(MoveChecker)

public:
    /// Empty when case `c` may be booked in session `s` (or postponed, `s` = -1), else why not.
    static QString explain(const Schedule& schedule, const Instance& instance, int c, int s);
};

} // namespace wp::theatre
