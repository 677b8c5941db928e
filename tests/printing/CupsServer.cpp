#include "CupsServer.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <sys/stat.h>

namespace wp::test {

CupsServer::CupsServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/whiteplan-cups-XXXXXX")),
      m_instance(QStringLiteral("whiteplan%1").arg(QCoreApplication::applicationPid())),
      m_printer(QStringLiteral("WhitePlanTest"))
{
    m_instanceFile = QStringLiteral("/etc/cups/cups-pdf-%1.conf").arg(m_instance);
}

CupsServer::~CupsServer()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        // By its own PID: other schedulers on the machine are left alone.
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(2000);
        }
    }
    QFile::remove(m_instanceFile);
}

QProcessEnvironment CupsServer::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CUPS_SERVER"), m_dir.filePath(QStringLiteral("cups.sock")));
    return env;
}

namespace {

/// `name` from PATH, else from the sbin folders a non-login root shell may lack.
QString tool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
    }
    return path.isEmpty() ? name : path;
}

} // namespace

QString CupsServer::run(const QString& program, const QStringList& arguments) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environment());
    p.setProcessEnvironment(env);
    p.start(tool(program), arguments);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return QStringLiteral("%1 failed: %2 %3")
            .arg(program, QString::fromUtf8(p.readAllStandardError()), p.errorString());
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString CupsServer::start()
{
    if (!m_dir.isValid()) {
        return QStringLiteral("cannot create a temporary folder");
    }
    const QString d = m_dir.path();
    // cupsd runs its filters as lp: they must reach the spool through this folder.
    QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                 QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                 QFileDevice::ExeOther);
    for (const char* sub : {"spool", "tmp", "cache", "state", "log", "out", "pdfspool"}) {
        QDir(d).mkpath(QString::fromLatin1(sub));
    }
    // Filters run as lp and write their temporary files here, like in /tmp (sticky, world-writable).
    if (::chmod(QFile::encodeName(d + QStringLiteral("/tmp")).constData(), 01777) != 0) {
        return QStringLiteral("cannot open %1/tmp to the lp user").arg(d);
    }
    writeFile(d + QStringLiteral("/cups-files.conf"),
              QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/tmp\nCacheDir %1/cache\n"
                             "StateDir %1/state\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                             "PageLog %1/log/page_log\nUser lp\nGroup lp\nSystemGroup root lpadmin\n"
                             "FileDevice No\n")
                  .arg(d)
                  .toUtf8());
    writeFile(d + QStringLiteral("/cupsd.conf"),
              QStringLiteral("Listen %1/cups.sock\nBrowsing No\nWebInterface No\nLogLevel info\n"
                             "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
                  .arg(d)
                  .toUtf8());
    // cups-pdf only reads its configuration from /etc/cups, one file per instance.
    QFile instance(m_instanceFile);
    if (!instance.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return QStringLiteral("cannot write %1 (the CUPS test needs root): %2")
            .arg(m_instanceFile, instance.errorString());
    }
    instance.write(
        QStringLiteral("Out %1/out\nAnonDirName %1/out\nSpool %1/pdfspool\nLog %1/log\nUserUMask 0000\n")
            .arg(d)
            .toUtf8());
    instance.close();

    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(tool(QStringLiteral("cupsd")),
                  {QStringLiteral("-f"), QStringLiteral("-c"), d + QStringLiteral("/cupsd.conf"),
                   QStringLiteral("-s"), d + QStringLiteral("/cups-files.conf")});
    if (!m_cupsd.waitForStarted(10000)) {
        return QStringLiteral("cannot start cupsd: %1").arg(m_cupsd.errorString());
    }
    bool running = false;
    for (int i = 0; i < 100 && !running; ++i) {
        if (m_cupsd.state() == QProcess::NotRunning) {
            return QStringLiteral("cupsd exited: %1 %2").arg(QString::fromUtf8(m_cupsd.readAll()), log());
        }
        running =
            run(QStringLiteral("lpstat"), {QStringLiteral("-r")}).contains(QStringLiteral("is running"));
        if (!running) {
            QThread::msleep(100);
        }
    }
    if (!running) {
        return QStringLiteral("cupsd does not answer: %1").arg(log());
    }
    const QString added = run(QStringLiteral("lpadmin"),
                              {QStringLiteral("-p"), m_printer, QStringLiteral("-E"), QStringLiteral("-v"),
                               QStringLiteral("cups-pdf:/") + m_instance, QStringLiteral("-m"),
                               QStringLiteral("lsb/usr/cups-pdf/CUPS-PDF_opt.ppd")});
    if (added.contains(QStringLiteral("failed"))) {
        return added;
    }
    return QString();
}

QString CupsServer::waitForPdf(int timeoutMs) const
{
    const QDir out(m_dir.filePath(QStringLiteral("out")));
    qint64 lastSize = -1;
    for (int waited = 0; waited < timeoutMs; waited += 250) {
        const QFileInfoList pdfs = out.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
        if (!pdfs.isEmpty()) {
            // Done when the size stops changing (cups-pdf writes in place).
            const qint64 size = pdfs.first().size();
            if (size > 0 && size == lastSize) {
                return pdfs.first().absoluteFilePath();
            }
            lastSize = size;
        }
        QThread::msleep(250);
    }
    return QString();
}

QString CupsServer::log() const
{
    return QString::fromUtf8(readFile(m_dir.filePath(QStringLiteral("log/error_log")))).right(3000);
}

} // namespace wp::test
