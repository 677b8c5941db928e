#include "ExportFhirCommand.h"

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

QString ExportFhirCommand::outHelp() const
{
    return tr("JSON file to write.");
}

int ExportFhirCommand::write(Workspace& workspace, const QString& out, CommandIo& io)
{
    auto bundle = fhir::BackEntryExporter(workspace).exportFhir(out);
    if (!bundle) {
        return fail(io, bundle.error());
    }
    io.out << tr("FHIR bundle written to %1:").arg(out) << '\n';
    for (auto it = bundle->totals.cbegin(); it != bundle->totals.cend(); ++it) {
        io.out << QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    }
    io.out << Qt::flush;
    return ExitOk;
}

} // namespace wp::cli
