#include "AlertsAcknowledgeCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "orders/AlertService.h"

namespace wp::cli {

QString AlertsAcknowledgeCommand::summary() const
{
    return tr("Acknowledge an alert with the action taken (and, for NEWS2, the response chosen).");
}

int AlertsAcknowledgeCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The alert's id (such as A-1b2c3d4e)."));
    parser.addOptions({{QStringLiteral("action"), tr("What was done about the alert."), tr("TEXT")},
                       {QStringLiteral("response"),
                        tr("NEWS2: doctor-informed, review, emergency-team or monitoring."), tr("RESPONSE")},
                       {QStringLiteral("within"), tr("NEWS2 review: within how many minutes (1 to 1440)."),
                        tr("MINUTES")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(io, tr("Give exactly one alert id."));
    }
    const OptionValues values(parser);
    auto action = values.text(QStringLiteral("action"), true);
    if (!action) {
        return fail(io, action.error());
    }
    auto response = values.choice(QStringLiteral("response"), orders::AlertService::responses(), QString());
    if (!response) {
        return fail(io, response.error());
    }
    auto within = values.integer(QStringLiteral("within"), 1, 1440, 0);
    if (!within) {
        return fail(io, within.error());
    }
    if (parser.isSet(QStringLiteral("within")) && *response != QLatin1String("review")) {
        return fail(io, tr("--within goes with --response review."));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    const auto catalogue = CliSession::loadCatalogue(**ws, io);
    auto done =
        orders::AlertService(**ws, catalogue)
            .acknowledge(parser.positionalArguments().first(), *action, *response, static_cast<int>(*within));
    if (!done) {
        return fail(io, done.error());
    }
    io.out << tr("Alert %1 acknowledged by %2: %3").arg(done->id, done->acknowledgement->by, done->summary)
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
