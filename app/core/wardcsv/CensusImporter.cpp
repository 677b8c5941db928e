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

// Whether a row may describe the patient already holding its IPP: the same birth date, sex
// (unless unknown on either side) and INS (when both have one), and names that the
// duplicate detector matches. Anything else is a different person under the same IPP.
bool sameIdentity(const Patient& row, const Patient& existing)
{
    if (row.sex != existing.sex && row.sex != QLatin1String("U") && existing.sex != QLatin1String("U")) {
        return false;
    }
    if (!row.ins.isEmpty() && !existing.ins.isEmpty() && row.ins != existing.ins) {
        return false;
    }
    return !clinical::DuplicateDetector::compare(row.identity(), existing.identity()).isEmpty();
}

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
    if (auto st = m_ws.require(Permission::ImportData); !st) {
        return st.error();
    }
    auto csv = CsvReader::open(path);
    if (!csv) {
        return csv.error();
    }
    return run(*csv, dryRun);
}

Result<ImportReport> CensusImporter::importData(const QByteArray& data, const QString& fileName, bool dryRun)
{
    if (auto st = m_ws.require(Permission::ImportData); !st) {
        return st.error();
    }
    auto csv = CsvReader::openData(data, fileName);
    if (!csv) {
        return csv.error();
    }
    return run(*csv, dryRun);
}

Result<ImportReport> CensusImporter::run(CsvReader& reader, bool dryRun)
{
    CsvReader* csv = &reader;
    const QString fileName = reader.fileName();
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
    SiteService site(m_ws);
    const QDate today = m_ws.clock().now().toLocalTime().date();
    ImportReport report;
    QHash<QString, int> ippLines;
    QHash<QString, int> bedLines;
    QHash<QString, int> numberLines; // downtime numbers given by this import -> their line
    // Rows are written as they are read, in one transaction: memory stays bounded, later rows
    // see earlier ones (a patient twice in one file is flagged like one imported twice), any
    // bad row rolls everything back, and a dry run is the same import rolled back.
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    CsvReader::Record record;
    while (true) {
        auto more = csv->next(record);
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
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
        p.ipp = Patient::identifier(value("ipp"));
        p.ins = Patient::identifier(value("ins"));
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
        p.wardCode = Patient::identifier(value("ward"));
        p.bedLabel = Patient::identifier(value("bed"));
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
            auto known = patients.findByIpp(p.ipp);
            if (known) {
                ++report.alreadyPresent;
                if (sameIdentity(p, *known)) {
                    report.warnings
                        << tr("%1, line %2: the patient with IPP %3 is already present; nothing was changed.")
                               .arg(fileName)
                               .arg(record.line)
                               .arg(p.ipp);
                } else {
                    ++report.identityMismatches;
                    report.warnings
                        << tr("%1, line %2: the IPP %3 is already that of %4, born %5 (%6), but this row "
                              "describes %7, born %8: the identities differ. Nothing was changed; check "
                              "which identity is right.")
                               .arg(fileName)
                               .arg(record.line)
                               .arg(p.ipp, known->displayName(), known->birthDate.toString(Qt::ISODate),
                                    known->downtimeNumber, p.displayName(),
                                    p.birthDate.toString(Qt::ISODate));
                }
                continue;
            }
            if (known.error().code != Error::Code::NotFound) {
                return known.error();
            }
        }
        const auto lineError = [&](const Error& e) {
            // Keeps the kind: a full disk while writing is no bad row (exit status 4, not 2).
            return Error(tr("%1, line %2: %3").arg(fileName).arg(record.line).arg(e.message), e.code);
        };
        if (!p.wardCode.isEmpty()) {
            // "med" is the ward MED: codes are compared ignoring case and kept as first written.
            auto known = site.existingWardCode(p.wardCode);
            if (!known) {
                return known.error();
            }
            if (!known->isEmpty()) {
                p.wardCode = *known;
            }
        }
        if (!p.bedLabel.isEmpty()) {
            const QString key = p.wardCode.toCaseFolded() + QLatin1Char('\n') + p.bedLabel;
            if (bedLines.contains(key)) {
                return csv->error(record.line, QStringLiteral("bed"),
                                  tr("a free bed (bed %1 of %2 is already given on line %3)")
                                      .arg(p.bedLabel, p.wardCode)
                                      .arg(bedLines.value(key)));
            }
            bedLines.insert(key, record.line);
            auto inBed = patients.occupant(p.wardCode, p.bedLabel);
            if (!inBed) {
                return inBed.error();
            }
            if (*inBed) {
                return csv->error(record.line, QStringLiteral("bed"),
                                  tr("a free bed (bed %1 of %2 is occupied by %3)")
                                      .arg(p.bedLabel, p.wardCode, (*inBed)->displayName()));
            }
        }
        // Possible duplicates, among patients already registered and earlier rows of this
        // file alike: warn, never merge.
        auto sameDay = patients.bornOn(p.birthDate);
        if (!sameDay) {
            return sameDay.error();
        }
        {
            QList<clinical::PatientIdentity> existing;
            for (const auto& e : *sameDay) {
                existing << e.identity();
            }
            for (const auto& match : clinical::DuplicateDetector::find(p.identity(), existing)) {
                const Patient& other = sameDay->at(match.index);
                const QString who = numberLines.contains(other.downtimeNumber)
                                        ? tr("%1 (line %2 of this file)")
                                              .arg(other.displayName())
                                              .arg(numberLines.value(other.downtimeNumber))
                                        : tr("%1 (%2)").arg(other.displayName(), other.downtimeNumber);
                report.warnings << tr("%1, line %2: %3 may be the same person as %4: %5")
                                       .arg(fileName)
                                       .arg(record.line)
                                       .arg(p.identity().displayName(), who, match.description());
            }
        }
        row.patient = p;
        auto created = patients.registerPatient(row.patient);
        if (!created) {
            return lineError(created.error());
        }
        numberLines.insert(created->downtimeNumber, record.line);
        if (!row.patient.wardCode.isEmpty()) {
            auto ward = site.ensureWardAndBed(row.patient.wardCode, row.patient.bedLabel);
            if (!ward) {
                return lineError(ward.error());
            }
            const QDateTime at = row.admittedAt.isValid() ? row.admittedAt : m_ws.clock().now();
            if (auto r = patients.admit(created->id, *ward, row.patient.bedLabel, at, row.patient.reason);
                !r) {
                return lineError(r.error());
            }
        }
        if (!row.allergies.isEmpty()) {
            if (auto st = patients.setAllergies(created->id, row.allergies); !st) {
                return lineError(st.error());
            }
        }
        ++report.imported;
    }
    if (dryRun) {
        tx->rollback();
        return report;
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace wp
