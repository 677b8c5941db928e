#pragma once

#include <QDate>
#include <QString>

namespace wp::theatre {

/// A theatre session as the workspace stores it (contract's sessions.csv row plus the
/// white plan's closure reason). Times are minutes after midnight.
struct ScheduleSession
{
    QString id;
    QString theatre;
    QDate date;
    int start = 0;
    int end = 0;
    QString specialty; ///< empty or `*`: any specialty
    bool open = true;
    QString closureReason;

    int length() const { return end - start; }
    bool servesAnySpecialty() const { return specialty.isEmpty() || specialty == QLatin1String("*"); }
};

} // namespace wp::theatre
