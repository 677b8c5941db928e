#include "PrintKitCommand.h"

namespace wp::cli {

QString PrintKitCommand::summary() const
{
    return tr("Print the paper fallback kit (observation chart, medication record, notes) for a patient.");
}

void PrintKitCommand::addOptions(QCommandLineParser& parser) const
{
    addPatientOption(parser);
}

Result<printing::PrintRequest> PrintKitCommand::request(const QCommandLineParser& parser) const
{
    return patientRequest(parser, kind());
}

} // namespace wp::cli
