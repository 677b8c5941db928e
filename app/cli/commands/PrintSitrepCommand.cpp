#include "PrintSitrepCommand.h"

#include "OptionValues.h"

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
    // A month at most: the report covers the downtime, not the hospital's history.
    const auto hours = OptionValues(parser).integer(QStringLiteral("hours"), 1, 24 * 31, 24);
    if (!hours) {
        return hours.error();
    }
    if (parser.isSet(QStringLiteral("hours"))) {
        r.periodHours = static_cast<int>(*hours);
    }
    return r;
}

} // namespace wp::cli
