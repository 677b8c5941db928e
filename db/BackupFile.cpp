#include "BackupFile.h"
#include "Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace wp::db {

bool BackupFile::syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status BackupFile::write(Database& db, const QString& destination)
{
    const QFileInfo info(destination);
    const QString temp =
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".partial");
    QFile::remove(temp);
    if (auto st = db.backupTo(temp); !st) {
        QFile::remove(temp);
        return st;
    }
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncPath(temp)) {
        QFile::remove(temp);
        return Error(tr("Cannot flush the backup %1 to disk.").arg(temp), Error::Code::Io);
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(destination).constData()) != 0) {
        QFile::remove(temp);
        return Error(tr("Cannot move the backup into place at %1.").arg(destination), Error::Code::Io);
    }
    syncPath(info.absolutePath());
    return {};
}

Status BackupFile::validate(const QString& file)
{
    auto db = Database::open(file, Database::Mode::ReadOnly, true);
    if (!db) {
        return Error(tr("%1 is not a usable backup: %2").arg(file, db.errorMessage()), db.error().code);
    }
    const int version = db->userVersion();
    const int latest = Migrator::latestVersion();
    if (version > latest) {
        return Error(
            tr("%1 was written by a newer WhitePlan (schema version %2, this program knows up to %3).")
                .arg(file)
                .arg(version)
                .arg(latest),
            Error::Code::NewerSchema);
    }
    if (version < 1) {
        return Error(tr("%1 is not a WhitePlan backup.").arg(file), Error::Code::InvalidInput);
    }
    return {};
}

Result<QString> BackupFile::restore(const QString& backup, const QString& target, const QDateTime& now)
{
    if (auto st = validate(backup); !st) {
        return st.error();
    }
    // The restored copy is whole and on disk before anything of the current data moves: a crash
    // from here on leaves the current database or the restored one in place, never neither.
    const QString temp = target + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(backup, temp)) {
        return Error(tr("Cannot copy %1 into the data directory.").arg(backup), Error::Code::Io);
    }
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncPath(temp)) {
        QFile::remove(temp);
        return Error(tr("Cannot flush the restored database %1 to disk.").arg(temp), Error::Code::Io);
    }
    QString kept;
    if (QFileInfo::exists(target)) {
        // Two restores within one second must not collide: the first set-aside copy is a
        // database someone may need, so the second gets a numbered name instead.
        const QString stem = target + QStringLiteral(".before-restore-") +
                             now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        kept = stem;
        for (int n = 2; QFileInfo::exists(kept) || QFileInfo::exists(kept + QStringLiteral("-wal")); ++n) {
            kept = stem + QLatin1Char('-') + QString::number(n);
        }
        if (foldWal(target)) {
            // The current data is one file: the kept name becomes a second link to it, so the
            // data stays under its own name until the restored file replaces it in one rename.
            if (::link(QFile::encodeName(target).constData(), QFile::encodeName(kept).constData()) != 0) {
                QFile::remove(temp);
                return Error(tr("Cannot set the current database aside before restoring (%1).").arg(target),
                             Error::Code::Io);
            }
            QFile::remove(target + QStringLiteral("-shm"));
        } else {
            // A database that cannot be opened keeps its WAL beside it, set aside with it.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFileInfo::exists(target + suffix) && !QFile::rename(target + suffix, kept + suffix)) {
                    QFile::remove(temp);
                    return Error(tr("Cannot set the current database aside before restoring (%1).")
                                     .arg(target + suffix),
                                 Error::Code::Io);
                }
            }
        }
        syncPath(QFileInfo(target).absolutePath());
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        return Error(tr("Cannot move the restored database into place."), Error::Code::Io);
    }
    syncPath(QFileInfo(target).absolutePath());
    return kept;
}

bool BackupFile::foldWal(const QString& file)
{
    {
        // Checked first: a damaged database is set aside exactly as it is, never written to.
        auto db = Database::open(file, Database::Mode::ReadWrite, true);
        if (!db || !db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"))) {
            return false;
        }
    }
    // Closing the last connection removes the emptied WAL.
    const QFileInfo wal(file + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
}

QString BackupFile::rotatedName(const QDateTime& when)
{
    return QStringLiteral("whiteplan-") + when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
           QStringLiteral(".db");
}

QFileInfoList BackupFile::rotated(const QString& dir)
{
    QDir d(dir);
    // Names sort by time, so name order is age order.
    return d.entryInfoList({QStringLiteral("whiteplan-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
}

void BackupFile::prune(const QString& dir, int keep)
{
    const auto files = rotated(dir);
    for (qsizetype i = keep; i < files.size(); ++i) {
        QFile::remove(files[i].absoluteFilePath());
    }
}

} // namespace wp::db
