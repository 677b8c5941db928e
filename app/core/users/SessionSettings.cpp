#include "SessionSettings.h"

#include "Transaction.h"
#include "audit/AuditLog.h"

namespace wp {

int SessionSettings::idleLockMinutes()
{
    bool ok = false;
    const int minutes = m_ws.setting(idleLockMinutesKey()).toInt(&ok);
    return ok && minutes >= 1 && minutes <= maximumIdleLockMinutes ? minutes : defaultIdleLockMinutes;
}

Status SessionSettings::setIdleLockMinutes(int minutes)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st;
    }
    if (minutes < 1 || minutes > maximumIdleLockMinutes) {
        return Error(
            tr("The idle time before locking must be between 1 and %1 minutes.").arg(maximumIdleLockMinutes),
            Error::Code::InvalidInput);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = m_ws.setSetting(idleLockMinutesKey(), QString::number(minutes)); !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("setting.change"), QStringLiteral("setting"),
                                        idleLockMinutesKey(), QString::number(minutes));
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp
