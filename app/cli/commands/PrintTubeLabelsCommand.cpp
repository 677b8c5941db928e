#include "PrintTubeLabelsCommand.h"

namespace wp::cli {

QString PrintTubeLabelsCommand::summary() const
{
    return tr("Print one label per tube of a laboratory order, with its QR code.");
}

void PrintTubeLabelsCommand::addOptions(QCommandLineParser& parser) const
{
    addOrderOption(parser);
}

Result<printing::PrintRequest> PrintTubeLabelsCommand::request(const QCommandLineParser& parser) const
{
    return orderRequest(parser, kind());
}

} // namespace wp::cli
