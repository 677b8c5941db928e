#include "ExportCsvCommand.h"

#include "CliSession.h"
#include "fhir/BackEntryExporter.h"

#include <QDir>

namespace wp::cli {

QString ExportCsvCommand::name() const
{
    return QStringLiteral("export csv");
}

QString ExportCsvCommand::summary() const
{
    return tr("Write one CSV file per kind of record (patients, observations, notes…) into a folder.");
}

int ExportCsvCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("Folder to write the CSV files into."), tr("DIR")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        return fail(io, tr("--out DIR is required."));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto files = fhir::BackEntryExporter(**ws).exportCsv(parser.value(QStringLiteral("out")));
    if (!files) {
        return fail(io, files.error());
    }
    for (const QString& f : *files) {
        io.out << QDir::toNativeSeparators(f) << '\n';
    }
    io.out << Qt::flush;
    return ExitOk;
}

} // namespace wp::cli
