#pragma once

#include "exchange/BundleHeader.h"
#include "workspace/Workspace.h"

#include <QDateTime>

namespace wp {

/// Automatic rotating backups in the data directory, and "back up now" to a folder
/// the user picks (a USB stick), encrypted with a passphrase (EncryptedBackup) since a stick
/// gets lost. Uses SQLite's online backup API; files are written atomically and those in the
/// data directory are readable by the owner only.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static constexpr int defaultKeep = 12;

    explicit BackupService(Workspace& ws, int keep = defaultKeep) : m_ws(ws), m_keep(keep) {}

    /// Writes a rotated backup if the data changed since the last one (or `force`).
    /// Returns the file written, or an empty string when nothing had changed.
    Result<QString> rotate(bool force = false);
    /// Writes an encrypted backup into `folder` under a name saying laptop and time
    /// (whiteplan-CODE-YYYYMMDD-HHMMSS.wpbackup). `passphrase` obeys the bundle rule
    /// (BundlePassphrase). Nothing is left in `folder` when the write fails or the folder vanishes.
    Result<QString> backupTo(const QString& folder, const QByteArray& passphrase,
                             const exchange::KdfParams& kdf = exchange::KdfParams::standard());

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
