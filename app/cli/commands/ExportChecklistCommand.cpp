#include "ExportChecklistCommand.h"

#include "CliSession.h"
#include "fhir/BackEntryExporter.h"

namespace wp::cli {

QString ExportChecklistCommand::name() const
{
    return QStringLiteral("export checklist");
}

QString ExportChecklistCommand::summary() const
{
    return tr("Write the back-entry checklist (PDF, one page per patient, counts as in the FHIR bundle).");
}

int ExportChecklistCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("PDF file to write."), tr("FILE")});
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
    auto pages = fhir::BackEntryExporter(**ws).exportChecklist(parser.value(QStringLiteral("out")));
    if (!pages) {
        return fail(io, pages.error());
    }
    io.out << tr("Checklist written to %1 (%2 pages).").arg(parser.value(QStringLiteral("out"))).arg(*pages)
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
