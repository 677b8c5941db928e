#include "PrintLabelsCommand.h"

namespace wp::cli {

QString PrintLabelsCommand::summary() const
{
    return tr("Print identity labels and a wristband with a QR code for a patient.");
}

void PrintLabelsCommand::addOptions(QCommandLineParser& parser) const
{
    addPatientOption(parser);
}

Result<printing::PrintRequest> PrintLabelsCommand::request(const QCommandLineParser& parser) const
{
    return patientRequest(parser, kind());
}

} // namespace wp::cli
