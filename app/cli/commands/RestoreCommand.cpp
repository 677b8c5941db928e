#include "RestoreCommand.h"

#include "CliSession.h"

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
    {
        // An administrator of the current data must agree, unless that data is unreadable:
        // then there is nobody to ask, and the damaged file is kept aside anyway.
        auto ws = Workspace::open(CliSession::dataDirectory(parser));
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
    }
    auto kept = Workspace::restore(CliSession::dataDirectory(parser), file);
    if (!kept) {
        return fail(io,
                    kept.error().code == Error::Code::Corrupt || kept.error().code == Error::Code::NewerSchema
                        ? Error(kept.errorMessage(), Error::Code::InvalidInput)
                        : kept.error());
    }
    io.out << tr("Restored %1.").arg(file) << Qt::endl;
    if (!kept->isEmpty()) {
        io.out << tr("The previous data was kept as %1.").arg(*kept) << Qt::endl;
    }
    return ExitOk;
}

} // namespace wp::cli
