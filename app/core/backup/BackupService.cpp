#include "BackupService.h"

#include "BackupFile.h"
#include "audit/AuditLog.h"

#include <QDir>
#include <QFileInfo>

namespace wp {

Result<QString> BackupService::rotate(bool force)
{
    const qint64 changes = m_ws.db().totalChanges();
    if (!force && changes == m_changesAtLastBackup) {
        return QString();
    }
    const QString dir = m_ws.backupDirectory();
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(db::BackupFile::rotatedName(m_ws.clock().now()));
    if (auto st = db::BackupFile::write(m_ws.db(), file); !st) {
        return st.error();
    }
    db::BackupFile::prune(dir, m_keep);
    m_changesAtLastBackup = changes;
    return file;
}

Result<QString> BackupService::backupTo(const QString& folder)
{
    if (auto st = m_ws.require(Permission::Backup); !st) {
        return st.error();
    }
    if (!QFileInfo(folder).isDir()) {
        return Error(tr("The folder %1 does not exist.").arg(folder), Error::Code::NotFound);
    }
    QString device = m_ws.deviceCode();
    if (device.isEmpty()) {
        device = QStringLiteral("new");
    }
    const QString name =
        QStringLiteral("whiteplan-%1-%2.db")
            .arg(device, m_ws.clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString file = QDir(folder).filePath(name);
    if (auto st = db::BackupFile::write(m_ws.db(), file); !st) {
        return st.error();
    }
    // The audit entry comes after the copy, so the copy does not contain it; it is in the live database.
    if (auto st = AuditLog(m_ws).append(QStringLiteral("backup"), QStringLiteral("file"), file); !st) {
        return st.error();
    }
    return file;
}

QDateTime BackupService::lastBackupTime() const
{
    const auto files = db::BackupFile::rotated(m_ws.backupDirectory());
    return files.isEmpty() ? QDateTime() : files.first().lastModified();
}

QString BackupService::latestBackup(const QString& dataDirectory)
{
    const auto files = db::BackupFile::rotated(QDir(dataDirectory).filePath(QStringLiteral("backups")));
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

} // namespace wp
