#include "BundleConflictsCommand.h"

#include "CliSession.h"
#include "exchange/ConflictLog.h"

namespace wp::cli {

QString BundleConflictsCommand::name() const
{
    return QStringLiteral("bundle conflicts");
}

QString BundleConflictsCommand::summary() const
{
    return tr("List the conflicts and possible duplicates found by merges, or confirm one.");
}

int BundleConflictsCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("all"), tr("Also list the ones already confirmed.")});
    parser.addOption({QStringLiteral("resolve"), tr("Confirm the conflict with this id."), tr("ID")});
    parser.addOption(
        {QStringLiteral("as"),
         tr("The decision: confirmed (keep what the merge decided), merged (same person) or distinct."),
         tr("DECISION")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const bool resolve = parser.isSet(QStringLiteral("resolve"));
    // Listing only reads: no lock, and it works beside a running WhitePlan.
    auto ws = CliSession::open(parser, resolve ? Workspace::Access::Write : Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    exchange::ConflictLog log(**ws);
    if (resolve) {
        if (auto st = CliSession::login(**ws, parser, io); !st) {
            return fail(io, st.error());
        }
        if (auto st =
                log.resolve(parser.value(QStringLiteral("resolve")), parser.value(QStringLiteral("as")));
            !st) {
            return fail(io, st.error());
        }
        io.out << tr("Recorded.") << Qt::endl;
        return ExitOk;
    }
    auto list = log.list(parser.isSet(QStringLiteral("all")));
    if (!list) {
        return fail(io, list.error());
    }
    for (const auto& c : *list) {
        io.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(c.id, c.kind, c.resolution.isEmpty() ? tr("to confirm") : c.resolution, c.detail);
    }
    if (list->isEmpty()) {
        io.out << tr("Nothing to confirm.") << '\n';
    }
    io.out << Qt::flush;
    return ExitOk;
}

} // namespace wp::cli
