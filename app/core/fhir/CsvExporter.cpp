#include "CsvExporter.h"

#include "AppointmentBuilder.h"
#include "RecordAdapter.h"
#include "foundation/Clock.h"

#include "foundation/OutputFile.h"
#include <QDir>
#include <QHash>
#include <QSet>

#include <map>

namespace wp::fhir {

QString CsvExporter::quote(const QString& field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        return QLatin1Char('"') + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    }
    return field;
}

namespace {

Status writeFile(const QString& path, const QList<QStringList>& rows)
{
    OutputFile f(path);
    if (!f.open()) {
        return Error(CsvExporter::tr("Cannot write %1: %2").arg(path, f.errorString()), Error::Code::Io);
    }
    QByteArray bytes;
    for (const auto& row : rows) {
        QStringList cells;
        for (const auto& cell : row) {
            cells << CsvExporter::quote(cell);
        }
        bytes += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    f.device().write(bytes);
    if (!f.commit()) {
        return Error(CsvExporter::tr("Cannot write %1: %2").arg(path, f.errorString()), Error::Code::Io);
    }
    return {};
}

QList<QStringList> appointmentRows(const QList<TheatreChange>& theatre, const QList<PatientRecords>& patients)
{
    QHash<QString, const Patient*> byId;
    for (const auto& pr : patients) {
        byId.insert(pr.patient.id, &pr.patient);
    }
    QList<QStringList> rows{{QStringLiteral("case_id"),
                             QStringLiteral("status"),
                             QStringLiteral("downtime_number"),
                             QStringLiteral("patient"),
                             QStringLiteral("ipp"),
                             QStringLiteral("phone"),
                             QStringLiteral("procedure"),
                             QStringLiteral("specialty"),
                             QStringLiteral("surgeon"),
                             QStringLiteral("priority"),
                             QStringLiteral("duration_min"),
                             QStringLiteral("previous_date"),
                             QStringLiteral("previous_theatre"),
                             QStringLiteral("previous_session"),
                             QStringLiteral("new_start"),
                             QStringLiteral("new_end"),
                             QStringLiteral("new_theatre"),
                             QStringLiteral("new_session"),
                             QStringLiteral("reason"),
                             QStringLiteral("deadline"),
                             QStringLiteral("recorded_at"),
                             QStringLiteral("recorded_by"),
                             QStringLiteral("laptop")}};
    for (const auto& c : theatre) {
        const theatre::ScheduleCase& k = c.theatreCase;
        const Patient* p = byId.value(k.patientRecordId);
        rows.append({k.id,
                     AppointmentBuilder::status(c),
                     p ? p->downtimeNumber : QString(),
                     k.patientLabel(),
                     p && !p->ipp.isEmpty() ? p->ipp : k.patientRef,
                     k.phone,
                     k.procedure,
                     k.specialty,
                     k.surgeon,
                     QStringLiteral("P%1").arg(k.priority),
                     QString::number(k.duration),
                     c.original ? c.original->date.toString(Qt::ISODate) : QString(),
                     c.original ? c.original->theatre : QString(),
                     c.original ? c.original->id : QString(),
                     c.current ? c.start().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
                     c.current ? c.end().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
                     c.current ? c.current->theatre : QString(),
                     c.current ? c.current->id : QString(),
                     c.reason,
                     k.deadline().toString(Qt::ISODate),
                     toStorageTime(c.changedAt),
                     c.changedBy,
                     c.device});
    }
    return rows;
}

} // namespace

Result<QStringList> CsvExporter::write(const QString& directory, const QList<PatientRecords>& patients,
                                       const QList<TheatreChange>& theatre)
{
    if (!QDir().mkpath(directory)) {
        return Error(tr("Cannot create the folder %1.").arg(directory), Error::Code::Io);
    }
    QStringList files;
    QList<QStringList> patientRows{
        {QStringLiteral("downtime_number"), QStringLiteral("ipp"), QStringLiteral("ins"),
         QStringLiteral("birth_name"), QStringLiteral("used_name"), QStringLiteral("first_names"),
         QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("identity_status"),
         QStringLiteral("status"), QStringLiteral("ward"), QStringLiteral("bed"),
         QStringLiteral("allergies")}};
    std::map<QString, QList<std::pair<const PatientRecords*, const RecordVersion*>>> byKind;
    for (const auto& pr : patients) {
        const Patient& p = pr.patient;
        patientRows.append({p.downtimeNumber, p.ipp, p.ins, p.birthName, p.usedName, p.firstNames,
                            p.birthDate.toString(Qt::ISODate), p.sex, p.identityStatus, p.status, p.wardCode,
                            p.bedLabel, p.allergies});
        for (const auto& m : pr.movements) {
            byKind[m.kind].append({&pr, &m});
        }
        for (const auto& v : pr.records) {
            byKind[v.kind].append({&pr, &v});
        }
    }
    const QString patientsFile = QDir(directory).filePath(QStringLiteral("patients.csv"));
    if (auto st = writeFile(patientsFile, patientRows); !st) {
        return st.error();
    }
    files << patientsFile;
    for (const auto& [kind, list] : byKind) {
        QStringList keys;
        QSet<QString> seen;
        for (const auto& [pr, v] : list) {
            for (auto it = v->data.constBegin(); it != v->data.constEnd(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    keys << it.key();
                }
            }
        }
        keys.sort();
        QStringList header{QStringLiteral("downtime_number"), QStringLiteral("patient"),
                           QStringLiteral("record_id"),       QStringLiteral("version"),
                           QStringLiteral("occurred_at"),     QStringLiteral("recorded_at"),
                           QStringLiteral("recorded_by"),     QStringLiteral("laptop")};
        QList<QStringList> rows{header + keys};
        for (const auto& [pr, v] : list) {
            QStringList row{pr->patient.downtimeNumber,
                            pr->patient.displayName(),
                            v->recordId,
                            QString::number(v->version),
                            toStorageTime(v->occurredAt.isValid() ? v->occurredAt : v->createdAt),
                            toStorageTime(v->createdAt),
                            v->createdBy,
                            v->device};
            for (const QString& key : keys) {
                row << RecordAdapter::text(v->data, {key});
            }
            rows.append(row);
        }
        QString safe = kind;
        safe.replace(QLatin1Char('/'), QLatin1Char('_'));
        const QString file = QDir(directory).filePath(safe + QStringLiteral(".csv"));
        if (auto st = writeFile(file, rows); !st) {
            return st.error();
        }
        files << file;
    }
    if (!theatre.isEmpty()) {
        const QString file = QDir(directory).filePath(QStringLiteral("appointments.csv"));
        if (auto st = writeFile(file, appointmentRows(theatre, patients)); !st) {
            return st.error();
        }
        files << file;
    }
    return files;
}

} // namespace wp::fhir
