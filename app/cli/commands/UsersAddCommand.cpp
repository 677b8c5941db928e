#include "UsersAddCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "users/UserService.h"

namespace wp::cli {

namespace {

/// "nurse, doctor, …, laboratory": the codes --role takes, from the roles themselves so that a
/// new role cannot be forgotten here.
QString roleCodes()
{
    QStringList codes;
    for (Role role : Roles::all()) {
        codes << Roles::code(role);
    }
    return codes.join(QStringLiteral(", "));
}

} // namespace

QString UsersAddCommand::summary() const
{
    return tr(
        "Add a user (administrators only); the new password is read from WHITEPLAN_NEW_PASSWORD or asked.");
}

int UsersAddCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOptions({{QStringLiteral("login"), tr("User name of the new user."), tr("LOGIN")},
                       {QStringLiteral("name"), tr("Full name of the new user."), tr("NAME")},
                       {QStringLiteral("role"), tr("One of: %1.").arg(roleCodes()), tr("ROLE")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const auto role = Roles::fromCode(parser.value(QStringLiteral("role")));
    if (!role) {
        return fail(io, tr("--role must be one of %1, not %2.")
                            .arg(roleCodes(), OptionValues::quoted(parser.value(QStringLiteral("role")))));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    QString password = qEnvironmentVariable("WHITEPLAN_NEW_PASSWORD");
    if (password.isEmpty()) {
        qunsetenv("WHITEPLAN_PASSWORD"); // the prompt must ask for the new user's password
        password = CliSession::readPassword(tr("Password for the new user: "), io);
    }
    auto user = UserService(**ws).create(parser.value(QStringLiteral("login")),
                                         parser.value(QStringLiteral("name")), *role, password);
    if (!user) {
        return fail(io, user.error());
    }
    io.out << tr("Added %1 (%2).").arg(user->login, Roles::label(user->role)) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
