#include "PlannedSurgeryQuery.h"

#include <QTime>

#include <algorithm>

namespace wp::theatre {

PlannedSurgery::Change PlannedSurgeryQuery::changeOf(const QString& originalSession,
                                                     const QDate& originalDate, const QString& bookedSession,
                                                     const QDate& bookedDate)
{
    if (bookedSession.isEmpty()) {
        return originalSession.isEmpty() ? PlannedSurgery::Change::Waiting : PlannedSurgery::Change::NoDate;
    }
    if (originalSession.isEmpty() || bookedSession == originalSession) {
        return PlannedSurgery::Change::None;
    }
    if (originalDate.isValid() && bookedDate.isValid() && bookedDate > originalDate) {
        return PlannedSurgery::Change::Postponed;
    }
    return PlannedSurgery::Change::Moved;
}

QString PlannedSurgeryQuery::changeLabel(const PlannedSurgery& surgery)
{
    const QString from = surgery.originalDate.toString(QStringLiteral("dd/MM"));
    switch (surgery.change) {
    case PlannedSurgery::Change::None:
        return {};
    case PlannedSurgery::Change::Moved:
        return tr("moved (was %1)").arg(from);
    case PlannedSurgery::Change::Postponed:
        return tr("postponed (was %1)").arg(from);
    case PlannedSurgery::Change::NoDate:
        return tr("no date (was %1)").arg(from);
    case PlannedSurgery::Change::Waiting:
        return tr("waiting for a date");
    }
    return {};
}

QString PlannedSurgeryQuery::describe(const PlannedSurgery& surgery, bool withReason)
{
    QString text;
    if (surgery.booked()) {
        text = tr("%1 %2, %3: %4")
                   .arg(surgery.date.toString(QStringLiteral("dd/MM")),
                        QTime(0, 0).addSecs(surgery.start * 60).toString(QStringLiteral("HH:mm")),
                        surgery.theatre, surgery.procedure);
    } else {
        text = surgery.procedure;
    }
    if (surgery.change != PlannedSurgery::Change::None) {
        text += QStringLiteral(" — ") + changeLabel(surgery);
        if (withReason && surgery.changed() && !surgery.reason.isEmpty()) {
            text += tr(" (%1)").arg(surgery.reason);
        }
    }
    return text;
}

Result<QList<PlannedSurgery>> PlannedSurgeryQuery::forPatient(const Patient& patient, const QDate& today)
{
    // Matching the reference as well as the stored link: the link is made at import, and a
    // patient whose IPP was added afterwards would otherwise lose their operation.
    auto stmt = m_ws.db().prepare(QStringLiteral(
        "SELECT c.id, c.procedure, c.surgeon_id, c.priority, c.original_session, os.day, b.session_id, "
        "s.day, b.start_min, COALESCE(NULLIF(t.name, ''), s.theatre_id), "
        "(SELECT reason FROM theatre_postponement r WHERE r.case_id = c.id ORDER BY r.seq DESC LIMIT 1) "
        "FROM theatre_case c LEFT JOIN theatre_booking b ON b.case_id = c.id "
        "LEFT JOIN theatre_session s ON s.id = b.session_id LEFT JOIN theatre t ON t.id = s.theatre_id "
        "LEFT JOIN theatre_session os ON os.id = c.original_session "
        "WHERE c.patient_id = ?1 OR (?2 <> '' AND c.patient_ref = ?2) OR c.patient_ref = ?3"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, patient.id).bind(2, patient.ipp).bind(3, patient.downtimeNumber);
    auto rows = stmt->all<PlannedSurgery>([](const db::Statement& row) {
        PlannedSurgery p;
        p.caseId = row.text(0);
        p.procedure = row.text(1);
        p.surgeon = row.text(2);
        p.priority = row.integer(3);
        const QString original = row.text(4);
        p.originalDate = QDate::fromString(row.text(5), Qt::ISODate);
        const QString booked = row.text(6);
        if (!booked.isEmpty()) {
            p.date = QDate::fromString(row.text(7), Qt::ISODate);
            p.start = row.integer(8);
            p.theatre = row.text(9);
        }
        p.reason = row.text(10);
        p.change = changeOf(original, p.originalDate, booked, p.date);
        return p;
    });
    if (!rows) {
        return rows.error();
    }
    QList<PlannedSurgery> planned = std::move(rows).value();
    // A booking in the past is done or was missed: either way the theatre list, not the
    // ward board, is where it is followed up.
    planned.removeIf(
        [&](const PlannedSurgery& p) { return p.booked() && today.isValid() && p.date < today; });
    std::sort(planned.begin(), planned.end(), [](const PlannedSurgery& a, const PlannedSurgery& b) {
        if (a.booked() != b.booked()) {
            return a.booked();
        }
        if (a.date != b.date) {
            return a.date < b.date;
        }
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return a.caseId < b.caseId;
    });
    return planned;
}

Result<std::optional<PlannedSurgery>> PlannedSurgeryQuery::next(const Patient& patient, const QDate& today)
{
    auto all = forPatient(patient, today);
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return std::optional<PlannedSurgery>();
    }
    return std::optional<PlannedSurgery>(all->first());
}

} // namespace wp::theatre
