#include "HospitalMovement.h"

#include <QCoreApplication>

namespace wp::hospital {

QString HospitalMovement::typeCode(Type type)
{
    switch (type) {
    case Type::Admission:
        return QStringLiteral("admission");
    case Type::Move:
        return QStringLiteral("move");
    case Type::TransferOut:
        return QStringLiteral("transfer_out");
    case Type::Discharge:
        return QStringLiteral("discharge");
    case Type::Death:
        break;
    }
    return QStringLiteral("death");
}

QString HospitalMovement::typeLabel(Type type)
{
    switch (type) {
    case Type::Admission:
        return QCoreApplication::translate("HospitalMovement", "Admission");
    case Type::Move:
        return QCoreApplication::translate("HospitalMovement", "Move between wards");
    case Type::TransferOut:
        return QCoreApplication::translate("HospitalMovement", "Transfer out");
    case Type::Discharge:
        return QCoreApplication::translate("HospitalMovement", "Discharge");
    case Type::Death:
        break;
    }
    return QCoreApplication::translate("HospitalMovement", "Death");
}

} // namespace wp::hospital
