#include "ExportChecklistCommand.h"

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

QString ExportChecklistCommand::outHelp() const
{
    return tr("PDF file to write.");
}

int ExportChecklistCommand::write(Workspace& workspace, const QString& out, CommandIo& io)
{
    auto pages = fhir::BackEntryExporter(workspace).exportChecklist(out);
    if (!pages) {
        return fail(io, pages.error());
    }
    io.out << tr("Checklist written to %1 (%2 pages).").arg(out).arg(*pages) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
