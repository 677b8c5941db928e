#pragma once

#include "PgResult.h"
#include "Result.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

struct pg_conn;

namespace wp::db {

/// Where and how to reach a PostgreSQL server. TLS is always required and verified
/// (sslmode=verify-full against `rootCert` only: never the system's CAs, never plain TCP).
struct PgOptions
{
    QString host;
    /// The address to connect to when it differs from the name checked in the server's
    /// certificate (tests); empty: resolve `host`.
    QString hostAddress;
    int port = 5432;
    QString database = QStringLiteral("whiteplan");
    QString user;
    QString rootCert;
    QString cert;
    QString key;
    int connectTimeoutSeconds = 5;
};

/// RAII owner of one libpq connection (every PQ* call of WhitePlan lives in db/pg). Move-only.
/// Errors carry the server's or libpq's message: Io when the hub cannot be reached or the
/// link broke, AuthenticationFailed when the TLS handshake or the certificate was refused,
/// PermissionDenied for row-level security and grants, Conflict for constraint violations.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    static Result<PgConnection> connect(const PgOptions& options);

    PgConnection() = default;
    ~PgConnection();
    PgConnection(PgConnection&& other) noexcept;
    PgConnection& operator=(PgConnection&& other) noexcept;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    bool isOpen() const { return m_conn != nullptr; }
    /// Runs one statement (in its own transaction unless a BEGIN is open) with text
    /// parameters $1, $2…; returns its rows. Returns only once the server answered: for a
    /// statement outside BEGIN, once it committed.
    Result<PgResult> exec(const QString& sql, const QByteArrayList& parameters = {});
    /// Waits up to `timeoutMs` for a notification on a channel this connection LISTENs to:
    /// true when one arrived (all pending ones are consumed), false on timeout. Notifications
    /// whose payload is `ignored` (this client's own) do not count.
    Result<bool> waitForNotification(int timeoutMs, const QByteArray& ignored = {});
    /// The server process serving this connection (pg_backend_pid()).
    int backendPid() const;

private:
    explicit PgConnection(pg_conn* conn) : m_conn(conn) {}
    Error lastError(const QString& context) const;

    pg_conn* m_conn = nullptr;
};

} // namespace wp::db
