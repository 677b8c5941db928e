#pragma once

#include "workspace/Workspace.h"

#include <QDateTime>

namespace wp {

/// Automatic rotating backups in the data directory, and "back up now" to a folder
/// the user picks (a USB stick). Uses SQLite's online backup API; files are written
/// atomically and readable by the owner only.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static constexpr int defaultKeep = 12;

    explicit BackupService(Workspace& ws, int keep = defaultKeep) : m_ws(ws), m_keep(keep) {}

    /// Writes a rotated backup if the data changed since the last one (or `force`).
    /// Returns the file written, or an empty string when nothing had changed.
    Result<QString> rotate(bool force = false);
    /// Writes a backup into `folder` under a name saying hospital, laptop and time.
    Result<QString> backupTo(const QString& folder);

    /// Time of the newest rotated backup (invalid if none).
    QDateTime lastBackupTime() const;
    /// Newest rotated backup of a data directory (for the "restore the latest backup" offer).
    static QString latestBackup(const QString& dataDirectory);

private:
    Workspace& m_ws;
    int m_keep;
    qint64 m_changesAtLastBackup = -1;
};

} // namespace wp
