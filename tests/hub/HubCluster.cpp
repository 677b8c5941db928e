#include "HubCluster.h"

#include "hub/HubJoin.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace wp::test {

namespace {

QString scriptPath()
{
    return QStringLiteral(WHITEPLAN_SOURCE_DIR "/installers/hub/whiteplan-hub");
}

int nextPort()
{
    static int counter = 0;
    return 20000 + static_cast<int>((getpid() * 37 + 101 * counter++) % 30000);
}

} // namespace

HubCluster::HubCluster() : m_root(QDir::tempPath() + QStringLiteral("/wp-hub-XXXXXX"))
{
    INFO("PostgreSQL 15 is required for the hub tests (installers/debian/setup.sh installs it)");
    REQUIRE(QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")));
    REQUIRE(m_root.isValid());
    // The postgres user must reach the cluster folder inside it.
    REQUIRE(::chmod(QFile::encodeName(m_root.path()).constData(), 0755) == 0);
    ScriptRun created;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = nextPort();
        created = script(QStringLiteral("create"), {QStringLiteral("--port"), QString::number(m_port)});
        if (created.exitCode == 0) {
            break;
        }
        // A port taken by someone else: start again elsewhere.
        (void)script(QStringLiteral("stop"));
        QDir(hubDir()).removeRecursively();
    }
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
}

HubCluster::~HubCluster()
{
    (void)script(QStringLiteral("stop"));
}

ScriptRun HubCluster::script(const QString& command, const QStringList& args) const
{
    QProcess p;
    p.start(scriptPath(), QStringList{command, QStringLiteral("--dir"), hubDir()} + args);
    p.waitForFinished(180000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString HubCluster::enrol(const QString& code, const QStringList& extra)
{
    const QString out = m_root.filePath(QStringLiteral("enrol-") + code);
    const ScriptRun r =
        script(QStringLiteral("enrol"),
               QStringList{QStringLiteral("--device-code"), code, QStringLiteral("--out"), out} + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

QString HubCluster::admin(const QString& sql) const
{
    QProcess p;
    p.start(QStringLiteral("runuser"),
            {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("psql"),
             QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), hubDir() + QStringLiteral("/run"),
             QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-d"), QStringLiteral("whiteplan"),
             QStringLiteral("-c"), sql});
    p.waitForFinished(60000);
    INFO(sql.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

db::PgOptions HubCluster::device(const QString& code) const
{
    const QString dir = m_root.filePath(QStringLiteral("enrol-") + code);
    db::PgOptions o;
    o.host = QStringLiteral("localhost");
    o.port = m_port;
    o.user = QStringLiteral("dev_") + code;
    o.rootCert = dir + QStringLiteral("/ca.crt");
    o.cert = dir + QStringLiteral("/") + code + QStringLiteral(".crt");
    o.key = dir + QStringLiteral("/") + code + QStringLiteral(".key");
    return o;
}

void HubCluster::join(Laptop& laptop)
{
    const db::PgOptions o = device(laptop.ws->deviceCode());
    hub::JoinRequest r;
    r.host = o.host;
    r.port = o.port;
    r.caFile = o.rootCert;
    r.certFile = o.cert;
    r.keyFile = o.key;
    auto st = hub::HubJoin(*laptop.ws).join(r);
    INFO(st.errorMessage().toStdString());
    REQUIRE(st.ok());
}

void HubCluster::killAndRestart()
{
    QFile pidFile(hubDir() + QStringLiteral("/data/postmaster.pid"));
    REQUIRE(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = static_cast<pid_t>(pidFile.readLine().trimmed().toLongLong());
    REQUIRE(pid > 0);
    REQUIRE(::kill(pid, SIGKILL) == 0);
    // The postmaster is gone at once; its backends notice and exit.
    for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i) {
        ::usleep(100000);
    }
    start();
}

void HubCluster::stop()
{
    const ScriptRun r = script(QStringLiteral("stop"));
    REQUIRE(r.exitCode == 0);
}

void HubCluster::start()
{
    ScriptRun r;
    // After a SIGKILL the old backends may hold the port for a moment.
    for (int i = 0; i < 20; ++i) {
        r = script(QStringLiteral("start"));
        if (r.exitCode == 0) {
            return;
        }
        ::usleep(500000);
    }
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace wp::test
