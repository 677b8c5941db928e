#include "ObservationsExportCommand.h"

#include "CliSession.h"
#include "patients/PatientService.h"
#include "wardcsv/ObservationCsv.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace wp::cli {

QString ObservationsExportCommand::summary() const
{
    return tr("Export the recorded observations with NEWS2 as CSV.");
}

int ObservationsExportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    parser.addOptions(
        {{QStringLiteral("format"), tr("Output format: csv."), tr("FORMAT")},
         {QStringLiteral("patient"), tr("Only this patient (downtime number or IPP)."), tr("ID")},
         {QStringLiteral("out"), tr("Write to FILE instead of standard output."), tr("FILE")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.value(QStringLiteral("format")) != QLatin1String("csv")) {
        return fail(io, tr("--format csv is required (the only format)."));
    }
    auto ws = CliSession::open(parser);
    if (!ws) {
        return fail(io, ws.error());
    }
    QString patientId;
    if (parser.isSet(QStringLiteral("patient"))) {
        auto p = PatientService(**ws).findByNumber(parser.value(QStringLiteral("patient")));
        if (!p) {
            return fail(io, Error(p.errorMessage(), Error::Code::InvalidInput));
        }
        patientId = p->id;
    }
    const auto forms = CliSession::loadForms(**ws, io);
    ObservationCsv csv(**ws, forms);
    if (parser.isSet(QStringLiteral("out"))) {
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(io, tr("Cannot write %1.").arg(file.fileName()));
        }
        auto count = csv.exportCsv(file, patientId);
        if (!count) {
            return fail(io, count.error());
        }
        if (!file.commit()) {
            return fail(io, tr("Cannot write %1.").arg(file.fileName()), ExitFailure);
        }
        io.err << tr("Exported %1 observation(s) to %2.").arg(*count).arg(file.fileName()) << Qt::endl;
        return ExitOk;
    }
    io.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return fail(io, tr("Cannot write to standard output."), ExitFailure);
    }
    auto count = csv.exportCsv(out, patientId);
    out.flush();
    if (!count) {
        return fail(io, count.error());
    }
    return ExitOk;
}

} // namespace wp::cli
