#pragma once

#include "Result.h"
#include "site/SiteIdentity.h"

#include <QCoreApplication>

namespace wp {

/// Keeps a restore from changing who a laptop is. A backup may replace a data directory's
/// database only when it is of the same hospital and the same laptop (same code, and the
/// same laptop id when both have one): restoring another laptop's backup would make a second
/// "P2" handing out P2's downtime numbers, and another hospital's would swap the hospital.
/// A data directory that holds no hospital yet (a fresh machine replacing a dead laptop)
/// takes any backup. When the current database cannot be read, the identity comes from its
/// newest automatic backup.
class RestoreGuard
{
    Q_DECLARE_TR_FUNCTIONS(RestoreGuard)

public:
    /// Ok, or an InvalidInput error saying why `backupFile` may not replace `currentDatabase`
    /// (whose automatic backups are in `backupDirectory`). Nothing is changed either way.
    static Status check(const QString& currentDatabase, const QString& backupDirectory,
                        const QString& backupFile);
    /// The identity check() compares the backup with.
    static SiteIdentity currentIdentity(const QString& currentDatabase, const QString& backupDirectory);
    /// After a backup taken before laptop ids was restored: gives the restored database the
    /// laptop id `identity` had, so that the laptop's later backups still match it.
    static Status keepDeviceId(const QString& restoredDatabase, const SiteIdentity& identity);
};

} // namespace wp
