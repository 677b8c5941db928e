#pragma once

// A real hub for the tests: a private PostgreSQL 15 cluster made by installers/hub/whiteplan-hub
// in a temporary folder (TLS only, its own CA), stopped at the end. Fails, never skips, when
// PostgreSQL is not installed.

#include "TestSupport.h"
#include "pg/PgConnection.h"

#include "../exchange/ExchangeFixture.h"

#include <QProcess>
#include <QTemporaryDir>

namespace wp::test {

struct ScriptRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class HubCluster
{
public:
    HubCluster();
    ~HubCluster();
    HubCluster(const HubCluster&) = delete;
    HubCluster& operator=(const HubCluster&) = delete;

    QString folder() const { return m_root.path(); }
    QString hubDir() const { return m_root.filePath(QStringLiteral("hub")); }
    int port() const { return m_port; }

    /// Runs `whiteplan-hub COMMAND --dir HUB ARGS…`.
    ScriptRun script(const QString& command, const QStringList& args = {}) const;
    /// Enrols `code`; returns the folder holding ca.crt, CODE.crt and CODE.key.
    QString enrol(const QString& code, const QStringList& extra = {});
    /// Runs SQL as the cluster's superuser (psql over the unix socket); returns its output.
    QString admin(const QString& sql) const;
    /// Connection options of an enrolled device (certificate files from enrol()).
    db::PgOptions device(const QString& code) const;
    /// Joins `laptop` (its device code must be enrolled).
    void join(Laptop& laptop);
    /// SIGKILL of the server (postmaster), then a restart (crash recovery).
    void killAndRestart();
    void stop();
    void start();

private:
    QTemporaryDir m_root;
    int m_port = 0;
};

} // namespace wp::test
