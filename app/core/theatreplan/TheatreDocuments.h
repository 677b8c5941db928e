#pragma once

#include "Result.h"
#include "Schedule.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace wp::theatre {

/// Who and when a printout is for: shown on every page, because printouts go stale.
struct PrintContext
{
    QString hospital;
    QDateTime printedAt;
};

/// The theatre manager's printouts as PDF files (QPdfWriter + QPainter, A4): the day list
/// per theatre, a letter to each patient whose operation moved or was postponed, and the
/// call list. The GUI previews and prints these files; the CLI could write them too.
class TheatreDocuments
{
    Q_DECLARE_TR_FUNCTIONS(TheatreDocuments)

public:
    /// One page per theatre with sessions on `day`: times, cases, patients (with birth date and
    /// number under the name: namesakes are common), surgeons.
    static Status writeDayList(const Schedule& schedule, const QDate& day, const QString& path,
                               const PrintContext& context);
    /// One bilingual (French and English) letter per affected case: the new date, or "we will call you".
    static Status writeLetters(const Schedule& schedule, const QString& path, const PrintContext& context);
    /// Patient (with birth date and number), phone if known, old and new session, for the
    /// secretaries who phone patients.
    static Status writeCallList(const Schedule& schedule, const QString& path, const PrintContext& context);

    /// Cases whose patients must be told: booked on another day than the one they were
    /// given (original session), or no longer booked at all.
    static std::vector<int> affectedCases(const Schedule& schedule);
};

} // namespace wp::theatre
