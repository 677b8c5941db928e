#include "BackupCommand.h"

#include "CliSession.h"
#include "backup/BackupService.h"

namespace wp::cli {

QString BackupCommand::summary() const
{
    return tr("Write an encrypted backup of the data into a folder (a USB stick).");
}

int BackupCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("to"), tr("Folder to write the backup into."), tr("DIR")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("to"))) {
        return fail(io, tr("--to DIR is required."));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    // The backup holds every patient and a stick gets lost: it is always encrypted.
    const QString passphrase =
        CliSession::readSecret("WHITEPLAN_BACKUP_PASSPHRASE", tr("Backup passphrase: "), io);
    auto file = BackupService(**ws).backupTo(parser.value(QStringLiteral("to")), passphrase.toUtf8());
    if (!file) {
        return fail(io, file.error());
    }
    io.out << tr("Backup written to %1").arg(*file) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
