#include "ExportCsvCommand.h"

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

QString ExportCsvCommand::outHelp() const
{
    return tr("Folder to write the CSV files into.");
}

int ExportCsvCommand::write(Workspace& workspace, const QString& out, CommandIo& io)
{
    auto files = fhir::BackEntryExporter(workspace).exportCsv(out);
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
