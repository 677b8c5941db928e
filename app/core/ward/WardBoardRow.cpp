#include "WardBoardRow.h"

namespace wp {

bool WardBoardRow::hasAllergy() const
{
    if (!patient) {
        return false;
    }
    const QString a = patient->allergies.trimmed();
    return !a.isEmpty() && a.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0;
}

} // namespace wp
