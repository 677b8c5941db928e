#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace wp::exchange {

/// Cost of deriving the bundle key from the passphrase with Argon2id. Stored in the
/// header so that the reader uses the writer's values (bounded, see BundleReader).
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;

    /// libsodium's "moderate" profile: a guessed passphrase costs the attacker ~0.5 s.
    static KdfParams standard();
    /// The cheapest allowed values, for tests that write hundreds of bundles.
    static KdfParams fastForTests();
};

/// The clear (but authenticated) header of an exchange bundle, or of an encrypted backup
/// (EncryptedBackup: the same construction, its own magic, the database file as plaintext).
///
/// File layout, all integers big-endian:
///   16 bytes  magic "WhitePlanBundle\n" (a backup: "WhitePlanBackup\n")
///    2 bytes  format version (1)
///    4 bytes  length N of the header JSON
///    N bytes  header JSON (sender device and its id, hospital and its id, created at, bundle id,
///           KDF parameters, salt, the sender's audit head)
///   24 bytes  crypto_secretstream_xchacha20poly1305 header
///   then chunks: 4-byte ciphertext length + ciphertext; the last chunk is tagged FINAL.
/// The clear header is the additional data of the first chunk, so it cannot be altered.
/// The plaintext is JSON Lines (see BundlePayload).
struct BundleHeader
{
    Q_DECLARE_TR_FUNCTIONS(BundleHeader)

public:
    static constexpr int formatVersion = 1;
    /// What the file holds; each kind has its own magic, so neither is taken for the other.
    enum class Kind { Bundle, Backup };
    static QByteArray magic(Kind kind = Kind::Bundle);

    Kind kind = Kind::Bundle;
    int version = formatVersion;
    QString bundleId;
    QString senderDevice;
    QString senderDeviceId; // the sending laptop's id (SiteIdentity); empty in older bundles
    QString hospital;
    QString hospitalId; // empty in bundles from laptops set up before hospital ids
    QString forDevice;  // empty: everything
    QString appVersion;
    QDateTime createdAt;
    KdfParams kdf;
    QByteArray salt;
    /// The sender's audit trail when the file was made: its newest entry's number and hash
    /// (AuditAnchor); 0 and empty in files written before they were recorded.
    qint64 auditSeq = 0;
    QString auditHash;

    /// The clear part of the file up to and including the header JSON.
    QByteArray serialise() const;
    /// Parses the clear part from the start of `data`; `consumed` receives its length.
    /// Errors say "not a bundle", "newer WhitePlan" or "truncated" in words.
    static Result<BundleHeader> parse(const QByteArray& data, qsizetype& consumed);
};

} // namespace wp::exchange
