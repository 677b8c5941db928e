#include "Patient.h"

namespace wp {

QString Patient::displayName() const
{
    const QString usual = firstNames.section(QLatin1Char(' '), 0, 0);
    if (!usedName.isEmpty() && usedName.compare(birthName, Qt::CaseInsensitive) != 0) {
        return QStringLiteral("%1 (%2) %3").arg(usedName.toUpper(), birthName.toUpper(), usual);
    }
    return QStringLiteral("%1 %2").arg(birthName.toUpper(), usual);
}

int Patient::ageOn(const QDate& day) const
{
    if (!birthDate.isValid() || !day.isValid()) {
        return -1;
    }
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

} // namespace wp
