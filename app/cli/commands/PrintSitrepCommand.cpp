#include "PrintSitrepCommand.h"

namespace wp::cli {

QString PrintSitrepCommand::summary() const
{
    return tr("Print the situation report for the crisis unit (last 24 hours by default).");
}

void PrintSitrepCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("hours"), tr("Period covered, in hours before now (default 24)."), tr("N")});
}

Result<printing::PrintRequest> PrintSitrepCommand::request(const QCommandLineParser& parser) const
{
    printing::PrintRequest r;
    r.kind = kind();
    if (parser.isSet(QStringLiteral("hours"))) {
        bool ok = false;
        r.periodHours = parser.value(QStringLiteral("hours")).toInt(&ok);
        if (!ok || r.periodHours < 1 || r.periodHours > 24 * 31) {
            return Error(tr("--hours must be a whole number of hours from 1 to 744."),
                         Error::Code::InvalidInput);
        }
    }
    return r;
}

} // namespace wp::cli
