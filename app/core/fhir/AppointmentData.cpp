#include "AppointmentData.h"

#include "foundation/Clock.h"
#include "theatreplan/TheatreService.h"

namespace wp::fhir {

namespace {

struct Recorded
{
    QDateTime at;
    QString user;
    QString device;
};

/// When and by whom the booking changes were recorded. A manual move or a postponement
/// names its case in the audit trail; a closure, an accepted proposal or the import
/// changes many cases at once, so a case without its own entry gets the latest of those.
Result<QHash<QString, Recorded>> recordedChanges(db::Database& db, Recorded& wholeSchedule)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT object_kind, object_id, at, user_login, device FROM audit_entry "
                       "WHERE action IN ('theatre.case.move', 'theatre.case.postpone', 'theatre.plan.apply', "
                       "'theatre.session.close', 'theatre.import') ORDER BY seq"));
    if (!stmt) {
        return stmt.error();
    }
    QHash<QString, Recorded> byCase;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return byCase;
        }
        const Recorded r{fromStorageTime(stmt->text(2)), stmt->text(3), stmt->text(4)};
        if (stmt->text(0) == QLatin1String("theatre_case")) {
            byCase.insert(stmt->text(1), r);
        } else {
            wholeSchedule = r;
        }
    }
}

} // namespace

Result<QList<TheatreChange>> AppointmentData::load(Workspace& ws)
{
    auto schedule = theatre::TheatreService(ws).load();
    if (!schedule) {
        return schedule.error();
    }
    Recorded wholeSchedule;
    auto recorded = recordedChanges(ws.db(), wholeSchedule);
    if (!recorded) {
        return recorded.error();
    }
    QList<TheatreChange> changes;
    for (const auto& k : schedule->cases) {
        if (k.bookedSession == k.originalSession) {
            continue; // unchanged, or still waiting for a first slot
        }
        TheatreChange c;
        c.theatreCase = k;
        if (const auto* s = schedule->session(k.originalSession)) {
            c.original = *s;
        }
        if (const auto* s = schedule->session(k.bookedSession)) {
            c.current = *s;
        }
        if (!k.lastPostponementReason.isEmpty()) {
            c.reason = k.lastPostponementReason;
        } else if (c.original && !c.original->open) {
            c.reason = c.original->closureReason.isEmpty()
                           ? tr("The original session is closed")
                           : tr("Session closed: %1").arg(c.original->closureReason);
        } else {
            c.reason = c.postponed() ? tr("No slot in the current theatre plan")
                                     : tr("Rescheduled by the theatre manager");
        }
        const Recorded r = recorded->value(k.id, wholeSchedule);
        c.changedAt = r.at.isValid() ? r.at : ws.clock().now();
        c.changedBy = r.user;
        c.device = r.device.isEmpty() ? ws.deviceCode() : r.device;
        changes << c;
    }
    return changes;
}

} // namespace wp::fhir
