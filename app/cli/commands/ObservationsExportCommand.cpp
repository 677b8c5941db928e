#include "ObservationsExportCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "foundation/OutputFile.h"
#include "patients/PatientService.h"
#include "wardcsv/ObservationCsv.h"

#include <QFile>
#include <QFileInfo>

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
    const OptionValues values(parser);
    auto format = values.choice(QStringLiteral("format"), {QStringLiteral("csv")}, QString());
    if (!format) {
        return fail(io, format.error());
    }
    if (format->isEmpty()) {
        return fail(io, tr("--format csv is required (the only format)."));
    }
    // Read-only: no lock, so an export runs while an import or the app writes (WAL readers
    // see the last committed state), and works on a read-only copy of the data.
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    QString patientId;
    if (parser.isSet(QStringLiteral("patient"))) {
        auto p = PatientService(**ws).findByNumber(parser.value(QStringLiteral("patient")));
        if (!p) {
            return fail(io, p.error().code == Error::Code::NotFound
                                ? Error(p.errorMessage(), Error::Code::InvalidInput)
                                : p.error());
        }
        patientId = p->id;
    }
    const auto forms = CliSession::loadForms(**ws, io);
    ObservationCsv csv(**ws, forms);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!outPath.isEmpty()) {
        OutputFile file(outPath);
        if (!file.open()) {
            return fail(io, tr("Cannot write %1: %2").arg(outPath, file.errorString()), ExitIoFailure);
        }
        auto count = csv.exportCsv(file.device(), patientId);
        if (!count) {
            return fail(io, count.error());
        }
        if (!file.commit()) {
            return fail(io, tr("Cannot write %1: %2").arg(outPath, file.errorString()), ExitIoFailure);
        }
        if (QFileInfo(outPath).isFile()) {
            io.err << tr("Exported %1 observation(s) to %2.").arg(*count).arg(outPath) << Qt::endl;
        }
        return ExitOk;
    }
    io.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return fail(io, tr("Cannot write to standard output."), ExitIoFailure);
    }
    auto count = csv.exportCsv(out, patientId);
    // A full disk or a closed pipe shows only when the buffered rows are flushed.
    if (!out.flush() || out.error() != QFileDevice::NoError) {
        return fail(io, tr("Cannot write to standard output: %1").arg(out.errorString()), ExitIoFailure);
    }
    if (!count) {
        return fail(io, count.error());
    }
    return ExitOk;
}

} // namespace wp::cli
