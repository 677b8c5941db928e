#include "CliSession.h"

#include "users/UserService.h"

#include <QDir>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace wp::cli {

QString CliSession::dataDirectory(const QCommandLineParser& parser)
{
    const QString dir = parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? Workspace::defaultDataDirectory() : dir;
}

Result<std::unique_ptr<Workspace>> CliSession::open(const QCommandLineParser& parser,
                                                    Workspace::Access access)
{
    const QString dir = dataDirectory(parser);
    const QString hint =
        tr("Check --data-dir, or set one up with \"whiteplan-cli init\" or \"whiteplan-cli demo\".");
    if (access != Workspace::Access::Create) {
        if (auto st = Workspace::checkExisting(dir); !st) {
            return st.error().code == Error::Code::NotFound
                       ? Error(st.errorMessage() + QLatin1Char(' ') + hint, Error::Code::NotFound)
                       : st.error();
        }
    }
    auto ws = Workspace::open(dir, Clock::system(), Workspace::Check::Full, access);
    if (!ws) {
        return ws.error();
    }
    if (access != Workspace::Access::Create && !(*ws)->isInitialised()) {
        return Error(tr("The data directory %1 is not set up yet.").arg(QDir::toNativeSeparators(dir)) +
                         QLatin1Char(' ') + hint,
                     Error::Code::NotFound);
    }
    return ws;
}

QString CliSession::readPassword(const QString& prompt, CommandIo& io)
{
    return readSecret("WHITEPLAN_PASSWORD", prompt, io);
}

QString CliSession::readSecret(const char* envVar, const QString& prompt, CommandIo& io)
{
    const QByteArray fromEnv = qgetenv(envVar);
    if (!fromEnv.isEmpty()) {
        return QString::fromUtf8(fromEnv);
    }
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        io.err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        io.err << Qt::endl;
    }
    return QString::fromStdString(line);
}

Result<std::unique_ptr<Workspace>> CliSession::openAsUser(const QCommandLineParser& parser, CommandIo& io)
{
    auto ws = open(parser, Workspace::Access::Write);
    if (!ws) {
        return ws.error();
    }
    if (auto st = login(**ws, parser, io); !st) {
        return st.error();
    }
    return ws;
}

Status CliSession::login(Workspace& ws, const QCommandLineParser& parser, CommandIo& io)
{
    const QString login = parser.value(QStringLiteral("user"));
    if (login.isEmpty()) {
        return Error(tr("This command changes data: say who you are with --user NAME (password in "
                        "WHITEPLAN_PASSWORD or typed when asked)."),
                     Error::Code::InvalidInput);
    }
    const QString password = readPassword(tr("Password for %1: ").arg(login), io);
    auto user = UserService(ws).authenticate(login, password);
    if (!user) {
        return user.error();
    }
    ws.setCurrentUser(*user);
    return {};
}

clinical::FormRegistry CliSession::loadForms(Workspace& ws, CommandIo& io)
{
    clinical::FormRegistry forms;
    forms.reload(ws.formsDirectory());
    for (const auto& problem : forms.problems()) {
        io.err << tr("Form definition skipped: %1").arg(problem.message) << Qt::endl;
    }
    return forms;
}

orders::Catalogue CliSession::loadCatalogue(Workspace& ws, CommandIo& io)
{
    orders::Catalogue catalogue;
    catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    for (const auto& problem : catalogue.problems()) {
        io.err << tr("Catalogue file skipped: %1").arg(problem.message) << Qt::endl;
    }
    return catalogue;
}

} // namespace wp::cli
