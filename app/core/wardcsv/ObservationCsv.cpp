#include "ObservationCsv.h"

#include "Transaction.h"
#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "clinical/forms/FormValidator.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "entries/FormEntryService.h"
#include "foundation/NumberText.h"
#include "foundation/QuotedText.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace wp {

std::optional<QString> ObservationCsv::takenAtProblem(const QDateTime& takenAt, const QDate& birthDate,
                                                      const QDateTime& latest)
{
    if (takenAt > latest) {
        return tr("a time not in the future (%1 is later than this laptop's clock, %2)")
            .arg(takenAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                 latest.addSecs(-clockToleranceSeconds)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    }
    if (birthDate.isValid() && takenAt.date() < birthDate) {
        return tr("a time after the patient's birth on %1, not %2")
            .arg(birthDate.toString(Qt::ISODate), takenAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    }
    return std::nullopt;
}

QStringList ObservationCsv::measurementColumns()
{
    return {QStringLiteral("resp_rate"), QStringLiteral("spo2"),          QStringLiteral("spo2_scale"),
            QStringLiteral("oxygen"),    QStringLiteral("systolic_bp"),   QStringLiteral("diastolic_bp"),
            QStringLiteral("pulse"),     QStringLiteral("consciousness"), QStringLiteral("temperature")};
}

Result<ImportReport> ObservationCsv::importFile(const QString& path, bool dryRun)
{
    if (auto st = checkPermissions(); !st) {
        return st.error();
    }
    auto csv = CsvReader::open(path);
    if (!csv) {
        return csv.error();
    }
    return run(*csv, dryRun);
}

Result<ImportReport> ObservationCsv::importData(const QByteArray& data, const QString& fileName, bool dryRun)
{
    if (auto st = checkPermissions(); !st) {
        return st.error();
    }
    auto csv = CsvReader::openData(data, fileName);
    if (!csv) {
        return csv.error();
    }
    return run(*csv, dryRun);
}

Status ObservationCsv::checkPermissions()
{
    if (auto st = m_ws.require(Permission::ImportData); !st) {
        return st;
    }
    return m_ws.require(Permission::RecordCare);
}

Result<bool> ObservationCsv::alreadyRecorded(const QString& patientId, const QDateTime& takenAt,
                                             const QJsonObject& data)
{
    // Through record_version_by_patient (patient, kind, time): a few rows at most.
    auto stmt = m_ws.db().prepare(
        QStringLiteral(
            "SELECT r.data FROM record_version r WHERE r.patient_id = ?1 AND r.kind = 'observation' "
            "AND r.occurred_at = ?2 AND r.entered_in_error = 0 AND %1")
            .arg(RecordStore::isCurrentVersion(QStringLiteral("r"))));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, patientId).bind(2, toStorageTime(takenAt));
    // Compared as stored: numbers read back from JSON text.
    const QJsonObject wanted =
        QJsonDocument::fromJson(QJsonDocument(data).toJson(QJsonDocument::Compact)).object();
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return false;
        }
        QJsonObject stored = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
        stored.remove(FormEntryService::formVersionKey());
        if (stored == wanted) {
            return true;
        }
    }
}

Result<ImportReport> ObservationCsv::run(CsvReader& reader, bool dryRun)
{
    CsvReader* csv = &reader;
    const QString fileName = reader.fileName();
    const auto* form = m_forms.form(QStringLiteral("observation"));
    if (!form) {
        return Error(tr("The observation form is missing from this installation."));
    }
    if (auto st =
            csv->checkColumns({QStringLiteral("patient"), QStringLiteral("taken_at")}, measurementColumns());
        !st) {
        return st.error();
    }
    struct Row
    {
        int line;
        QString patientId;
        QDateTime takenAt;
        QJsonObject values;
    };
    ImportReport report;
    PatientService patients(m_ws);
    FormEntryService entries(m_ws, m_forms);
    QHash<QString, QString> patientIds; // typed number -> patient id
    QHash<QString, QDate> birthDates;   // patient id -> date of birth
    const QDateTime latest = m_ws.clock().now().addSecs(clockToleranceSeconds);

    // Rows are written as they are read, in one transaction: memory stays bounded, a row
    // identical to one recorded before (or earlier in this file) is found in the database,
    // any bad row rolls everything back, and a dry run is the same import rolled back.
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
        Row row;
        row.line = record.line;
        const QString number = csv->value(record, QStringLiteral("patient"));
        if (!patientIds.contains(number)) {
            auto p = patients.findByNumber(number);
            if (!p) {
                return csv->error(
                    record.line, QStringLiteral("patient"),
                    tr("the downtime number or IPP of a registered patient (%1)").arg(p.errorMessage()));
            }
            patientIds.insert(number, p->id);
            birthDates.insert(p->id, p->birthDate);
        }
        row.patientId = patientIds.value(number);
        row.takenAt = QDateTime::fromString(csv->value(record, QStringLiteral("taken_at")),
                                            QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!row.takenAt.isValid()) {
            return csv->error(record.line, QStringLiteral("taken_at"),
                              tr("a date-time as YYYY-MM-DDTHH:MM, not %1")
                                  .arg(QuotedText::quote(csv->value(record, QStringLiteral("taken_at")))));
        }
        if (auto problem = takenAtProblem(row.takenAt, birthDates.value(row.patientId), latest)) {
            return csv->error(record.line, QStringLiteral("taken_at"), *problem);
        }
        for (const QString& column : measurementColumns()) {
            const QString text = csv->value(record, column);
            if (text.isEmpty()) {
                continue;
            }
            if (column == QLatin1String("temperature")) {
                // The form's own rule (one decimal) is checked with the others below.
                auto n = NumberText::decimal(text);
                if (!n) {
                    return csv->error(record.line, column, n.errorMessage());
                }
                row.values.insert(column, *n);
            } else if (column == QLatin1String("oxygen")) {
                if (text != QLatin1String("air") && text != QLatin1String("oxygen")) {
                    return csv->error(record.line, column,
                                      tr("air or oxygen, not %1").arg(QuotedText::quote(text)));
                }
                row.values.insert(column, text);
            } else if (column == QLatin1String("consciousness")) {
                if (!clinical::consciousnessFromCode(text)) {
                    return csv->error(record.line, column,
                                      tr("A, C, V, P or U, not %1").arg(QuotedText::quote(text)));
                }
                row.values.insert(column, text);
            } else if (column == QLatin1String("spo2_scale")) {
                if (text != QLatin1String("1") && text != QLatin1String("2")) {
                    return csv->error(record.line, column, tr("1 or 2, not %1").arg(QuotedText::quote(text)));
                }
                row.values.insert(column, text);
            } else {
                // Parsed wide and whole: the form's range check below then sees the true value.
                auto n = NumberText::integer(text);
                if (!n) {
                    return csv->error(record.line, column, n.errorMessage());
                }
                row.values.insert(column, *n);
            }
        }
        // Imported: each row keeps the SpO2 scale it was scored on in the source.
        auto validation = entries.validate(QStringLiteral("observation"), row.patientId, row.values,
                                           FormEntryService::Origin::Imported);
        if (!validation) {
            return validation.error();
        }
        for (const auto& issue : validation->issues) {
            if (issue.isError()) {
                const QString column =
                    measurementColumns().contains(issue.field) ? issue.field : QStringLiteral("patient");
                return csv->error(record.line, column, issue.message);
            }
        }
        // Identical means the same patient, time and recorded values (as the form keeps them).
        auto present = alreadyRecorded(row.patientId, row.takenAt,
                                       clinical::FormValidator::visibleValues(*form, row.values));
        if (!present) {
            return present.error();
        }
        if (*present) {
            ++report.alreadyPresent;
            continue;
        }
        auto saved = entries.save(QStringLiteral("observation"), row.patientId, row.values, row.takenAt,
                                  FormEntryService::Origin::Imported);
        if (!saved) {
            // Keeps the kind: a full disk while writing is no bad row (exit status 4, not 2).
            return Error(tr("%1, line %2: %3").arg(fileName).arg(row.line).arg(saved.errorMessage()),
                         saved.error().code);
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

Result<int> ObservationCsv::exportCsv(QIODevice& out, const QString& patientId)
{
    auto stmt = m_ws.db().prepare(
        QStringLiteral("SELECT p.downtime_number, p.ipp, r.occurred_at, r.data FROM record_version r JOIN "
                       "patient p ON p.id = r.patient_id WHERE r.kind = 'observation' AND %1 AND "
                       "r.entered_in_error = 0 AND (?1 = '' OR p.id = ?1) "
                       "ORDER BY p.downtime_number, r.occurred_at, r.created_at")
            .arg(RecordStore::isCurrentVersion(QStringLiteral("r"))));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, patientId);
    QStringList header{QStringLiteral("patient"), QStringLiteral("ipp"), QStringLiteral("taken_at")};
    header << measurementColumns() << QStringLiteral("news2") << QStringLiteral("risk");
    const auto writeRow = [&out](const QStringList& fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString& f : fields) {
            escaped << CsvWriter::escape(f);
        }
        out.write(escaped.join(QLatin1Char(',')).toUtf8());
        out.write("\n");
    };
    writeRow(header);
    int count = 0;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const QJsonObject v = QJsonDocument::fromJson(stmt->text(3).toUtf8()).object();
        QStringList fields{
            stmt->text(0), stmt->text(1),
            fromStorageTime(stmt->text(2)).toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"))};
        for (const QString& column : measurementColumns()) {
            const QJsonValue value = v.value(column);
            if (value.isUndefined() || value.isNull()) {
                fields << QString();
            } else if (column == QLatin1String("temperature")) {
                fields << QString::number(value.toDouble(), 'f', 1);
            } else {
                fields << value.toVariant().toString();
            }
        }
        const auto result = clinical::News2::score(clinical::FormComputation::news2Input(v));
        fields << (result.total ? QString::number(*result.total) : QString()) << clinical::code(result.risk);
        writeRow(fields);
        ++count;
    }
    return count;
}

} // namespace wp
