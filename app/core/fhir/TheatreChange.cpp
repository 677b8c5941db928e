#include "TheatreChange.h"

namespace wp::fhir {

QDateTime TheatreChange::start() const
{
    if (!current) {
        return {};
    }
    const int minutes = theatreCase.bookedStart >= 0 ? theatreCase.bookedStart : current->start;
    return QDateTime(current->date, QTime(0, 0)).addSecs(60LL * minutes);
}

QDateTime TheatreChange::end() const
{
    const QDateTime s = start();
    return s.isValid() ? s.addSecs(60LL * theatreCase.duration) : QDateTime();
}

} // namespace wp::fhir
