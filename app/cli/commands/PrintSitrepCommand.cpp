#include "PrintSitrepCommand.h"

namespace wp::cli {

QString PrintSitrepCommand::summary() const
{
    return tr("Print the situation report for the crisis unit (last 24 hours).");
}

void PrintSitrepCommand::addOptions(QCommandLineParser&) const {}

Result<printing::PrintRequest> PrintSitrepCommand::request(const QCommandLineParser&) const
{
    printing::PrintRequest r;
    r.kind = kind();
    return r;
}

} // namespace wp::cli
