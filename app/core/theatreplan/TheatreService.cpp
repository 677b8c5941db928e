#include "TheatreService.h"

#include "MoveChecker.h"
#include "ScheduleImporter.h"
#include "SessionOrder.h"
#include "TheatreSql.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "patients/PatientService.h"
#include "theatre/InstanceReader.h"
#include "theatre/PlanFile.h"

#include <QFile>
#include <QSet>
#include <QVariant>

namespace wp::theatre {

namespace {

using Sql = TheatreSql;

} // namespace

Status TheatreService::checkReason(const QString& reason, const QString& what) const
{
    if (reason.trimmed().isEmpty()) {
        return Error(tr("A reason is required for %1.").arg(what), Error::Code::InvalidInput);
    }
    if (reason.size() > maxReasonLength) {
        return Error(tr("The reason is too long (at most %1 characters).").arg(maxReasonLength),
                     Error::Code::InvalidInput);
    }
    return {};
}

Result<ImportSummary> TheatreService::importFiles(const QString& sessionsPath, const QString& casesPath,
                                                  int turnover)
{
    return ScheduleImporter(m_ws).importFiles(sessionsPath, casesPath, turnover);
}

Result<ImportSummary> TheatreService::importData(const QByteArray& sessions, const QString& sessionsName,
                                                 const QByteArray& cases, const QString& casesName,
                                                 int turnover)
{
    return ScheduleImporter(m_ws).importData(sessions, sessionsName, cases, casesName, turnover);
}

Result<Schedule> TheatreService::load()
{
    auto& db = m_ws.db();
    Schedule schedule;
    bool ok = false;
    schedule.turnover = m_ws.setting(Sql::turnoverKey(), QStringLiteral("15")).toInt(&ok);
    if (!ok) {
        schedule.turnover = 15;
    }
    auto sessions =
        db.prepare(QStringLiteral("SELECT s.id, s.theatre_id, s.day, s.start_min, s.end_min, s.specialty, "
                                  "s.status, s.closure_reason FROM theatre_session s "
                                  "ORDER BY s.day, s.theatre_id, s.start_min"));
    if (!sessions) {
        return sessions.error();
    }
    for (;;) {
        auto row = sessions->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        ScheduleSession s;
        s.id = sessions->text(0);
        s.theatre = sessions->text(1);
        s.date = QDate::fromString(sessions->text(2), Qt::ISODate);
        s.start = sessions->integer(3);
        s.end = sessions->integer(4);
        s.specialty = sessions->text(5);
        s.open = sessions->text(6) == QLatin1String("open");
        s.closureReason = sessions->text(7);
        schedule.sessions.push_back(s);
    }
    auto cases = db.prepare(QStringLiteral(
        "SELECT c.id, c.patient_ref, c.patient_id, c.phone, c.surgeon_id, c.specialty, c.procedure, "
        "c.duration_min, c.priority, c.listed_date, c.earliest_date, c.deadline, c.original_session, "
        "b.session_id, b.start_min, c.locked, p.birth_name, p.used_name, p.first_names, "
        "(SELECT reason FROM theatre_postponement r WHERE r.case_id = c.id ORDER BY r.seq DESC LIMIT 1), "
        "p.birth_date, p.ipp, p.downtime_number "
        "FROM theatre_case c LEFT JOIN theatre_booking b ON b.case_id = c.id "
        "LEFT JOIN patient p ON p.id = c.patient_id ORDER BY c.id"));
    if (!cases) {
        return cases.error();
    }
    for (;;) {
        auto row = cases->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        ScheduleCase k;
        k.id = cases->text(0);
        k.patientRef = cases->text(1);
        k.patientRecordId = cases->text(2);
        k.phone = cases->text(3);
        k.surgeon = cases->text(4);
        k.specialty = cases->text(5);
        k.procedure = cases->text(6);
        k.duration = cases->integer(7);
        k.priority = cases->integer(8);
        k.listed = QDate::fromString(cases->text(9), Qt::ISODate);
        if (!cases->isNull(10)) {
            k.earliest = QDate::fromString(cases->text(10), Qt::ISODate);
        }
        if (!cases->isNull(11)) {
            k.explicitDeadline = QDate::fromString(cases->text(11), Qt::ISODate);
        }
        k.originalSession = cases->text(12);
        k.bookedSession = cases->text(13);
        k.bookedStart = cases->isNull(14) ? -1 : cases->integer(14);
        k.locked = cases->integer(15) != 0;
        if (!cases->isNull(16)) {
            Patient p;
            p.birthName = cases->text(16);
            p.usedName = cases->text(17);
            p.firstNames = cases->text(18);
            k.patientName = p.displayName();
            // Namesakes are common: printouts and the proposal name the patient with these.
            k.patientBirthDate = QDate::fromString(cases->text(20), Qt::ISODate);
            k.patientIpp = cases->text(21);
            k.patientDowntimeNumber = cases->text(22);
        }
        k.lastPostponementReason = cases->text(19);
        schedule.cases.push_back(k);
    }
    schedule.reindex();
    return schedule;
}

Status TheatreService::saveSession(const ScheduleSession& s, bool create)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    if (s.id.trimmed().isEmpty() || s.theatre.trimmed().isEmpty()) {
        return Error(tr("A session needs an id and a theatre."), Error::Code::InvalidInput);
    }
    if (!s.date.isValid() || s.start < 0 || s.end > 24 * 60 || s.end <= s.start) {
        return Error(tr("Session %1: the end must come after the start, on the same day.").arg(s.id),
                     Error::Code::InvalidInput);
    }
    auto schedule = load();
    if (!schedule) {
        return schedule.error();
    }
    const ScheduleSession* existing = schedule->session(s.id);
    if (create && existing != nullptr) {
        return Error(tr("There is already a session %1.").arg(s.id), Error::Code::Conflict);
    }
    if (!create && existing == nullptr) {
        return Error(tr("There is no session %1.").arg(s.id), Error::Code::NotFound);
    }
    for (const auto& o : schedule->sessions) {
        if (o.id != s.id && o.theatre == s.theatre && o.date == s.date && o.start < s.end &&
            s.start < o.end) {
            return Error(
                tr("%1 already has session %2 from %3 to %4 that day.")
                    .arg(s.theatre, o.id, PlanFile::formatTime(o.start), PlanFile::formatTime(o.end)),
                Error::Code::Conflict);
        }
    }
    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::run(db, QStringLiteral("INSERT OR IGNORE INTO theatre (id, name) VALUES (?, ?)"),
                           {s.theatre, s.theatre});
        !st) {
        return st;
    }
    const QVariantList params{s.theatre, Sql::isoDate(s.date), s.start, s.end, s.specialty, s.id};
    if (auto st = Sql::run(
            db,
            create ? QStringLiteral("INSERT INTO theatre_session (theatre_id, day, start_min, end_min, "
                                    "specialty, id, status) VALUES (?, ?, ?, ?, ?, ?, 'open')")
                   : QStringLiteral("UPDATE theatre_session SET theatre_id = ?, day = ?, start_min = ?, "
                                    "end_min = ?, specialty = ? WHERE id = ?"),
            params);
        !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(
            create ? QStringLiteral("theatre.session.create") : QStringLiteral("theatre.session.edit"),
            QStringLiteral("theatre_session"), s.id,
            QStringLiteral("%1 %2 %3-%4 %5")
                .arg(s.theatre, Sql::isoDate(s.date), PlanFile::formatTime(s.start),
                     PlanFile::formatTime(s.end), s.specialty));
        !st) {
        return st;
    }
    return tx->commit();
}

Status TheatreService::saveCase(const ScheduleCase& k, bool create)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    if (k.id.trimmed().isEmpty() || k.patientRef.trimmed().isEmpty() || k.surgeon.trimmed().isEmpty() ||
        k.specialty.trimmed().isEmpty()) {
        return Error(tr("A case needs an id, a patient, a surgeon and a specialty."),
                     Error::Code::InvalidInput);
    }
    if (k.duration <= 0 || k.priority < 1 || k.priority > 4 || !k.listed.isValid()) {
        return Error(
            tr("Case %1: the duration must be positive, the priority P1 to P4 and the listed date set.")
                .arg(k.id),
            Error::Code::InvalidInput);
    }
    auto schedule = load();
    if (!schedule) {
        return schedule.error();
    }
    const ScheduleCase* existing = schedule->findCase(k.id);
    if (create && existing != nullptr) {
        return Error(tr("There is already a case %1.").arg(k.id), Error::Code::Conflict);
    }
    if (!create && existing == nullptr) {
        return Error(tr("There is no case %1.").arg(k.id), Error::Code::NotFound);
    }
    if (!k.originalSession.isEmpty() && schedule->session(k.originalSession) == nullptr) {
        return Error(tr("There is no session %1.").arg(k.originalSession), Error::Code::InvalidInput);
    }
    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::run(db, QStringLiteral("INSERT OR IGNORE INTO surgeon (id, name) VALUES (?, ?)"),
                           {k.surgeon, k.surgeon});
        !st) {
        return st;
    }
    const int priority = create ? k.priority : existing->priority;
    const QVariantList params{k.patientRef,
                              Sql::optionalText(Sql::linkedPatient(m_ws, k.patientRef)),
                              Sql::optionalText(k.phone),
                              k.surgeon,
                              k.specialty,
                              k.procedure,
                              k.duration,
                              priority,
                              Sql::isoDate(k.listed),
                              Sql::optionalDate(k.earliest),
                              Sql::optionalDate(k.explicitDeadline),
                              Sql::optionalText(k.originalSession),
                              k.id};
    if (auto st = Sql::run(
            db,
            create ? QStringLiteral("INSERT INTO theatre_case (patient_ref, patient_id, phone, surgeon_id, "
                                    "specialty, procedure, duration_min, priority, listed_date, "
                                    "earliest_date, deadline, original_session, id) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   : QStringLiteral("UPDATE theatre_case SET patient_ref = ?, patient_id = ?, phone = ?, "
                                    "surgeon_id = ?, specialty = ?, procedure = ?, duration_min = ?, "
                                    "priority = ?, listed_date = ?, earliest_date = ?, deadline = ?, "
                                    "original_session = ? WHERE id = ?"),
            params);
        !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(
            create ? QStringLiteral("theatre.case.create") : QStringLiteral("theatre.case.edit"),
            QStringLiteral("theatre_case"), k.id,
            QStringLiteral("%1 %2 %3 min P%4").arg(k.surgeon, k.procedure).arg(k.duration).arg(priority));
        !st) {
        return st;
    }
    return tx->commit();
}

Result<QStringList> TheatreService::closeTheatre(const QString& theatre, const QDate& from, const QDate& to,
                                                 const QString& reason)
{
    auto schedule = load();
    if (!schedule) {
        return schedule.error();
    }
    QStringList ids;
    for (const auto& s : schedule->sessions) {
        if (s.theatre == theatre && s.open && s.date >= from && s.date <= to) {
            ids << s.id;
        }
    }
    if (ids.isEmpty()) {
        return Error(
            tr("%1 has no open session from %2 to %3.").arg(theatre, Sql::isoDate(from), Sql::isoDate(to)),
            Error::Code::NotFound);
    }
    if (auto st = closeSessions(ids, reason); !st) {
        return st.error();
    }
    return ids;
}

Status TheatreService::closeSessions(const QStringList& sessionIds, const QString& reason)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    if (auto st = checkReason(reason, tr("closing a session")); !st) {
        return st;
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = closeInTransaction(sessionIds, reason); !st) {
        return st;
    }
    return tx->commit();
}

Status TheatreService::closeInTransaction(const QStringList& sessionIds, const QString& reason)
{
    auto before = load();
    if (!before) {
        return before.error();
    }
    Schedule after = *before;
    const QSet<QString> closing(sessionIds.begin(), sessionIds.end());
    for (const auto& id : sessionIds) {
        if (before->session(id) == nullptr) {
            return Error(tr("There is no session %1.").arg(id), Error::Code::NotFound);
        }
        after.sessions[after.sessionIndex(id)].open = false;
    }
    for (auto& k : after.cases) {
        if (closing.contains(k.bookedSession)) {
            k.bookedSession.clear();
            k.bookedStart = -1;
            k.locked = false;
        }
    }
    auto& db = m_ws.db();
    for (const auto& id : sessionIds) {
        if (auto st =
                Sql::run(db,
                         QStringLiteral(
                             "UPDATE theatre_session SET status = 'closed', closure_reason = ? WHERE id = ?"),
                         {reason, id});
            !st) {
            return st;
        }
        if (auto st = AuditLog(m_ws).append(QStringLiteral("theatre.session.close"),
                                            QStringLiteral("theatre_session"), id, reason);
            !st) {
            return st;
        }
    }
    return Sql::writeBookings(m_ws, *before, after, tr("Session closed: %1").arg(reason));
}

Status TheatreService::reopenSessions(const QStringList& sessionIds)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    for (const auto& id : sessionIds) {
        if (auto st = Sql::run(
                db,
                QStringLiteral(
                    "UPDATE theatre_session SET status = 'open', closure_reason = NULL WHERE id = ?"),
                {id});
            !st) {
            return st;
        }
        if (db.changes() == 0) {
            return Error(tr("There is no session %1.").arg(id), Error::Code::NotFound);
        }
        if (auto st = AuditLog(m_ws).append(QStringLiteral("theatre.session.reopen"),
                                            QStringLiteral("theatre_session"), id);
            !st) {
            return st;
        }
    }
    return tx->commit();
}

Status TheatreService::changePriority(const QString& caseId, int priority, const QString& reason)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    if (priority < 1 || priority > 4) {
        return Error(tr("The priority must be P1 to P4."), Error::Code::InvalidInput);
    }
    if (auto st = checkReason(reason, tr("a change of priority")); !st) {
        return st;
    }
    auto schedule = load();
    if (!schedule) {
        return schedule.error();
    }
    const ScheduleCase* k = schedule->findCase(caseId);
    if (k == nullptr) {
        return Error(tr("There is no case %1.").arg(caseId), Error::Code::NotFound);
    }
    if (k->priority == priority) {
        return {};
    }
    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    const Actor actor = m_ws.actor();
    if (auto st = Sql::run(
            db,
            QStringLiteral("INSERT INTO theatre_priority_change (case_id, at, by_user, old_priority, "
                           "new_priority, reason) VALUES (?, ?, ?, ?, ?, ?)"),
            {caseId, toStorageTime(m_ws.clock().now()), actor.login, k->priority, priority, reason});
        !st) {
        return st;
    }
    if (auto st = Sql::run(db, QStringLiteral("UPDATE theatre_case SET priority = ? WHERE id = ?"),
                           {priority, caseId});
        !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(
            QStringLiteral("theatre.case.priority"), QStringLiteral("theatre_case"), caseId,
            QStringLiteral("P%1 -> P%2: %3").arg(k->priority).arg(priority).arg(reason));
        !st) {
        return st;
    }
    return tx->commit();
}

Status TheatreService::setLocked(const QString& caseId, bool locked)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto schedule = load();
    if (!schedule) {
        return schedule.error();
    }
    const int c = schedule->caseIndex(caseId);
    if (c < 0) {
        return Error(tr("There is no case %1.").arg(caseId), Error::Code::NotFound);
    }
    if (locked) {
        const ScheduleSession* s = schedule->session(schedule->cases[c].bookedSession);
        if (s == nullptr || !s->open) {
            return Error(
                tr("Case %1 has no slot in an open session: give it one before locking it.").arg(caseId),
                Error::Code::Conflict);
        }
        // Locked cases together must leave a feasible plan, or the engine could not plan at all.
        schedule->cases[c].locked = true;
        const Instance instance = schedule->toInstance();
        std::vector<int> onlyLocked(schedule->cases.size(), -1);
        for (size_t o = 0; o < schedule->cases.size(); ++o) {
            if (schedule->cases[o].locked) {
                onlyLocked[o] = schedule->sessionIndex(schedule->cases[o].bookedSession);
            }
        }
        const PlanEvaluation check = PlanChecker::check(instance, Plan::fromAssignment(instance, onlyLocked));
        for (const auto& v : check.violations) {
            if (v.constraint != 1) { // the other cases are absent on purpose
                return Error(tr("Case %1 cannot be locked there: %2").arg(caseId, v.message),
                             Error::Code::Conflict);
            }
        }
    }
    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::run(db, QStringLiteral("UPDATE theatre_case SET locked = ? WHERE id = ?"),
                           {locked ? 1 : 0, caseId});
        !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(
            locked ? QStringLiteral("theatre.case.lock") : QStringLiteral("theatre.case.unlock"),
            QStringLiteral("theatre_case"), caseId, schedule->cases[c].bookedSession);
        !st) {
        return st;
    }
    return tx->commit();
}

QString TheatreService::explainMove(const Schedule& schedule, const QString& caseId, const QString& sessionId)
{
    const int c = schedule.caseIndex(caseId);
    if (c < 0) {
        return tr("There is no case %1.").arg(caseId);
    }
    const int s = sessionId.isEmpty() ? -1 : schedule.sessionIndex(sessionId);
    if (!sessionId.isEmpty() && s < 0) {
        return tr("There is no session %1.").arg(sessionId);
    }
    return MoveChecker::explain(schedule, schedule.toInstance(), c, s);
}

Status TheatreService::moveCase(const QString& caseId, const QString& sessionId, const QString& reason)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto before = load();
    if (!before) {
        return before.error();
    }
    if (const QString why = explainMove(*before, caseId, sessionId); !why.isEmpty()) {
        return Error(why, Error::Code::Conflict);
    }
    const int c = before->caseIndex(caseId);
    const QString from = before->cases[c].bookedSession;
    if (sessionId.isEmpty() && !from.isEmpty()) {
        if (auto st = checkReason(reason, tr("a postponement")); !st) {
            return st;
        }
    }
    if (from == sessionId) {
        return {};
    }
    Schedule after = *before;
    const Instance instance = after.toInstance();
    std::vector<int> sessionOf = after.assignment();
    sessionOf[c] = sessionId.isEmpty() ? -1 : after.sessionIndex(sessionId);
    after.applyAssignment(instance, sessionOf);
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::writeBookings(m_ws, *before, after, reason); !st) {
        return st;
    }
    if (auto st =
            AuditLog(m_ws).append(QStringLiteral("theatre.case.move"), QStringLiteral("theatre_case"), caseId,
                                  QStringLiteral("%1 -> %2%3")
                                      .arg(from.isEmpty() ? QStringLiteral("-") : from,
                                           sessionId.isEmpty() ? QStringLiteral("-") : sessionId,
                                           reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
        !st) {
        return st;
    }
    return tx->commit();
}

QString TheatreService::explainPlace(const Schedule& schedule, const Instance& instance,
                                     const QString& caseId, const QString& sessionId, int position, int start)
{
    Schedule copy = schedule;
    const int c = copy.caseIndex(caseId);
    const int s = copy.sessionIndex(sessionId);
    if (c < 0) {
        return tr("There is no case %1.").arg(caseId);
    }
    if (s < 0) {
        return tr("There is no session %1.").arg(sessionId);
    }
    return SessionOrder::place(copy, instance, c, s, position, start, false);
}

Status TheatreService::placeCase(const QString& caseId, const QString& sessionId, int position, int start)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto before = load();
    if (!before) {
        return before.error();
    }
    const int c = before->caseIndex(caseId);
    const int s = before->sessionIndex(sessionId);
    if (c < 0 || s < 0) {
        return Error(c < 0 ? tr("There is no case %1.").arg(caseId)
                           : tr("There is no session %1.").arg(sessionId),
                     Error::Code::NotFound);
    }
    Schedule after = *before;
    if (const QString why = SessionOrder::place(after, before->toInstance(), c, s, position, start);
        !why.isEmpty()) {
        return Error(why, Error::Code::Conflict);
    }
    const ScheduleCase& was = before->cases[c];
    const ScheduleCase& now = after.cases[c];
    if (was.bookedSession == now.bookedSession && was.bookedStart == now.bookedStart &&
        before->casesIn(s) == after.casesIn(s)) {
        return {};
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::writeBookings(m_ws, *before, after, {}); !st) {
        return st;
    }
    const QString fromText =
        was.bookedSession.isEmpty()
            ? QStringLiteral("-")
            : QStringLiteral("%1 %2").arg(was.bookedSession, PlanFile::formatTime(was.bookedStart));
    if (auto st = AuditLog(m_ws).append(
            QStringLiteral("theatre.case.place"), QStringLiteral("theatre_case"), caseId,
            QStringLiteral("%1 -> %2 %3").arg(fromText, sessionId, PlanFile::formatTime(now.bookedStart)));
        !st) {
        return st;
    }
    return tx->commit();
}

Status TheatreService::applyProposal(const Proposal& proposal, const QStringList& acceptedCaseIds,
                                     const QString& postponeReason)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st;
    }
    auto before = load();
    if (!before) {
        return before.error();
    }
    if (before->assignment() != proposal.current || proposal.proposed.size() != before->cases.size()) {
        return Error(tr("The plan changed since this proposal was made: reschedule again."),
                     Error::Code::Conflict);
    }
    const std::vector<int> merged = proposal.merged(acceptedCaseIds);
    bool postpones = false;
    for (size_t c = 0; c < merged.size(); ++c) {
        postpones = postpones || (merged[c] < 0 && proposal.current[c] >= 0);
    }
    if (postpones) {
        if (auto st = checkReason(postponeReason, tr("a postponement")); !st) {
            return st;
        }
    }
    const Instance instance = before->toInstance();
    if (!acceptedCaseIds.isEmpty()) {
        // Some changes only make sense together (a case leaves so that another fits): refuse a
        // subset that breaks a constraint the current plan did not already break.
        const PlanEvaluation now =
            PlanChecker::check(instance, Plan::fromAssignment(instance, proposal.current));
        QSet<QString> known;
        for (const auto& v : now.violations) {
            known.insert(v.message);
        }
        const PlanEvaluation next = PlanChecker::check(instance, Plan::fromAssignment(instance, merged));
        for (const auto& v : next.violations) {
            if (!known.contains(v.message)) {
                return Error(tr("These changes cannot be accepted alone: %1").arg(v.message),
                             Error::Code::Conflict);
            }
        }
    }
    Schedule after = *before;
    after.applyAssignment(instance, merged);
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = Sql::writeBookings(m_ws, *before, after, postponeReason); !st) {
        return st;
    }
    int changed = 0;
    for (size_t c = 0; c < merged.size(); ++c) {
        changed += merged[c] != proposal.current[c] ? 1 : 0;
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("theatre.plan.apply"),
                                        QStringLiteral("theatre_schedule"), {},
                                        tr("%1 of %2 proposed changes accepted; cost %3 -> %4")
                                            .arg(changed)
                                            .arg(proposal.changes.size())
                                            .arg(PlanChecker::evaluate(instance, proposal.current).cost)
                                            .arg(PlanChecker::evaluate(instance, merged).cost));
        !st) {
        return st;
    }
    return tx->commit();
}

Result<QByteArray> TheatreService::exportPlanCsv()
{
    auto schedule = load();
    if (!schedule) {
        return schedule.error();
    }
    return PlanFile::toCsv(schedule->plan());
}

Status TheatreService::exportPlan(const QString& path)
{
    if (auto st = m_ws.require(Permission::ExportData); !st) {
        return st;
    }
    auto schedule = load();
    if (!schedule) {
        return schedule.error();
    }
    if (auto st = PlanFile::write(schedule->plan(), path); !st) {
        return st;
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("theatre.plan.export"),
                                        QStringLiteral("theatre_schedule"), {}, path);
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp::theatre
