#include "CsvExporter.h"

#include "RecordAdapter.h"
#include "foundation/Clock.h"

#include <QDir>
#include <QSaveFile>
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
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
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
    f.write(bytes);
    if (!f.commit()) {
        return Error(CsvExporter::tr("Cannot write %1: %2").arg(path, f.errorString()), Error::Code::Io);
    }
    return {};
}

} // namespace

Result<QStringList> CsvExporter::write(const QString& directory, const QList<PatientRecords>& patients)
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
    return files;
}

} // namespace wp::fhir
