#include "BackupRestore.h"

#include "EncryptedBackup.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace wp {

bool BackupRestore::needsPassphrase(const QString& file)
{
    return EncryptedBackup::isEncrypted(file);
}

Result<QString> BackupRestore::restore(const QString& dirArg, const QString& file,
                                       const QByteArray& passphrase, Clock& clock)
{
    if (!EncryptedBackup::isEncrypted(file)) {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly) &&
            in.read(16) == exchange::BundleHeader::magic(exchange::BundleHeader::Kind::Bundle)) {
            // Say what it is ("import it instead") rather than "not a database".
            return EncryptedBackup::header(file).error();
        }
        return Workspace::restore(dirArg, file, clock);
    }
    if (passphrase.isEmpty()) {
        return Error(tr("The backup %1 is encrypted: give its passphrase.").arg(file),
                     Error::Code::AuthenticationFailed);
    }
    // Checked before the folder is created, so a bad file leaves a fresh laptop as it was.
    if (auto header = EncryptedBackup::header(file); !header) {
        return header.error();
    }
    const QString dir = QDir(dirArg).absolutePath();
    const bool existed = QDir(dir).exists();
    if (!QDir().mkpath(dir)) {
        return Error(tr("Cannot create the data directory %1.").arg(dir), Error::Code::Io);
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString plain = QDir(dir).filePath(
        QStringLiteral(".restoring-%1.db").arg(QUuid::createUuid().toString(QUuid::Id128)));
    auto done = [&](Result<QString> r) {
        QFile::remove(plain);
        if (!existed && !r) {
            QDir().rmdir(dir); // only when empty: nothing else is removed
        }
        return r;
    };
    if (auto st = EncryptedBackup::decrypt(file, plain, passphrase); !st) {
        return done(st.error());
    }
    return done(Workspace::restore(dir, plain, clock));
}

} // namespace wp
