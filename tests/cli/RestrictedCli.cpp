#include "RestrictedCli.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <functional>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wp::test {

namespace {

// The traditional "nobody" of Debian.
constexpr uid_t nobodyUid = 65534;
constexpr gid_t nogroupGid = 65534;

void forEachPath(const QString& dir, const std::function<void(const QByteArray&, bool)>& f)
{
    f(QFile::encodeName(dir), true);
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        f(QFile::encodeName(path), QFileInfo(path).isDir());
    }
}

} // namespace

CliResult runRestrictedCli(const QStringList& arguments, const QProcessEnvironment& env,
                           const CliLimits& limits)
{
    QProcess process;
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    full.remove(QStringLiteral("WHITEPLAN_PASSWORD"));
    full.remove(QStringLiteral("WHITEPLAN_BUNDLE_PASSPHRASE"));
    full.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    full.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    full.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    full.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    full.insert(env);
    process.setProcessEnvironment(full);
    const qint64 maxFileSize = limits.maxFileSize;
    const bool drop = limits.unprivileged && geteuid() == 0;
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([maxFileSize, drop] {
        if (maxFileSize >= 0) {
            // Ignored, SIGXFSZ turns into EFBIG on write, as a full disk turns into ENOSPC.
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{static_cast<rlim_t>(maxFileSize), static_cast<rlim_t>(maxFileSize)};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (drop) {
            if (setgroups(0, nullptr) != 0 || setgid(nogroupGid) != 0 || setuid(nobodyUid) != 0) {
                _exit(127);
            }
        }
    });
    process.start(QStringLiteral(WHITEPLAN_CLI), arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start whiteplan-cli");
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("whiteplan-cli timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void makeReadOnly(const QString& dir)
{
    const bool root = geteuid() == 0;
    forEachPath(dir, [root](const QByteArray& path, bool isDir) {
        if (root) {
            (void)chown(path.constData(), nobodyUid, nogroupGid);
        }
        chmod(path.constData(), isDir ? 0555 : 0444);
    });
}

void makeWritable(const QString& dir)
{
    forEachPath(dir,
                [](const QByteArray& path, bool isDir) { chmod(path.constData(), isDir ? 0700 : 0600); });
}

} // namespace wp::test
