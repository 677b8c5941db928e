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

QJsonObject Patient::identityRecord() const
{
    return {{QStringLiteral("downtime_number"), downtimeNumber},
            {QStringLiteral("ipp"), ipp},
            {QStringLiteral("ins"), ins},
            {QStringLiteral("birth_name"), birthName},
            {QStringLiteral("used_name"), usedName},
            {QStringLiteral("first_names"), firstNames},
            {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
            {QStringLiteral("sex"), sex},
            {QStringLiteral("birth_place"), birthPlace},
            {QStringLiteral("identity_status"), identityStatus}};
}

Patient Patient::fromIdentityRecord(const QString& id, const QJsonObject& o)
{
    Patient p;
    p.id = id;
    p.downtimeNumber = o.value(QStringLiteral("downtime_number")).toString();
    p.ipp = o.value(QStringLiteral("ipp")).toString();
    p.ins = o.value(QStringLiteral("ins")).toString();
    p.birthName = o.value(QStringLiteral("birth_name")).toString();
    p.usedName = o.value(QStringLiteral("used_name")).toString();
    p.firstNames = o.value(QStringLiteral("first_names")).toString();
    p.birthDate = QDate::fromString(o.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    p.sex = o.value(QStringLiteral("sex")).toString(QStringLiteral("U"));
    p.birthPlace = o.value(QStringLiteral("birth_place")).toString();
    p.identityStatus = o.value(QStringLiteral("identity_status")).toString(QStringLiteral("provisional"));
    return p;
}

} // namespace wp
