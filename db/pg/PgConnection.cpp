#include "PgConnection.h"

#include <libpq-fe.h>

#include <QDeadlineTimer>

#include <poll.h>
#include <utility>

namespace wp::db {

namespace {

/// A conninfo value, quoted as libpq wants it ('…' with \ and ' escaped).
QByteArray quoted(const QString& value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', QByteArrayLiteral("\\\\"));
    out.replace('\'', QByteArrayLiteral("\\'"));
    return '\'' + out + '\'';
}

Error::Code codeFor(const char* sqlState)
{
    const QByteArray state(sqlState ? sqlState : "");
    if (state.startsWith("08") || state.startsWith("57P")) {
        return Error::Code::Io; // connection exception, server shut down or session terminated
    }
    if (state == "42501") {
        return Error::Code::PermissionDenied; // row-level security, grants
    }
    if (state.startsWith("28")) {
        return Error::Code::AuthenticationFailed;
    }
    if (state.startsWith("23")) {
        return Error::Code::Conflict;
    }
    return state.isEmpty() ? Error::Code::Io : Error::Code::Generic;
}

} // namespace

Result<PgConnection> PgConnection::connect(const PgOptions& o)
{
    QByteArray info;
    const auto add = [&info](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            info += QByteArray(key) + '=' + quoted(value) + ' ';
        }
    };
    add("host", o.host);
    add("hostaddr", o.hostAddress);
    add("port", QString::number(o.port));
    add("dbname", o.database);
    add("user", o.user);
    add("sslmode", QStringLiteral("verify-full"));
    // Only the hub's CA: an empty rootCert would make libpq look in ~/.postgresql, so it is required.
    add("sslrootcert", o.rootCert);
    add("sslcert", o.cert);
    add("sslkey", o.key);
    add("connect_timeout", QString::number(o.connectTimeoutSeconds));
    // A cut link must end in seconds, not after the kernel's two hours.
    add("keepalives", QStringLiteral("1"));
    add("keepalives_idle", QStringLiteral("5"));
    add("keepalives_interval", QStringLiteral("2"));
    add("keepalives_count", QStringLiteral("3"));
    add("tcp_user_timeout", QStringLiteral("15000"));
    add("application_name", QStringLiteral("whiteplan"));
    if (o.rootCert.isEmpty() || o.cert.isEmpty() || o.key.isEmpty()) {
        return Error(tr("The hub's CA certificate, this laptop's certificate and its key are all needed."),
                     Error::Code::InvalidInput);
    }
    PgConnection conn(PQconnectdb(info.constData()));
    if (!conn.m_conn) {
        return Error(tr("Cannot reach the hub: out of memory."), Error::Code::Io);
    }
    if (PQstatus(conn.m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn.m_conn)).trimmed();
        // TLS and certificate refusals are not "unreachable": say so, and let callers tell them apart.
        const bool refused = message.contains(QLatin1String("certificate")) ||
                             message.contains(QLatin1String("SSL")) ||
                             message.contains(QLatin1String("authentication")) ||
                             message.contains(QLatin1String("pg_hba.conf")) ||
                             message.contains(QLatin1String("not permitted to log in"));
        return Error(tr("The hub at %1 port %2 refused or could not be reached: %3")
                         .arg(o.host)
                         .arg(o.port)
                         .arg(message),
                     refused ? Error::Code::AuthenticationFailed : Error::Code::Io);
    }
    return conn;
}

PgConnection::~PgConnection()
{
    if (m_conn) {
        PQfinish(m_conn);
    }
}

PgConnection::PgConnection(PgConnection&& other) noexcept : m_conn(std::exchange(other.m_conn, nullptr)) {}

PgConnection& PgConnection::operator=(PgConnection&& other) noexcept
{
    if (this != &other) {
        if (m_conn) {
            PQfinish(m_conn);
        }
        m_conn = std::exchange(other.m_conn, nullptr);
    }
    return *this;
}

Error PgConnection::lastError(const QString& context) const
{
    return Error(
        tr("The hub refused %1: %2").arg(context, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()),
        Error::Code::Io);
}

Result<PgResult> PgConnection::exec(const QString& sql, const QByteArrayList& parameters)
{
    if (!m_conn) {
        return Error(tr("Not connected to the hub."), Error::Code::Io);
    }
    std::vector<const char*> values;
    std::vector<int> lengths;
    values.reserve(parameters.size());
    lengths.reserve(parameters.size());
    for (const QByteArray& p : parameters) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(static_cast<int>(p.size()));
    }
    const QByteArray text = sql.toUtf8();
    pg_result* raw = PQexecParams(m_conn, text.constData(), static_cast<int>(values.size()), nullptr,
                                  values.data(), lengths.data(), nullptr, 0);
    if (!raw) {
        return lastError(tr("a statement"));
    }
    PgResult result(raw);
    const ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return result;
    }
    const QString message = QString::fromUtf8(PQresultErrorMessage(raw)).trimmed();
    const Error::Code code = PQstatus(m_conn) == CONNECTION_BAD
                                 ? Error::Code::Io
                                 : codeFor(PQresultErrorField(raw, PG_DIAG_SQLSTATE));
    return Error(tr("The hub refused a statement: %1").arg(message), code);
}

Result<bool> PgConnection::waitForNotification(int timeoutMs, const QByteArray& ignored)
{
    if (!m_conn) {
        return Error(tr("Not connected to the hub."), Error::Code::Io);
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (PQconsumeInput(m_conn) == 0) {
            return lastError(tr("the notification wait"));
        }
        bool any = false;
        while (PGnotify* n = PQnotifies(m_conn)) {
            any = any || ignored.isEmpty() || ignored != QByteArray(n->extra);
            PQfreemem(n);
        }
        if (any) {
            return true;
        }
        const qint64 left = deadline.remainingTime();
        if (left == 0) {
            return false;
        }
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (::poll(&fd, 1, static_cast<int>(left < 0 ? 1000 : left)) < 0) {
            return lastError(tr("the notification wait"));
        }
    }
}

int PgConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

} // namespace wp::db
