#include "RestoreGuard.h"

#include "BackupFile.h"
#include "Database.h"

#include <QFileInfo>

namespace wp {

SiteIdentity RestoreGuard::currentIdentity(const QString& currentDatabase, const QString& backupDirectory)
{
    if (QFileInfo::exists(currentDatabase)) {
        if (auto id = SiteIdentity::ofFile(currentDatabase); id && !id->isEmpty()) {
            return *id;
        }
    }
    // Unreadable (or empty) data: its own automatic backups still say whose it was.
    const auto rotated = db::BackupFile::rotated(backupDirectory);
    for (const QFileInfo& file : rotated) {
        if (auto id = SiteIdentity::ofFile(file.absoluteFilePath()); id && !id->isEmpty()) {
            return *id;
        }
    }
    return {};
}

Status RestoreGuard::check(const QString& currentDatabase, const QString& backupDirectory,
                           const QString& backupFile)
{
    auto backup = SiteIdentity::ofFile(backupFile);
    if (!backup) {
        return Error(tr("%1 is not a usable backup: %2").arg(backupFile, backup.errorMessage()),
                     Error::Code::InvalidInput);
    }
    const SiteIdentity current = currentIdentity(currentDatabase, backupDirectory);
    if (current.isEmpty() || backup->isEmpty()) {
        return {};
    }
    if (!current.sameHospitalAs(*backup)) {
        return Error(
            tr("This backup belongs to another hospital, %1; this laptop belongs to %2. Restoring it "
               "would replace this laptop's hospital: nothing was changed.")
                .arg(backup->describeHospital(), current.describeHospital()),
            Error::Code::Conflict);
    }
    if (backup->deviceCode != current.deviceCode) {
        return Error(tr("This backup is of the laptop %1; this laptop is %2. Restoring it would make this "
                        "laptop a second %1, handing out the same downtime numbers: nothing was changed. To "
                        "replace a laptop that is out of service, restore its backup into an empty data "
                        "directory on the new machine.")
                         .arg(backup->deviceCode, current.deviceCode),
                     Error::Code::Conflict);
    }
    if (!backup->deviceId.isEmpty() && !current.deviceId.isEmpty() && backup->deviceId != current.deviceId) {
        return Error(tr("This backup comes from another laptop that also uses the code %1. Restoring it here "
                        "would mix two laptops' records and downtime numbers: nothing was changed. Restore "
                        "this laptop's own backups only, or restore it into an empty data directory.")
                         .arg(backup->deviceCode),
                     Error::Code::Conflict);
    }
    return {};
}

Status RestoreGuard::keepDeviceId(const QString& restoredDatabase, const SiteIdentity& identity)
{
    if (identity.deviceId.isEmpty()) {
        return {};
    }
    auto restored = SiteIdentity::ofFile(restoredDatabase);
    if (!restored || !restored->deviceId.isEmpty() || restored->deviceCode != identity.deviceCode) {
        return {};
    }
    auto db = db::Database::open(restoredDatabase, db::Database::Mode::ReadWrite, false);
    if (!db) {
        return db.error();
    }
    auto ins =
        db->prepare(QStringLiteral("INSERT OR IGNORE INTO setting(key, value) VALUES ('device.id', ?1)"));
    if (!ins) {
        return ins.error();
    }
    ins->bind(1, identity.deviceId);
    return ins->exec();
}

} // namespace wp
