#include "CensusImporter.h"

#include "Transaction.h"
#include "clinical/DuplicateDetector.h"
#include "csv/CsvReader.h"
#include "foundation/QuotedText.h"
#include "foundation/TextRules.h"
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

struct TextColumn
{
    const char* column;
    int limit;
    TextRules::Lines lines;
};

// Every column but the dates and sex, with its limit (docs/data-safety.md, "Limits"). Names,
// IPP, INS and birth place have further rules of their own in PatientIdentity.
const std::vector<TextColumn>& textColumns()
{
    using L = TextRules::Lines;
    static const std::vector<TextColumn> list{
        {"ipp", TextRules::LineLength, L::One},         {"ins", TextRules::LineLength, L::One},
        {"birth_name", TextRules::NameLength, L::One},  {"used_name", TextRules::NameLength, L::One},
        {"first_names", TextRules::NameLength, L::One}, {"birth_place", TextRules::LineLength, L::One},
        {"ward", TextRules::CodeLength, L::One},        {"bed", TextRules::CodeLength, L::One},
        {"reason", TextRules::LineLength, L::Many},     {"allergies", TextRules::FreeTextLength, L::Many}};
    return list;
}

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
        // Free text first: a control character or a 1 MB value is refused before any other rule.
        for (const auto& rule : textColumns()) {
            if (auto problem = TextRules::check(value(rule.column), rule.limit, rule.lines)) {
                return csv->error(record.line, QString::fromLatin1(rule.column),
                                  TextRules::expected(*problem));
            }
        }
        Patient p;
        p.ipp = value("ipp");
        p.ins = value("ins");
        p.birthName = value("birth_name");
        p.usedName = value("used_name");
        p.firstNames = value("first_names");
        p.birthDate = QDate::fromString(value("birth_date"), QStringLiteral("yyyy-MM-dd"));
        if (!p.birthDate.isValid()) {
            return csv->error(record.line, QStringLiteral("birth_date"),
                              tr("a date as YYYY-MM-DD, not %1").arg(QuotedText::quote(value("birth_date"))));
        }
        const QString sex = value("sex");
        if (sex != QLatin1String("F") && sex != QLatin1String("M") && sex != QLatin1String("U")) {
            return csv->error(record.line, QStringLiteral("sex"),
                              tr("F, M or U, not %1").arg(QuotedText::quote(sex)));
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
                return csv->error(
                    record.line, QStringLiteral("admitted_at"),
                    tr("a date-time as YYYY-MM-DDTHH:MM, not %1").arg(QuotedText::quote(admitted)));
            }
            if (row.admittedAt > m_ws.clock().now().addSecs(clockToleranceSeconds)) {
                return csv->error(record.line, QStringLiteral("admitted_at"),
                                  tr("a time not in the future (%1 is later than this laptop's clock, %2)")
                                      .arg(admitted, m_ws.clock().now().toLocalTime().toString(
                                                         QStringLiteral("yyyy-MM-ddTHH:mm"))));
            }
            if (row.admittedAt.date() < p.birthDate) {
                return csv->error(record.line, QStringLiteral("admitted_at"),
                                  tr("a time after the patient's birth on %1, not %2")
                                      .arg(p.birthDate.toString(Qt::ISODate), admitted));
            }
        }
        p.wardCode = value("ward");
        p.bedLabel = value("bed");
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
            return Error(tr("%1, line %2: %3").arg(fileName).arg(row.line).arg(e.message),
                         Error::Code::InvalidInput);
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
