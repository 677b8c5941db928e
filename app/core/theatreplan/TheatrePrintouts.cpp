#include "TheatrePrintouts.h"

#include "TheatreDocuments.h"
#include "TheatreService.h"
#include "Transaction.h"
#include "audit/AuditLog.h"

#include <algorithm>

namespace wp::theatre {

QString TheatrePrintouts::code(Kind kind)
{
    switch (kind) {
    case Kind::DayList:
        return QStringLiteral("daylist");
    case Kind::Letters:
        return QStringLiteral("letters");
    case Kind::CallList:
        return QStringLiteral("calllist");
    }
    return {};
}

std::optional<TheatrePrintouts::Kind> TheatrePrintouts::kindFromCode(const QString& code)
{
    for (Kind k : {Kind::DayList, Kind::Letters, Kind::CallList}) {
        if (code == TheatrePrintouts::code(k)) {
            return k;
        }
    }
    return std::nullopt;
}

Status TheatrePrintouts::writePdf(Kind kind, const QString& path, const QDate& day, bool audit)
{
    if (auto st = m_ws.require(Permission::Print); !st) {
        return st;
    }
    auto schedule = TheatreService(m_ws).load();
    if (!schedule) {
        return schedule.error();
    }
    const PrintContext context{m_ws.hospitalName(), m_ws.clock().now()};
    Status st;
    switch (kind) {
    case Kind::DayList: {
        const bool any = std::any_of(schedule->sessions.begin(), schedule->sessions.end(),
                                     [&](const ScheduleSession& s) { return s.date == day; });
        if (!any) {
            return Error(tr("No theatre session on %1.").arg(day.toString(Qt::ISODate)),
                         Error::Code::NotFound);
        }
        st = TheatreDocuments::writeDayList(*schedule, day, path, context);
        break;
    }
    case Kind::Letters:
        st = TheatreDocuments::writeLetters(*schedule, path, context);
        break;
    case Kind::CallList:
        st = TheatreDocuments::writeCallList(*schedule, path, context);
        break;
    }
    if (!st || !audit) {
        return st;
    }
    return this->audit(kind, path, day);
}

Status TheatrePrintouts::audit(Kind kind, const QString& target, const QDate& day)
{
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    const QString what = kind == Kind::DayList ? day.toString(Qt::ISODate) : QString();
    if (auto st = AuditLog(m_ws).append(QStringLiteral("print.theatre-") + code(kind),
                                        QStringLiteral("theatre_schedule"), what,
                                        QStringLiteral("to %1").arg(target));
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp::theatre
