#include "TheatreExportCommand.h"

#include "CliSession.h"
#include "theatreplan/TheatreService.h"

namespace wp::cli {

QString TheatreExportCommand::summary() const
{
    return tr("Export the current theatre plan as the rescheduling contract's plan.csv.");
}

int TheatreExportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("plan.csv to write."), tr("FILE")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        return fail(io, tr("--out FILE is required."));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    if (auto st = theatre::TheatreService(**ws).exportPlan(parser.value(QStringLiteral("out"))); !st) {
        return fail(io, st.error());
    }
    io.err << tr("Wrote %1.").arg(parser.value(QStringLiteral("out"))) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
