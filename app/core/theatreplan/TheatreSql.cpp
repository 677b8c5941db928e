#include "TheatreSql.h"

#include "audit/AuditLog.h"
#include "patients/PatientService.h"

namespace wp::theatre {

Status TheatreSql::run(db::Database& db, const QString& sql, const QVariantList& params)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    for (int i = 0; i < params.size(); ++i) {
        st->bindVariant(i + 1, params[i]);
    }
    return st->exec();
}

QString TheatreSql::linkedPatient(Workspace& ws, const QString& ref)
{
    if (ref.isEmpty()) {
        return {};
    }
    auto p = PatientService(ws).findByNumber(ref);
    return p ? p->id : QString();
}

Status TheatreSql::writeBookings(Workspace& ws, const Schedule& before, const Schedule& after,
                                 const QString& postponeReason)
{
    auto& db = ws.db();
    if (auto st = db.exec(QStringLiteral("DELETE FROM theatre_booking")); !st) {
        return st;
    }
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO theatre_booking (case_id, session_id, start_min) VALUES (?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    const Actor actor = ws.actor();
    const QString now = toStorageTime(ws.clock().now());
    for (size_t c = 0; c < after.cases.size(); ++c) {
        const ScheduleCase& k = after.cases[c];
        if (!k.bookedSession.isEmpty()) {
            insert->reset();
            insert->bind(1, k.id).bind(2, k.bookedSession).bind(3, k.bookedStart);
            if (auto st = insert->exec(); !st) {
                return st;
            }
            continue;
        }
        const QString from = before.cases[c].bookedSession;
        if (from.isEmpty()) {
            continue;
        }
        if (auto st = run(db, QStringLiteral("UPDATE theatre_case SET locked = 0 WHERE id = ?"), {k.id});
            !st) {
            return st;
        }
        if (auto st =
                run(db,
                    QStringLiteral("INSERT INTO theatre_postponement (case_id, at, by_user, from_session, "
                                   "reason) VALUES (?, ?, ?, ?, ?)"),
                    {k.id, now, actor.login, from, postponeReason});
            !st) {
            return st;
        }
        if (auto st =
                AuditLog(ws).append(QStringLiteral("theatre.case.postpone"), QStringLiteral("theatre_case"),
                                    k.id, QStringLiteral("%1: %2").arg(from, postponeReason));
            !st) {
            return st;
        }
    }
    return {};
}

} // namespace wp::theatre
