#include "PrintTransferCommand.h"

namespace wp::cli {

QString PrintTransferCommand::summary() const
{
    return tr("Print the transfer letter (fiche de liaison) of a patient.");
}

void PrintTransferCommand::addOptions(QCommandLineParser& parser) const
{
    addPatientOption(parser);
}

Result<printing::PrintRequest> PrintTransferCommand::request(const QCommandLineParser& parser) const
{
    return patientRequest(parser, kind());
}

} // namespace wp::cli
