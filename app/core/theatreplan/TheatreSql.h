#pragma once

#include "Database.h"
#include "Schedule.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QVariant>

#include <optional>

namespace wp::theatre {

/// Small helpers shared by the theatre services that write the schedule tables.
class TheatreSql
{
public:
    /// Prepares `sql`, binds `params` in order (an invalid QVariant binds NULL) and runs it.
    static Status run(db::Database& db, const QString& sql, const QVariantList& params = {});
    static QString isoDate(const QDate& d) { return d.toString(Qt::ISODate); }
    static QVariant optionalDate(const std::optional<QDate>& d)
    {
        return d ? QVariant(isoDate(*d)) : QVariant();
    }
    static QVariant optionalText(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }
    /// The registered patient whose IPP (or downtime number) is `ref`, if any.
    static QString linkedPatient(Workspace& ws, const QString& ref);
    /// Setting holding the turnover the schedule was imported with.
    /// Rewrites the bookings to `after`, recording a postponement (with `postponeReason`)
    /// for each case that lost its booking. Runs inside the caller's transaction.
    static Status writeBookings(Workspace& ws, const Schedule& before, const Schedule& after,
                                const QString& postponeReason);
    static QString turnoverKey() { return QStringLiteral("theatre.turnover"); }
};

} // namespace wp::theatre
