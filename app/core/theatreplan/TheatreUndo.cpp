#include "TheatreUndo.h"

#include "TheatreService.h"
#include "TheatreSql.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "theatre/PlanChecker.h"

#include <QSet>

namespace wp::theatre {

namespace {

using Sql = TheatreSql;

// Counts rows of a one-parameter COUNT(*) query.
Result<int> count(db::Database& db, const QString& sql, const QString& id)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    st->bind(1, id);
    auto row = st->step();
    if (!row) {
        return row.error();
    }
    return *row ? st->integer(0) : 0;
}

} // namespace

bool TheatreUndo::samePlan(const Schedule& a, const Schedule& b)
{
    if (a.sessions.size() != b.sessions.size() || a.cases.size() != b.cases.size()) {
        return false;
    }
    for (size_t s = 0; s < a.sessions.size(); ++s) {
        if (a.sessions[s].id != b.sessions[s].id || a.sessions[s].open != b.sessions[s].open) {
            return false;
        }
    }
    for (size_t c = 0; c < a.cases.size(); ++c) {
        const ScheduleCase& x = a.cases[c];
        const ScheduleCase& y = b.cases[c];
        if (x.id != y.id || x.bookedSession != y.bookedSession || x.locked != y.locked ||
            (!x.bookedSession.isEmpty() && x.bookedStart != y.bookedStart)) {
            return false;
        }
    }
    return true;
}

Status TheatreUndo::restorePlan(const Schedule& expected, const Schedule& target, const QString& why)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto current = TheatreService(m_ws).load();
    if (!current) {
        return current.error();
    }
    if (!samePlan(*current, expected)) {
        return Error(
            tr("The plan has changed since (another window or laptop?): reload and edit it by hand."),
            Error::Code::Conflict);
    }
    Schedule after = *current;
    for (auto& s : after.sessions) {
        const ScheduleSession* t = target.session(s.id);
        if (t == nullptr) {
            return Error(tr("There is no session %1.").arg(s.id), Error::Code::Conflict);
        }
        s.open = t->open;
        s.closureReason = t->closureReason;
    }
    for (auto& k : after.cases) {
        const ScheduleCase* t = target.findCase(k.id);
        if (t == nullptr) {
            return Error(tr("There is no case %1.").arg(k.id), Error::Code::Conflict);
        }
        k.bookedSession = t->bookedSession;
        k.bookedStart = t->bookedSession.isEmpty() ? -1 : t->bookedStart;
        k.locked = t->locked && !t->bookedSession.isEmpty();
    }
    // The restored plan must not break what the present one keeps.
    QSet<QString> known;
    for (const auto& v : PlanChecker::check(current->toInstance(), current->plan()).violations) {
        known.insert(v.message);
    }
    for (const auto& v : PlanChecker::check(after.toInstance(), after.plan()).violations) {
        if (!known.contains(v.message)) {
            return Error(tr("This cannot be done again: %1").arg(v.message), Error::Code::Conflict);
        }
    }
    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    for (size_t s = 0; s < after.sessions.size(); ++s) {
        const ScheduleSession& x = after.sessions[s];
        if (x.open == current->sessions[s].open) {
            continue;
        }
        if (auto st = Sql::run(db,
                               QStringLiteral("UPDATE theatre_session SET status = ?, closure_reason = ? "
                                              "WHERE id = ?"),
                               {x.open ? QStringLiteral("open") : QStringLiteral("closed"),
                                x.open ? QVariant() : QVariant(x.closureReason), x.id});
            !st) {
            return st;
        }
        if (auto st = AuditLog(m_ws).append(x.open ? QStringLiteral("theatre.session.reopen")
                                                   : QStringLiteral("theatre.session.close"),
                                            QStringLiteral("theatre_session"), x.id, why);
            !st) {
            return st;
        }
    }
    if (auto st = Sql::writeBookings(m_ws, *current, after, why); !st) {
        return st;
    }
    for (size_t c = 0; c < after.cases.size(); ++c) {
        if (after.cases[c].locked == current->cases[c].locked) {
            continue;
        }
        if (auto st = Sql::run(db, QStringLiteral("UPDATE theatre_case SET locked = ? WHERE id = ?"),
                               {after.cases[c].locked ? 1 : 0, after.cases[c].id});
            !st) {
            return st;
        }
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("theatre.plan.restore"),
                                        QStringLiteral("theatre_schedule"), {}, why);
        !st) {
        return st;
    }
    return tx->commit();
}

Status TheatreUndo::removeCase(const QString& caseId, const QString& why)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto& db = m_ws.db();
    auto history =
        count(db,
              QStringLiteral("SELECT (SELECT COUNT(*) FROM theatre_postponement WHERE case_id = ?1) + "
                             "(SELECT COUNT(*) FROM theatre_priority_change WHERE case_id = ?1)"),
              caseId);
    if (!history) {
        return history.error();
    }
    if (*history > 0) {
        return Error(tr("Case %1 already has a history (postponement or change of priority): it stays; "
                        "postpone it instead.")
                         .arg(caseId),
                     Error::Code::Conflict);
    }
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::run(db, QStringLiteral("DELETE FROM theatre_booking WHERE case_id = ?"), {caseId});
        !st) {
        return st;
    }
    if (auto st = Sql::run(db, QStringLiteral("DELETE FROM theatre_case WHERE id = ?"), {caseId}); !st) {
        return st;
    }
    if (db.changes() == 0) {
        return Error(tr("There is no case %1.").arg(caseId), Error::Code::NotFound);
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("theatre.case.remove"), QStringLiteral("theatre_case"),
                                        caseId, why);
        !st) {
        return st;
    }
    return tx->commit();
}

Status TheatreUndo::removeSession(const QString& sessionId, const QString& why)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto& db = m_ws.db();
    auto used = count(db,
                      QStringLiteral("SELECT (SELECT COUNT(*) FROM theatre_booking WHERE session_id = ?1) + "
                                     "(SELECT COUNT(*) FROM theatre_case WHERE original_session = ?1)"),
                      sessionId);
    if (!used) {
        return used.error();
    }
    if (*used > 0) {
        return Error(tr("Session %1 has cases: move them first.").arg(sessionId), Error::Code::Conflict);
    }
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::run(db, QStringLiteral("DELETE FROM theatre_session WHERE id = ?"), {sessionId});
        !st) {
        return st;
    }
    if (db.changes() == 0) {
        return Error(tr("There is no session %1.").arg(sessionId), Error::Code::NotFound);
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("theatre.session.remove"),
                                        QStringLiteral("theatre_session"), sessionId, why);
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp::theatre
