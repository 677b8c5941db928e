#include "HubLeaveCommand.h"

#include "CliSession.h"
#include "hub/HubJoin.h"

namespace wp::cli {

QString HubLeaveCommand::summary() const
{
    return tr("Leave the hub: this laptop works alone again (its data stays).");
}

int HubLeaveCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    if (auto st = hub::HubJoin(**ws).leave(); !st) {
        return fail(io, st.error());
    }
    io.out << tr("Left the hub: this laptop works alone; bundles carry its data.") << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
