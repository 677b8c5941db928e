#pragma once

#include "Result.h"
#include "foundation/Clock.h"

#include <QCoreApplication>
#include <QString>

namespace wp {

/// Restoring a data directory from a backup file of either kind: a database file (the
/// automatic backups of the data directory) or an encrypted backup (EncryptedBackup, from
/// "Back up now to…"), which is first decrypted into the data directory (owner-only). A wrong
/// passphrase, an altered or truncated file is refused before the current data is touched.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    /// Whether restoring `file` needs a passphrase.
    static bool needsPassphrase(const QString& file);

    /// Workspace::restore of `file` into `dir`, decrypting it with `passphrase` when it is an
    /// encrypted backup. Returns where the previous database was kept (empty when there was none).
    static Result<QString> restore(const QString& dir, const QString& file, const QByteArray& passphrase,
                                   Clock& clock = Clock::system());
};

} // namespace wp
