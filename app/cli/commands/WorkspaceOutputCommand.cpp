#include "WorkspaceOutputCommand.h"

#include "CliSession.h"
#include "workspace/Workspace.h"

namespace wp::cli {

int WorkspaceOutputCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    const QString valueName = outIsFolder() ? tr("DIR") : tr("FILE");
    parser.addOption({QStringLiteral("out"), outHelp(), valueName});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(io, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty()) {
        return fail(io, tr("--out %1 is required.").arg(valueName));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    return write(**ws, parser.value(QStringLiteral("out")), io);
}

} // namespace wp::cli
