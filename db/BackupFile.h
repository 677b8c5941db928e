#pragma once

#include "Database.h"

#include <QDateTime>
#include <QFileInfoList>

namespace wp::db {

/// Writing and restoring whole-database backup files. A backup is written to a
/// temporary file, fsynced, then renamed, so a crash never leaves a half-written
/// file under a backup's name. Files are readable by the owner only.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    /// Writes a consistent copy of `db` to `destination` atomically.
    static Status write(Database& db, const QString& destination);

    /// Checks that `file` is a sound WhitePlan database no newer than this program.
    static Status validate(const QString& file);

    /// Replaces the database at `target` (which must not be open) by `backup`.
    /// The current file, if any, is kept beside it as `<name>.before-restore-<time>`
    /// so a restore never destroys anything. A crash at any moment leaves the current
    /// database or the restored one under `target`.
    static Result<QString> restore(const QString& backup, const QString& target, const QDateTime& now);

    /// Backups in `dir` written by rotation, newest first.
    static QFileInfoList rotated(const QString& dir);
    /// Deletes the oldest rotated backups in `dir` beyond `keep`.
    static void prune(const QString& dir, int keep);
    /// File name used for a rotated backup taken at `when`.
    static QString rotatedName(const QDateTime& when);

    /// fsync a file or directory by path (used after renames).
    static bool syncPath(const QString& path);

private:
    /// Checkpoints the WAL of the database `file` into it and closes it: true when the
    /// database is then one file (no WAL holding changes); false when it cannot be opened or
    /// is damaged (then it is left untouched).
    static bool foldWal(const QString& file);
};

} // namespace wp::db
