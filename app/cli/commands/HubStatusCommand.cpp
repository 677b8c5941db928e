#include "HubStatusCommand.h"

#include "CliSession.h"
#include "hub/HubJoin.h"
#include "hub/HubStatusText.h"
#include "hub/HubSync.h"

namespace wp::cli {

QString HubStatusCommand::summary() const
{
    return tr("Show whether this laptop is joined to a hub, and how up to date it is.");
}

int HubStatusCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto link = hub::HubJoin(**ws).link();
    if (!link) {
        return fail(io, link.error());
    }
    auto waiting = hub::HubSync::waiting(**ws);
    if (!waiting) {
        return fail(io, waiting.error());
    }
    io.out << hub::HubStatusText::describe(*link, *waiting, (*ws)->clock().now()) << Qt::endl;
    if (link->has_value()) {
        const hub::HubLink& l = **link;
        io.out << tr("hub: %1 port %2").arg(l.host).arg(l.port) << Qt::endl;
        io.out << tr("waiting: %1").arg(*waiting) << Qt::endl;
        io.out << tr("last sync: %1").arg(l.lastSyncAt.isValid() ? toStorageTime(l.lastSyncAt) : tr("never"))
               << Qt::endl;
        io.out << tr("alarms: %1").arg(l.alarms) << Qt::endl;
        if (!l.lastError.isEmpty()) {
            io.out << tr("last error: %1").arg(l.lastError) << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace wp::cli
