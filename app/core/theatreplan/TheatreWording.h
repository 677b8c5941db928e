#pragma once

#include "ScheduleCase.h"
#include "ScheduleSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace wp::theatre {

/// Sessions, days and patients in the theatre manager's words rather than in the schedule's
/// codes: "BLOC1, Tue 15 Dec, afternoon" instead of "S1215-T1-PM", dates in the user's
/// locale instead of ISO. The ids stay in the files and in tooltips, where tools need them.
class TheatreWording
{
    Q_DECLARE_TR_FUNCTIONS(TheatreWording)

public:
    /// "morning", "afternoon", "all day" or "evening", from the session's times.
    static QString halfDay(const ScheduleSession& session);
    /// "Tue 15 Dec" (French: "mar. 15 déc."): a day of the schedule's few weeks.
    static QString day(const QDate& date, const QLocale& locale = QLocale());
    /// "Tuesday 15 December 2026": for letters and page titles.
    static QString longDay(const QDate& date, const QLocale& locale = QLocale());
    /// "BLOC1, Tue 15 Dec, afternoon".
    static QString session(const ScheduleSession& session, const QLocale& locale = QLocale());
    /// "BLOC1, Tue 15 Dec, afternoon (13:30–18:00)".
    static QString sessionWithTimes(const ScheduleSession& session, const QLocale& locale = QLocale());
    /// The patient and the two identifiers that tell namesakes apart:
    /// "DAVID Jeanne, born 12/03/1956, IPP 81234567"; an unlinked case gives its reference.
    static QString patient(const ScheduleCase& k, const QLocale& locale = QLocale());
    /// "born 12/03/1956, IPP 81234567" (or the downtime number); empty for a case not linked
    /// to a registered patient, whose reference is then its only identifier.
    static QString patientIdentifiers(const ScheduleCase& k, const QLocale& locale = QLocale());
};

} // namespace wp::theatre
