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
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

clinical::PatientIdentity Patient::identity() const
{
    clinical::PatientIdentity id;
    id.birthName = birthName;
    id.usedName = usedName;
    id.firstNames = firstNames;
    id.birthDate = birthDate;
    id.sex = clinical::sexFromCode(sex).value_or(clinical::Sex::Unknown);
    id.birthPlace = birthPlace;
    id.ipp = ipp;
    id.ins = ins;
    id.status =
        clinical::identityStatusFromCode(identityStatus).value_or(clinical::IdentityStatus::Provisional);
    return id;
}

void Patient::setIdentity(const clinical::PatientIdentity& id)
{
    birthName = id.birthName;
    usedName = id.usedName;
    firstNames = id.firstNames;
    birthDate = id.birthDate;
    sex = clinical::code(id.sex);
    birthPlace = id.birthPlace;
    ipp = id.ipp;
    ins = id.ins;
    identityStatus = clinical::code(id.status);
}

} // namespace wp
