#include "CatalogueEntry.h"

namespace wp::orders {

int Turnaround::minutes(Priority p) const
{
    switch (p) {
    case Priority::Routine:
        return routineMinutes;
    case Priority::Urgent:
        return urgentMinutes;
    case Priority::Stat:
        return statMinutes;
    }
    return routineMinutes;
}

} // namespace wp::orders
