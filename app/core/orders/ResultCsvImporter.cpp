#include "ResultCsvImporter.h"

#include "OrderService.h"
#include "ResultService.h"
#include "Transaction.h"
#include "csv/CsvReader.h"
#include "foundation/QuotedText.h"
#include "patients/PatientService.h"

namespace wp::orders {

namespace {

Result<ImportReport> run(Workspace& ws, const Catalogue& catalogue, CsvReader& csv, bool dryRun)
{
    if (auto st = ws.require(Permission::RecordResults); !st) {
        return st.error();
    }
    if (auto st =
            csv.checkColumns({QStringLiteral("test"), QStringLiteral("value"), QStringLiteral("resulted_at")},
                             {QStringLiteral("order"), QStringLiteral("patient"), QStringLiteral("unit"),
                              QStringLiteral("via"), QStringLiteral("comment")});
        !st) {
        return st.error();
    }
    if (csv.column(QStringLiteral("order")) < 0 && csv.column(QStringLiteral("patient")) < 0) {
        return CsvReader::error(
            csv.fileName(), 1, QStringLiteral("order"),
            ResultCsvImporter::tr("a column \"order\" or \"patient\" saying whose result it is"));
    }
    OrderService orders(ws, catalogue);
    ResultService results(ws, catalogue);
    PatientService patients(ws);
    ImportReport report;
    // One transaction for the file: a bad line rolls back every line before it, and a dry
    // run is the same import rolled back (so a later line sees an earlier line's result).
    auto tx = db::Transaction::begin(ws.db());
    if (!tx) {
        return tx.error();
    }
    CsvReader::Record record;
    while (true) {
        auto more = csv.next(record);
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        const int line = record.line;
        const QString test = csv.value(record, QStringLiteral("test")).trimmed();
        const LabTest* labTest = catalogue.test(test);
        if (!labTest && !catalogue.exam(test)) {
            return csv.error(
                line, QStringLiteral("test"),
                ResultCsvImporter::tr("a test code of the catalogue, not %1").arg(QuotedText::quote(test)));
        }
        QString orderRef = csv.value(record, QStringLiteral("order")).trimmed();
        const QString patientRef = csv.value(record, QStringLiteral("patient")).trimmed();
        std::optional<Order> order;
        if (!orderRef.isEmpty()) {
            auto o = orders.order(orderRef);
            if (!o) {
                return csv.error(line, QStringLiteral("order"),
                                 ResultCsvImporter::tr("the number of an order (%1)").arg(o.errorMessage()));
            }
            order = *o;
        }
        if (!patientRef.isEmpty()) {
            auto p = patients.findByNumber(patientRef);
            if (!p) {
                return csv.error(
                    line, QStringLiteral("patient"),
                    ResultCsvImporter::tr("the downtime number or IPP of a registered patient (%1)")
                        .arg(p.errorMessage()));
            }
            if (order && order->patientId != p->id) {
                return csv.error(line, QStringLiteral("patient"),
                                 ResultCsvImporter::tr("the patient of order %1, not %2 (check the identity)")
                                     .arg(order->number, patientRef));
            }
            if (!order) {
                // The patient's oldest open order that asks for this test and has no result for it yet.
                auto theirs = orders.forPatient(p->id);
                if (!theirs) {
                    return theirs.error();
                }
                for (const auto& o : *theirs) {
                    if (o.status != OrderStatus::Cancelled && o.tests.contains(test) && !o.result(test)) {
                        order = o;
                        break;
                    }
                }
                if (!order) {
                    // Already imported? Then the line is the same result again.
                    for (const auto& o : *theirs) {
                        if (o.tests.contains(test) && o.result(test)) {
                            order = o;
                        }
                    }
                }
                if (!order) {
                    return csv.error(line, QStringLiteral("patient"),
                                     ResultCsvImporter::tr("a patient with an open order for %1").arg(test));
                }
            }
        }
        if (!order) {
            return csv.error(line, QStringLiteral("order"),
                             ResultCsvImporter::tr("an order number or a patient"));
        }
        const QString resultedText = csv.value(record, QStringLiteral("resulted_at"));
        const QDateTime resultedAt = QDateTime::fromString(resultedText, QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!resultedAt.isValid()) {
            return csv.error(line, QStringLiteral("resulted_at"),
                             ResultCsvImporter::tr("a date-time as YYYY-MM-DDTHH:MM, not %1")
                                 .arg(QuotedText::quote(resultedText)));
        }
        if (resultedAt > ws.clock().now().addSecs(300)) {
            return csv.error(line, QStringLiteral("resulted_at"),
                             ResultCsvImporter::tr("a time that has passed, not %1").arg(resultedText));
        }
        if (resultedAt < order->orderedAt) {
            return csv.error(line, QStringLiteral("resulted_at"),
                             ResultCsvImporter::tr("a time after order %1 was placed, not %2")
                                 .arg(order->number, resultedText));
        }
        const QString unit = csv.value(record, QStringLiteral("unit")).trimmed();
        const QString value = csv.value(record, QStringLiteral("value"));
        if (const LabResult* existing = order->result(test)) {
            auto same = labTest ? catalogue.checkValue(*labTest, value) : Result<QString>(value.trimmed());
            if (same && *same == existing->value) {
                ++report.alreadyPresent;
                continue;
            }
            return csv.error(
                line, QStringLiteral("value"),
                ResultCsvImporter::tr("the result already recorded for %1 on %2 (%3); correct it on "
                                      "screen if it changed")
                    .arg(test, order->number, existing->value));
        }
        ResultEntry e;
        e.order = order->recordId;
        e.test = test;
        e.value = value;
        e.unit = unit;
        e.comment = csv.value(record, QStringLiteral("comment"));
        const QString via = csv.value(record, QStringLiteral("via")).trimmed();
        e.via = via.isEmpty() ? QStringLiteral("lab") : via;
        if (e.via == QLatin1String("phone")) {
            return csv.error(
                line, QStringLiteral("via"),
                ResultCsvImporter::tr("paper or lab: a phoned result is entered on screen, with its "
                                      "read-back"));
        }
        e.resultedAt = resultedAt;
        if (labTest) {
            // The value first, so that a value's own message is not taken for the unit's.
            if (auto checked = catalogue.checkValue(*labTest, value); !checked) {
                return csv.error(line, QStringLiteral("value"), checked.errorMessage());
            }
        }
        auto written = results.enterInTransaction(e);
        if (!written) {
            const QString message = written.errorMessage();
            const QString column =
                !unit.isEmpty() && message.contains(unit) ? QStringLiteral("unit") : QStringLiteral("value");
            return csv.error(line, column, message);
        }
        ++report.imported;
    }
    if (dryRun) {
        return report; // the transaction rolls back
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace

QStringList ResultCsvImporter::columns()
{
    return {QStringLiteral("order"), QStringLiteral("patient"), QStringLiteral("test"),
            QStringLiteral("value"), QStringLiteral("unit"),    QStringLiteral("resulted_at"),
            QStringLiteral("via"),   QStringLiteral("comment")};
}

Result<ImportReport> ResultCsvImporter::importFile(const QString& path, bool dryRun)
{
    auto csv = CsvReader::open(path);
    if (!csv) {
        return csv.error();
    }
    return run(m_ws, m_catalogue, *csv, dryRun);
}

Result<ImportReport> ResultCsvImporter::importData(const QByteArray& data, const QString& fileName,
                                                   bool dryRun)
{
    auto csv = CsvReader::openData(data, fileName);
    if (!csv) {
        return csv.error();
    }
    return run(m_ws, m_catalogue, *csv, dryRun);
}

} // namespace wp::orders
