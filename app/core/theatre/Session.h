#pragma once

#include <QDate>
#include <QString>

namespace wp::theatre {

/// One block of theatre time from sessions.csv. Times are minutes after midnight.
struct Session
{
    QString id;
    QString theatre;
    QString specialty; ///< empty or `*`: serves any specialty
    QDate date;
    int day = 0; ///< date as a Julian day number, for arithmetic
    int start = 0;
    int end = 0;
    bool open = true;
    int line = 0; ///< line in sessions.csv, for messages

    int length() const { return end - start; }
    bool servesAnySpecialty() const { return specialty.isEmpty() || specialty == QLatin1String("*"); }
    /// Half-open windows on the same day overlap.
    bool overlaps(const Session& other) const
    {
        return day == other.day && start < other.end && other.start < end;
    }
};

} // namespace wp::theatre
