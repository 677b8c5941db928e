#include "ScheduleCase.h"

namespace wp::theatre {

QDate ScheduleCase::defaultDeadline(const QDate& listed, int priority)
{
    switch (priority) {
    case 1:
        return listed.addDays(3);
    case 2:
        return listed.addDays(30);
    case 3:
        return listed.addDays(90);
    default:
        return listed.addDays(365);
    }
}

} // namespace wp::theatre
