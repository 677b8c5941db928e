#include "Command.h"

#include "OptionValues.h"

namespace wp::cli {

void Command::addDataDirOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("data-dir"), tr("Use the data directory DIR instead of the default."), tr("DIR")});
}

void Command::addUserOptions(QCommandLineParser& parser)
{
    addDataDirOption(parser);
    parser.addOption({QStringLiteral("user"),
                      tr("Act as user NAME (password from WHITEPLAN_PASSWORD, or asked)."), tr("NAME")});
}

bool Command::parse(QCommandLineParser& parser, const QStringList& arguments, CommandIo& io,
                    int& exitCode) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    // The verb's words are positional arguments of the parser; strip them so options parse cleanly.
    const int words = static_cast<int>(name().split(QLatin1Char(' ')).size());
    QStringList args = arguments;
    if (args.size() > words) {
        args.erase(args.begin() + 1, args.begin() + 1 + words);
    }
    if (!parser.parse(args)) {
        exitCode = fail(io, parser.errorText() + QLatin1Char('\n') + parser.helpText());
        return false;
    }
    if (auto st = OptionValues::checkAll(parser); !st && !parser.isSet(help)) {
        exitCode = fail(io, st.error());
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText().replace(QStringLiteral("[options]"),
                                            name() + QStringLiteral(" [options]"));
        io.out.flush();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

int Command::fail(CommandIo& io, const QString& message, ExitStatus code) const
{
    io.err << QStringLiteral("whiteplan-cli %1: %2").arg(name(), message) << Qt::endl;
    return code;
}

int Command::fail(CommandIo& io, const Error& error, ErrorSource source) const
{
    return fail(io, error.message, exitStatusFor(error, source));
}

} // namespace wp::cli
