#include "BackupService.h"

#include "BackupFile.h"
#include "EncryptedBackup.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditLog.h"
#include "exchange/BundlePassphrase.h"
#include "site/SiteIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

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

Result<QString> BackupService::backupTo(const QString& folder, const QByteArray& passphrase,
                                        const exchange::KdfParams& kdf)
{
    if (auto st = m_ws.require(Permission::Backup); !st) {
        return st.error();
    }
    if (!QFileInfo(folder).isDir()) {
        return Error(tr("The folder %1 does not exist.").arg(folder), Error::Code::NotFound);
    }
    if (passphrase.isEmpty()) {
        return Error(tr("Choose a passphrase to protect the backup: it holds every patient."),
                     Error::Code::InvalidInput);
    }
    if (const QString weak = exchange::BundlePassphrase::problem(passphrase); !weak.isEmpty()) {
        return Error(weak, Error::Code::InvalidInput);
    }
    auto identity = SiteIdentity::of(m_ws.db());
    if (!identity) {
        return identity.error();
    }
    QString device = m_ws.deviceCode();
    if (device.isEmpty()) {
        device = QStringLiteral("NEW");
    }
    const QDateTime now = m_ws.clock().now();
    const QString name = QStringLiteral("whiteplan-%1-%2")
                             .arg(device, now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))) +
                         EncryptedBackup::suffix();
    const QString file = QDir(folder).filePath(name);
    // The clear copy stays in the data directory (owner-only); only ciphertext reaches the folder.
    const QString dir = m_ws.backupDirectory();
    QDir().mkpath(dir);
    // A clear copy left by a backup that was killed half-way is not kept.
    for (const QString& stale :
         QDir(dir).entryList({QStringLiteral(".outgoing-*")}, QDir::Files | QDir::Hidden)) {
        QFile::remove(QDir(dir).filePath(stale));
    }
    const QString plain =
        QDir(dir).filePath(QStringLiteral(".outgoing-%1.db").arg(QUuid::createUuid().toString(QUuid::Id128)));
    // Read before the copy, with nothing written between: the copy's trail ends there.
    auto head = AuditAnchor::head(m_ws.db());
    if (!head) {
        return head.error();
    }
    if (auto st = db::BackupFile::write(m_ws.db(), plain); !st) {
        return st.error();
    }
    exchange::BundleHeader header;
    header.auditSeq = head->seq;
    header.auditHash = head->hash;
    header.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.senderDevice = device;
    header.senderDeviceId = identity->deviceId;
    header.hospital = identity->hospitalName;
    header.hospitalId = identity->hospitalId;
    header.appVersion = QStringLiteral(WHITEPLAN_VERSION);
    header.createdAt = now;
    const Status written = EncryptedBackup::write(plain, file, header, passphrase, kdf);
    QFile::remove(plain);
    if (!written) {
        return written.error();
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
