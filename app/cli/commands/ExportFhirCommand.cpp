#include "ExportFhirCommand.h"

#include "CliSession.h"
#include "fhir/BackEntryExporter.h"

namespace wp::cli {

QString ExportFhirCommand::name() const
{
    return QStringLiteral("export fhir");
}

QString ExportFhirCommand::summary() const
{
    return tr("Write everything recorded during the downtime as a FHIR R4 transaction Bundle (JSON).");
}

int ExportFhirCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("JSON file to write."), tr("FILE")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        return fail(io, tr("--out FILE is required."));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto bundle = fhir::BackEntryExporter(**ws).exportFhir(parser.value(QStringLiteral("out")));
    if (!bundle) {
        return fail(io, bundle.error());
    }
    io.out << tr("FHIR bundle written to %1:").arg(parser.value(QStringLiteral("out"))) << '\n';
    for (auto it = bundle->totals.cbegin(); it != bundle->totals.cend(); ++it) {
        io.out << QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    }
    io.out << Qt::flush;
    return ExitOk;
}

} // namespace wp::cli
