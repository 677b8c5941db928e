#include "TheatreWording.h"

#include "theatre/PlanFile.h"

namespace wp::theatre {

QString TheatreWording::halfDay(const ScheduleSession& session)
{
    // By where the session lies around midday, not by its id: imported ids follow no rule.
    constexpr int noon = 12 * 60;
    constexpr int lateAfternoon = 18 * 60;
    if (session.start >= lateAfternoon) {
        return tr("evening");
    }
    if (session.start >= noon) {
        return tr("afternoon");
    }
    // A morning list may run a little past noon (08:00–12:30); one that reaches well into the
    // afternoon is a day's list.
    if (session.end <= noon + 90) {
        return tr("morning");
    }
    return tr("all day");
}

QString TheatreWording::day(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, QStringLiteral("ddd d MMM"));
}

QString TheatreWording::longDay(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString TheatreWording::session(const ScheduleSession& s, const QLocale& locale)
{
    return tr("%1, %2, %3", "theatre, day, half-day").arg(s.theatre, day(s.date, locale), halfDay(s));
}

QString TheatreWording::sessionWithTimes(const ScheduleSession& s, const QLocale& locale)
{
    return tr("%1 (%2–%3)", "session, start, end")
        .arg(session(s, locale), PlanFile::formatTime(s.start), PlanFile::formatTime(s.end));
}

QString TheatreWording::patientIdentifiers(const ScheduleCase& k, const QLocale& locale)
{
    QStringList parts;
    if (k.patientBirthDate.isValid()) {
        parts << tr("born %1").arg(locale.toString(k.patientBirthDate, QStringLiteral("dd/MM/yyyy")));
    }
    if (!k.patientIpp.isEmpty()) {
        parts << tr("IPP %1").arg(k.patientIpp);
    } else if (!k.patientDowntimeNumber.isEmpty()) {
        parts << tr("downtime no. %1").arg(k.patientDowntimeNumber);
    }
    return parts.join(QStringLiteral(", "));
}

QString TheatreWording::patient(const ScheduleCase& k, const QLocale& locale)
{
    if (k.patientName.isEmpty()) {
        // Not registered here: the schedule's reference is all there is.
        return k.patientRef;
    }
    const QString ids = patientIdentifiers(k, locale);
    return ids.isEmpty() ? k.patientName : tr("%1, %2", "patient name, identifiers").arg(k.patientName, ids);
}

} // namespace wp::theatre
