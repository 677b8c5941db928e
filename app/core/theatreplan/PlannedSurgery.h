#pragma once

#include <QDate>
#include <QString>

namespace wp::theatre {

/// A patient's next operation as the ward needs to see it: when and where, and whether the
/// white plan moved or postponed it from the date the patient was told about.
struct PlannedSurgery
{
    enum class Change {
        None,      ///< booked in the session the patient was told about
        Moved,     ///< booked in another session on the same day or earlier
        Postponed, ///< booked on a later day than the one the patient was told about
        NoDate,    ///< had a session, lost it (closure, postponement) and has no new one yet
        Waiting,   ///< on the waiting list, never given a date: nothing the white plan changed
    };

    QString caseId;
    QString procedure;
    QString surgeon;
    int priority = 4;
    QDate date;         ///< session day; invalid when not booked
    int start = -1;     ///< minutes after midnight; -1 when not booked
    QString theatre;    ///< theatre name (its id when it has no name)
    QDate originalDate; ///< day of the session the patient was told about, if any
    Change change = Change::None;
    QString reason; ///< the latest postponement reason recorded by the theatre manager

    bool booked() const { return date.isValid(); }
    /// Whether the white plan moved it away from the date the patient was told about.
    bool changed() const
    {
        return change == Change::Moved || change == Change::Postponed || change == Change::NoDate;
    }
};

} // namespace wp::theatre
