#include "RestoreCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "backup/BackupRestore.h"

namespace wp::cli {

QString RestoreCommand::summary() const
{
    return tr("Replace the data by a backup (the current file is kept aside).");
}

int RestoreCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to restore."));
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(io, tr("Give exactly one backup file."));
    }
    const QString file = parser.positionalArguments().first();
    if (auto st = OptionValues::inputFile(file, tr("The backup")); !st) {
        return fail(io, st.error());
    }
    const QString dir = CliSession::dataDirectory(parser);
    // Restoring onto a fresh laptop (no data directory, or one without data) is allowed and
    // creates it: there is nobody to ask. Otherwise an administrator of the current data must
    // agree, unless that data is unreadable: the damaged file is kept aside anyway.
    if (auto existing = Workspace::checkExisting(dir); existing) {
        auto ws = Workspace::open(dir, Clock::system(), Workspace::Check::Full, Workspace::Access::Write);
        if (ws) {
            if ((*ws)->isInitialised()) {
                if (auto st = CliSession::login(**ws, parser, io); !st) {
                    return fail(io, st.error());
                }
                if (auto st = (*ws)->require(Permission::Restore); !st) {
                    return fail(io, st.error());
                }
            }
        } else if (ws.error().code != Error::Code::Corrupt) {
            return fail(io, ws.error());
        } else {
            io.err << tr("The current data is damaged (%1); restoring without login.").arg(ws.errorMessage())
                   << Qt::endl;
        }
    } else if (existing.error().code != Error::Code::NotFound) {
        return fail(io, existing.error());
    }
    QByteArray passphrase;
    if (BackupRestore::needsPassphrase(file)) {
        passphrase =
            CliSession::readSecret("WHITEPLAN_BACKUP_PASSPHRASE", tr("Backup passphrase: "), io).toUtf8();
    }
    auto kept = BackupRestore::restore(dir, file, passphrase);
    if (!kept) {
        return fail(io, kept.error(), ErrorSource::InputFile);
    }
    io.out << tr("Restored %1.").arg(file) << Qt::endl;
    if (!kept->isEmpty()) {
        io.out << tr("The previous data was kept as %1.").arg(*kept) << Qt::endl;
    }
    return ExitOk;
}

} // namespace wp::cli
