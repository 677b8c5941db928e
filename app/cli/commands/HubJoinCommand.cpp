#include "HubJoinCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "hub/HubJoin.h"

namespace wp::cli {

QString HubJoinCommand::summary() const
{
    return tr("Join the hospital hub (network mode) with the certificate files of this laptop.");
}

int HubJoinCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption(
        {QStringLiteral("host"), tr("The hub's host name or address (as in its certificate)."), tr("HOST")});
    parser.addOption({QStringLiteral("host-address"),
                      tr("Connect to this address while checking the certificate against --host."),
                      tr("ADDRESS")});
    parser.addOption({QStringLiteral("port"), tr("The hub's port (default 5432)."), tr("PORT")});
    parser.addOption({QStringLiteral("ca"), tr("The hub's CA certificate (ca.crt from whiteplan-hub enrol)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("cert"), tr("This laptop's certificate (CODE.crt)."), tr("FILE")});
    parser.addOption({QStringLiteral("key"), tr("This laptop's key (CODE.key)."), tr("FILE")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const OptionValues values(parser);
    hub::JoinRequest request;
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("host"), &request.host}, std::pair{QStringLiteral("ca"), &request.caFile},
          std::pair{QStringLiteral("cert"), &request.certFile},
          std::pair{QStringLiteral("key"), &request.keyFile}}) {
        auto v = values.text(option, true);
        if (!v) {
            return fail(io, v.error());
        }
        *target = *v;
    }
    request.hostAddress = parser.value(QStringLiteral("host-address"));
    auto port = values.integer(QStringLiteral("port"), 1, 65535, 5432);
    if (!port) {
        return fail(io, port.error());
    }
    request.port = static_cast<int>(*port);
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    if (auto st = hub::HubJoin(**ws).join(request); !st) {
        return fail(io, st.error(), ErrorSource::InputFile);
    }
    io.out << tr("Joined the hub %1 port %2: run \"hub sync\" to send and receive.")
                  .arg(request.host)
                  .arg(request.port)
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
