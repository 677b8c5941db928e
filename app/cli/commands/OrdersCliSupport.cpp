#include "OrdersCliSupport.h"

#include "OptionValues.h"
#include "csv/CsvWriter.h"
#include "patients/PatientService.h"

namespace wp::cli {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

} // namespace

Result<QDateTime> OrdersCliSupport::dateTime(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name)) {
        return QDateTime();
    }
    const QString typed = parser.value(name).trimmed();
    const QDateTime t = QDateTime::fromString(typed, timeFormat);
    if (!t.isValid()) {
        return Error(tr("--%1 needs a date and time as YYYY-MM-DDTHH:MM, not %2.")
                         .arg(name, OptionValues::quoted(typed)),
                     Error::Code::InvalidInput);
    }
    return t;
}

QString OrdersCliSupport::time(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(timeFormat) : QString();
}

Result<QHash<QString, Patient>> OrdersCliSupport::patientsById(Workspace& ws)
{
    auto all = PatientService(ws).list();
    if (!all) {
        return all.error();
    }
    QHash<QString, Patient> byId;
    for (const Patient& p : *all) {
        byId.insert(p.id, p);
    }
    return byId;
}

Result<Patient> OrdersCliSupport::patient(Workspace& ws, const QString& typed)
{
    auto p = PatientService(ws).findByNumber(typed.trimmed());
    if (!p) {
        // Not finding the patient typed is a typo to fix, not a failure of WhitePlan.
        return p.error().code == Error::Code::NotFound ? Error(p.errorMessage(), Error::Code::InvalidInput)
                                                       : p.error();
    }
    return p;
}

Result<QString> OrdersCliSupport::ward(Workspace& ws, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("ward"))) {
        return QString();
    }
    const QString typed = parser.value(QStringLiteral("ward")).trimmed();
    if (typed.isEmpty()) {
        return Error(tr("--ward needs a ward code."), Error::Code::InvalidInput);
    }
    // list() refuses a ward this laptop does not have, which a filter alone would hide.
    if (auto known = PatientService(ws).list(typed); !known) {
        return known.error();
    }
    return typed;
}

Result<bool> OrdersCliSupport::csvFormat(const QCommandLineParser& parser)
{
    auto format = OptionValues(parser).choice(
        QStringLiteral("format"), {QStringLiteral("csv"), QStringLiteral("text")}, QStringLiteral("text"));
    if (!format) {
        return format.error();
    }
    return *format == QLatin1String("csv");
}

void OrdersCliSupport::writeTable(CommandIo& io, const QStringList& header, const QList<QStringList>& rows,
                                  bool csv)
{
    if (csv) {
        CsvWriter writer;
        writer.addRow(header);
        for (const QStringList& row : rows) {
            writer.addRow(row);
        }
        io.out << QString::fromUtf8(writer.data());
        io.out.flush();
        return;
    }
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList& row) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    };
    measure(header);
    for (const QStringList& row : rows) {
        measure(row);
    }
    auto print = [&](const QStringList& row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c] + 2);
        }
        io.out << line << QLatin1Char('\n');
    };
    print(header);
    for (const QStringList& row : rows) {
        print(row);
    }
    io.out.flush();
}

} // namespace wp::cli
