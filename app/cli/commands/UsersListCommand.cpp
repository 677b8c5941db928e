#include "UsersListCommand.h"

#include "CliSession.h"
#include "users/UserService.h"

namespace wp::cli {

QString UsersListCommand::summary() const
{
    return tr("List the users of this laptop.");
}

int UsersListCommand::run(const QStringList& arguments, CommandIo& io)
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
    auto users = UserService(**ws).list();
    if (!users) {
        return fail(io, users.error());
    }
    for (const User& u : *users) {
        io.out << QStringLiteral("%1\t%2\t%3%4\n")
                      .arg(u.login, Roles::code(u.role), u.fullName,
                           u.active ? QString() : tr("\t(disabled)"));
    }
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
