#pragma once

#include "Schedule.h"

#include <QCoreApplication>

#include <vector>

namespace wp::theatre {

/// Start times inside sessions when the manager sets the order by hand. The engine packs a
/// session by urgency; once the manager has put a case at a given place, the order is
/// theirs: later changes keep it and only recompute the starts (turnover between cases,
/// contract constraint 5).
class SessionOrder
{
    Q_DECLARE_TR_FUNCTIONS(SessionOrder)

public:
    /// Where a case dropped at `time` (minutes after midnight) goes among the other cases of
    /// session `s`: before the first one whose middle comes after `time`.
    static int positionForTime(const Schedule& schedule, int c, int s, int time);

    /// Puts case `c` in session `s` at `position` among the session's other cases (by start),
    /// starting at `start`, or as soon as the previous case and the turnover allow when
    /// `start` is -1 or too early. The cases before it and after it are packed from the
    /// session's start, in their order; the session the case leaves is packed the same way.
    /// Returns why not in a manager's words (the schedule is then untouched), else empty.
    /// `fullCheck` also runs the contract's checker on the whole resulting plan: the final
    /// word before writing; the live check while dragging skips it (about three times
    /// faster; the friendly checks and the packing already keep constraint 5).
    /// `instance` is `schedule.toInstance()`, which callers that check often keep (it is the
    /// slow part on a large schedule).
    static QString place(Schedule& schedule, const Instance& instance, int c, int s, int position, int start,
                         bool fullCheck = true);

    /// Gives the cases of `order` consecutive starts in session `s`, from its start (or from
    /// `fixedStart` for case `fixed`), with the turnover between them.
    static void pack(Schedule& schedule, int s, const std::vector<int>& order, int fixed = -1,
                     int fixedStart = -1);
};

} // namespace wp::theatre
