#include "HubSyncCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "hub/HubSync.h"

namespace wp::cli {

QString HubSyncCommand::summary() const
{
    return tr(
        "Send this laptop's changes to the hub and receive the others' (then keep listening with --wait).");
}

int HubSyncCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("wait"),
                      tr("After the sync, keep listening to the hub for this many seconds and sync again at "
                         "each change."),
                      tr("SECONDS")});
    parser.addOption({QStringLiteral("batch"), tr("Rows per batch (default 2000)."), tr("ROWS")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const OptionValues values(parser);
    auto wait = values.integer(QStringLiteral("wait"), 0, 86400, 0);
    if (!wait) {
        return fail(io, wait.error());
    }
    auto batch = values.integer(QStringLiteral("batch"), 1, 100000, 2000);
    if (!batch) {
        return fail(io, batch.error());
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    hub::HubSync sync(**ws);
    sync.setBatchSize(static_cast<int>(*batch));
    auto done = sync.syncFor(static_cast<int>(*wait));
    if (!done) {
        return fail(io, done.error());
    }
    io.out << tr("Sent %1 lines (%2 new on the hub); received %3 lines (%4 new record versions).")
                  .arg(done->offered)
                  .arg(done->stored)
                  .arg(done->pulled)
                  .arg(done->newRecords)
           << Qt::endl;
    if (!done->resetReason.isEmpty()) {
        io.out << tr("Note: %1").arg(done->resetReason) << Qt::endl;
    }
    if (done->alarms > 0) {
        io.err
            << tr("whiteplan-cli hub sync: integrity alarm: the hub holds another content for %1: they were "
                  "not merged; the IT team must look at them (hub_alarm).")
                   .arg(done->alarmIds.join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitDamaged;
    }
    return ExitOk;
}

} // namespace wp::cli
