#include "PatientsListCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "csv/CsvWriter.h"
#include "patients/PatientService.h"

namespace wp::cli {

namespace {

/// One patient's fields, in the order of the columns.
QStringList fields(const Patient& p)
{
    return {p.downtimeNumber,
            p.ipp,
            p.ins,
            p.birthName,
            p.usedName,
            p.firstNames,
            p.birthDate.toString(Qt::ISODate),
            p.sex,
            p.wardCode,
            p.bedLabel,
            p.identityStatus};
}

} // namespace

QString PatientsListCommand::summary() const
{
    return tr("List the patients of this laptop (all, or one ward's).");
}

int PatientsListCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    parser.addOptions(
        {{QStringLiteral("ward"), tr("Only the patients of this ward."), tr("CODE")},
         {QStringLiteral("format"), tr("Output format: csv or text (default)."), tr("FORMAT")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const OptionValues values(parser);
    auto format = values.choice(QStringLiteral("format"), {QStringLiteral("csv"), QStringLiteral("text")},
                                QStringLiteral("text"));
    if (!format) {
        return fail(io, format.error());
    }
    const QString ward = parser.value(QStringLiteral("ward"));
    if (parser.isSet(QStringLiteral("ward")) && ward.trimmed().isEmpty()) {
        return fail(io, tr("--ward needs a ward code."));
    }
    // Read-only, no lock: runs while the app writes, and never creates a data directory.
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto patients = PatientService(**ws).list(ward);
    if (!patients) {
        return fail(io, patients.error());
    }
    // Column names as the census of shared/specs/ward-csv.md spells its columns.
    const QStringList header{QStringLiteral("downtime_number"),
                             QStringLiteral("ipp"),
                             QStringLiteral("ins"),
                             QStringLiteral("birth_name"),
                             QStringLiteral("used_name"),
                             QStringLiteral("first_names"),
                             QStringLiteral("birth_date"),
                             QStringLiteral("sex"),
                             QStringLiteral("ward"),
                             QStringLiteral("bed"),
                             QStringLiteral("identity_status")};
    if (*format == QLatin1String("csv")) {
        CsvWriter csv;
        csv.addRow(header);
        for (const Patient& p : *patients) {
            csv.addRow(fields(p));
        }
        io.out << QString::fromUtf8(csv.data());
        io.out.flush();
        return ExitOk;
    }
    QList<QStringList> rows{header};
    for (const Patient& p : *patients) {
        rows << fields(p);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c] + 2);
        }
        io.out << line << QLatin1Char('\n');
    }
    io.out << tr("%n patient(s)", nullptr, static_cast<int>(patients->size())) << QLatin1Char('\n');
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
