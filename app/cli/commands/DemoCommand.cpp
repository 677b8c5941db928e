#include "DemoCommand.h"

#include "CliSession.h"
#include "demo/DemoHospital.h"

namespace wp::cli {

QString DemoCommand::summary() const
{
    return tr("Create the demo hospital in an empty data directory.");
}

int DemoCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    auto ws = CliSession::open(parser, Workspace::Access::Create);
    if (!ws) {
        return fail(io, ws.error());
    }
    if ((*ws)->isInitialised()) {
        return fail(io,
                    tr("%1 already holds a hospital; the demo needs an empty data directory.")
                        .arg((*ws)->dataDirectory()),
                    ExitRefused);
    }
    if (auto st = DemoHospital::create(**ws); !st) {
        return fail(io, st.error());
    }
    io.out << tr("Demo hospital created in %1. Users and passwords:").arg((*ws)->dataDirectory()) << '\n'
           << DemoHospital::passwordsText() << Qt::flush;
    return ExitOk;
}

} // namespace wp::cli
