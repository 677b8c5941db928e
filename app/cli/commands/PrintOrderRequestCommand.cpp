#include "PrintOrderRequestCommand.h"

namespace wp::cli {

QString PrintOrderRequestCommand::summary() const
{
    return tr("Print the request (bon de demande) of a laboratory or imaging order.");
}

void PrintOrderRequestCommand::addOptions(QCommandLineParser& parser) const
{
    addOrderOption(parser);
}

Result<printing::PrintRequest> PrintOrderRequestCommand::request(const QCommandLineParser& parser) const
{
    return orderRequest(parser, kind());
}

} // namespace wp::cli
