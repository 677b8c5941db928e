#include "ScheduleImporter.h"

#include "Schedule.h"
#include "TheatreSql.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "theatre/InstanceReader.h"

#include <QFile>
#include <QSet>

namespace wp::theatre {

Result<ImportSummary> ScheduleImporter::importFiles(const QString& sessionsPath, const QString& casesPath,
                                                    int turnover)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st.error();
    }
    QFile s(sessionsPath);
    QFile c(casesPath);
    if (!s.open(QIODevice::ReadOnly) || !c.open(QIODevice::ReadOnly)) {
        // The engine's reader words a missing or unreadable file the same way as the CLI.
        auto instance = InstanceReader::readFiles(sessionsPath, casesPath, turnover);
        return instance ? Error(tr("Cannot read %1 or %2.").arg(sessionsPath, casesPath), Error::Code::Io)
                        : instance.error();
    }
    return importData(s.readAll(), sessionsPath, c.readAll(), casesPath, turnover);
}

Result<ImportSummary> ScheduleImporter::importData(const QByteArray& sessionsCsv, const QString& sessionsName,
                                                   const QByteArray& casesCsv, const QString& casesName,
                                                   int turnover)
{
    if (auto st = m_ws.require(Permission::ManageTheatres); !st) {
        return st.error();
    }
    auto read = InstanceReader::fromData(sessionsCsv, sessionsName, casesCsv, casesName, turnover);
    if (!read) {
        return read.error();
    }
    const Instance& instance = *read;
    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    for (const char* table : {"theatre_priority_change", "theatre_postponement", "theatre_booking",
                              "theatre_case", "theatre_session", "surgeon", "theatre"}) {
        if (auto st = db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !st) {
            return st.error();
        }
    }
    ImportSummary summary;
    QSet<QString> theatres;
    for (const auto& s : instance.sessions) {
        if (!theatres.contains(s.theatre)) {
            theatres.insert(s.theatre);
            if (auto st = TheatreSql::run(db, QStringLiteral("INSERT INTO theatre (id, name) VALUES (?, ?)"),
                                          {s.theatre, s.theatre});
                !st) {
                return st.error();
            }
        }
        if (auto st = TheatreSql::run(
                db,
                QStringLiteral("INSERT INTO theatre_session (id, theatre_id, day, start_min, end_min, "
                               "specialty, status) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {s.id, s.theatre, TheatreSql::isoDate(s.date), s.start, s.end, s.specialty,
                 s.open ? QStringLiteral("open") : QStringLiteral("closed")});
            !st) {
            return st.error();
        }
        ++summary.sessions;
        summary.closedSessions += s.open ? 0 : 1;
    }
    QSet<QString> surgeons;
    std::vector<int> sessionOf(instance.cases.size(), -1);
    for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
        const Case& k = instance.cases[c];
        if (!surgeons.contains(k.surgeon)) {
            surgeons.insert(k.surgeon);
            if (auto st = TheatreSql::run(db, QStringLiteral("INSERT INTO surgeon (id, name) VALUES (?, ?)"),
                                          {k.surgeon, k.surgeon});
                !st) {
                return st.error();
            }
        }
        const QString patient = TheatreSql::linkedPatient(m_ws, k.patient);
        summary.linkedPatients += patient.isEmpty() ? 0 : 1;
        const bool defaultDeadline = k.deadline == ScheduleCase::defaultDeadline(k.listed, k.priority);
        const QString original = k.originalSession >= 0 ? instance.sessions[k.originalSession].id : QString();
        if (auto st = TheatreSql::run(
                db,
                QStringLiteral("INSERT INTO theatre_case (id, patient_ref, patient_id, surgeon_id, "
                               "specialty, procedure, duration_min, priority, listed_date, "
                               "earliest_date, deadline, original_session, locked) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {k.id, k.patient, TheatreSql::optionalText(patient), k.surgeon, k.specialty, k.procedure,
                 k.duration, k.priority, TheatreSql::isoDate(k.listed), TheatreSql::optionalDate(k.earliest),
                 defaultDeadline ? QVariant() : QVariant(TheatreSql::isoDate(k.deadline)),
                 TheatreSql::optionalText(original), k.locked ? 1 : 0});
            !st) {
            return st.error();
        }
        if (k.originalSession >= 0 && instance.sessions[k.originalSession].open) {
            sessionOf[c] = k.originalSession;
        }
        ++summary.cases;
    }
    const Plan plan = Plan::fromAssignment(instance, sessionOf);
    for (const auto& e : plan.entries) {
        if (e.sessionId.isEmpty()) {
            ++summary.needingSlot;
            continue;
        }
        ++summary.booked;
        if (auto st = TheatreSql::run(
                db,
                QStringLiteral(
                    "INSERT INTO theatre_booking (case_id, session_id, start_min) VALUES (?, ?, ?)"),
                {e.caseId, e.sessionId, e.start});
            !st) {
            return st.error();
        }
    }
    if (auto st = m_ws.setSetting(TheatreSql::turnoverKey(), QString::number(turnover)); !st) {
        return st.error();
    }
    if (auto st =
            AuditLog(m_ws).append(QStringLiteral("theatre.import"), QStringLiteral("theatre_schedule"), {},
                                  tr("%1 sessions (%2 closed), %3 cases from %4 and %5")
                                      .arg(summary.sessions)
                                      .arg(summary.closedSessions)
                                      .arg(summary.cases)
                                      .arg(sessionsName, casesName));
        !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return summary;
}

} // namespace wp::theatre
