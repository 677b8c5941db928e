#pragma once

#include "Result.h"
#include "exchange/BundleHeader.h"

#include <QCoreApplication>
#include <QString>

namespace wp {

/// Backups that leave the laptop (a USB stick): the database file encrypted with the bundle
/// construction (Argon2id key from a passphrase, libsodium secretstream, authenticated clear
/// header naming hospital, laptop and time) under the magic "WhitePlanBackup\n". A wrong
/// passphrase, an altered or a truncated file is refused before anything is written.
class EncryptedBackup
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedBackup)

public:
    /// File name ending of encrypted backups.
    static QString suffix() { return QStringLiteral(".wpbackup"); }
    /// Whether `file` begins as an encrypted backup (it may still be damaged).
    static bool isEncrypted(const QString& file);

    /// Encrypts the database file `plainFile` into `destination`, written under a temporary
    /// name beside it, flushed to disk and renamed only when complete: a stick pulled
    /// mid-write leaves no file under the backup's name. `header` says whose backup it is
    /// (its kind, salt and KDF are set here).
    static Status write(const QString& plainFile, const QString& destination, exchange::BundleHeader header,
                        const QByteArray& passphrase, const exchange::KdfParams& kdf);

    /// Reads the clear header of `file` (no passphrase needed).
    static Result<exchange::BundleHeader> header(const QString& file);

    /// Decrypts `file` into `plainDestination` (owner-only, written beside and renamed when
    /// complete); on any failure nothing is left at `plainDestination`.
    static Status decrypt(const QString& file, const QString& plainDestination, const QByteArray& passphrase);
};

} // namespace wp
