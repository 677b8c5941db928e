#include "CensusImporter.h"

#include "Transaction.h"
#include "clinical/DuplicateDetector.h"
#include "csv/CsvReader.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace wp {

namespace {

struct CensusLine
{
    int line = 0;
    Patient patient;
    QDateTime admittedAt;
    QString allergies;
};

} // namespace

QStringList CensusImporter::columns()
{
    return {QStringLiteral("ipp"),       QStringLiteral("ins"),         QStringLiteral("birth_name"),
            QStringLiteral("used_name"), QStringLiteral("first_names"), QStringLiteral("birth_date"),
            QStringLiteral("sex"),       QStringLiteral("birth_place"), QStringLiteral("ward"),
            QStringLiteral("bed"),       QStringLiteral("admitted_at"), QStringLiteral("reason"),
            QStringLiteral("allergies")};
}

Result<ImportReport> CensusImporter::importFile(const QString& path, bool dryRun)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1.").arg(path), Error::Code::InvalidInput);
    }
    return importData(f.readAll(), path, dryRun);
}

Result<ImportReport> CensusImporter::importData(const QByteArray& data, const QString& fileName, bool dryRun)
{
    if (auto st = m_ws.require(Permission::ImportData); !st) {
        return st.error();
    }
    auto csv = CsvReader::fromData(data, fileName);
    if (!csv) {
        return csv.error();
    }
    const QStringList required{QStringLiteral("birth_name"), QStringLiteral("first_names"),
                               QStringLiteral("birth_date"), QStringLiteral("sex")};
    QStringList optional = columns();
    for (const auto& r : required) {
        optional.removeAll(r);
    }
    if (auto st = csv->checkColumns(required, optional); !st) {
        return st.error();
    }

    PatientService patients(m_ws);
    const QDate today = m_ws.clock().now().toLocalTime().date();
    ImportReport report;
    QList<CensusLine> rows;
    QHash<QString, int> ippLines;
    QHash<QString, int> bedLines;
    for (const auto& record : csv->records()) {
        const auto value = [&](const char* column) {
            return csv->value(record, QString::fromLatin1(column));
        };
        Patient p;
        p.ipp = value("ipp");
        p.ins = value("ins");
        p.birthName = value("birth_name");
        p.usedName = value("used_name");
        p.firstNames = value("first_names");
        p.birthDate = QDate::fromString(value("birth_date"), QStringLiteral("yyyy-MM-dd"));
        if (!p.birthDate.isValid()) {
            return csv->error(record.line, QStringLiteral("birth_date"), tr("a date as YYYY-MM-DD"));
        }
        const QString sex = value("sex");
        if (sex != QLatin1String("F") && sex != QLatin1String("M") && sex != QLatin1String("U")) {
            return csv->error(record.line, QStringLiteral("sex"), tr("F, M or U"));
        }
        p.sex = sex;
        p.birthPlace = value("birth_place");
        p.identityStatus = QStringLiteral("provisional");
        for (const auto& issue : p.identity().validate(today)) {
            if (issue.isError()) {
                const QString column =
                    columns().contains(issue.field) ? issue.field : QStringLiteral("birth_name");
                return csv->error(record.line, column, issue.message);
            }
        }
        CensusLine row;
        row.line = record.line;
        const QString admitted = value("admitted_at");
        if (!admitted.isEmpty()) {
            row.admittedAt = QDateTime::fromString(admitted, QStringLiteral("yyyy-MM-ddTHH:mm"));
            if (!row.admittedAt.isValid()) {
                return csv->error(record.line, QStringLiteral("admitted_at"),
                                  tr("a date-time as YYYY-MM-DDTHH:MM"));
            }
        }
        p.wardCode = value("ward");
        p.bedLabel = value("bed");
        if (p.wardCode.size() > 16) {
            return csv->error(record.line, QStringLiteral("ward"),
                              tr("a ward code of at most 16 characters"));
        }
        if (!p.bedLabel.isEmpty() && p.wardCode.isEmpty()) {
            return csv->error(record.line, QStringLiteral("bed"),
                              tr("a ward for this bed (the ward column is empty)"));
        }
        p.reason = value("reason");
        row.allergies = value("allergies");

        if (!p.ipp.isEmpty()) {
            if (ippLines.contains(p.ipp)) {
                return csv->error(
                    record.line, QStringLiteral("ipp"),
                    tr("a unique IPP (%1 is already on line %2)").arg(p.ipp).arg(ippLines.value(p.ipp)));
            }
            ippLines.insert(p.ipp, record.line);
            if (patients.findByNumber(p.ipp)) {
                ++report.alreadyPresent;
                report.warnings
                    << tr("%1, line %2: the patient with IPP %3 is already present; nothing was changed.")
                           .arg(fileName)
                           .arg(record.line)
                           .arg(p.ipp);
                continue;
            }
        }
        if (!p.bedLabel.isEmpty()) {
            const QString key = p.wardCode + QLatin1Char('\n') + p.bedLabel;
            if (bedLines.contains(key)) {
                return csv->error(record.line, QStringLiteral("bed"),
                                  tr("a free bed (bed %1 of %2 is already given on line %3)")
                                      .arg(p.bedLabel, p.wardCode)
                                      .arg(bedLines.value(key)));
            }
            bedLines.insert(key, record.line);
            auto census = patients.census(p.wardCode);
            if (census) {
                for (const auto& c : *census) {
                    if (c.bedLabel == p.bedLabel && c.patient) {
                        return csv->error(record.line, QStringLiteral("bed"),
                                          tr("a free bed (bed %1 of %2 is occupied by %3)")
                                              .arg(p.bedLabel, p.wardCode, c.patient->displayName()));
                    }
                }
            }
        }
        // Possible duplicates: warn, never merge.
        auto sameDay = patients.bornOn(p.birthDate);
        if (sameDay) {
            QList<clinical::PatientIdentity> existing;
            for (const auto& e : *sameDay) {
                existing << e.identity();
            }
            for (const auto& match : clinical::DuplicateDetector::find(p.identity(), existing)) {
                const Patient& other = sameDay->at(match.index);
                report.warnings << tr("%1, line %2: %3 may be the same person as %4 (%5): %6")
                                       .arg(fileName)
                                       .arg(record.line)
                                       .arg(p.identity().displayName(), other.displayName(),
                                            other.downtimeNumber, match.description());
            }
        }
        row.patient = p;
        rows << row;
    }
    report.imported = static_cast<int>(rows.size());
    if (dryRun) {
        return report;
    }

    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    SiteService site(m_ws);
    for (const auto& row : rows) {
        const auto lineError = [&](const Error& e) {
            // Keeps the kind: a full disk while writing is no bad row (exit status 4, not 2).
            return Error(tr("%1, line %2: %3").arg(fileName).arg(row.line).arg(e.message), e.code);
        };
        auto created = patients.registerPatient(row.patient);
        if (!created) {
            return lineError(created.error());
        }
        if (!row.patient.wardCode.isEmpty()) {
            if (auto st = site.ensureWardAndBed(row.patient.wardCode, row.patient.bedLabel); !st) {
                return lineError(st.error());
            }
            const QDateTime at = row.admittedAt.isValid() ? row.admittedAt : m_ws.clock().now();
            if (auto r = patients.admit(created->id, row.patient.wardCode, row.patient.bedLabel, at,
                                        row.patient.reason);
                !r) {
                return lineError(r.error());
            }
        }
        if (!row.allergies.isEmpty()) {
            if (auto st = patients.setAllergies(created->id, row.allergies); !st) {
                return lineError(st.error());
            }
        }
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace wp
