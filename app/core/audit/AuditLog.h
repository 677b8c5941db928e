#pragma once

#include "workspace/Workspace.h"

#include <QList>

namespace wp {

/// One entry of the audit trail.
struct AuditEntry
{
    qint64 seq = 0;
    QString at;
    QString user;
    QString device;
    QString action;
    QString objectKind;
    QString objectId;
    QString detail;
    QString prevHash;
    QString hash;
    /// Digest of the record seals this entry writes (RecordSeal::digest), else empty.
    QString content;
};

/// What `verify` found: the first entry whose hash or link is wrong, if any.
struct AuditVerification
{
    qint64 entriesChecked = 0;
    std::optional<qint64> firstBadSeq;
    QString problem;
    bool ok() const { return !firstBadSeq.has_value(); }
};

/// The append-only audit trail. Each entry's SHA-256 hash covers its fields and the
/// previous entry's hash, so altering, removing or reordering any entry breaks the
/// chain from that entry on. An entry that writes record versions also carries the digest
/// of their seals (its `content`, covered by its hash), so the chain commits to the
/// content of every record version (RecordSeal).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Workspace& ws) : m_ws(ws) {}

    /// Appends an entry for the current actor. Call inside the transaction of the write it describes.
    Status append(const QString& action, const QString& objectKind, const QString& objectId,
                  const QString& detail = {});
    /// Same, for an explicit actor (login attempts before anyone is logged in).
    Status append(const Actor& actor, const QString& action, const QString& objectKind,
                  const QString& objectId, const QString& detail = {});
    /// Appends an entry for the current actor committing to `content` (a digest of record
    /// seals); returns its sequence number, under which the caller stores the seals.
    Result<qint64> appendWithContent(const QString& action, const QString& objectKind,
                                     const QString& objectId, const QString& detail, const QString& content);

    /// Walks the whole chain.
    Result<AuditVerification> verify();
    /// The newest entries first.
    Result<QList<AuditEntry>> latest(int limit);

    static QString computeHash(const AuditEntry& e);
    /// The entry that follows (`previousSeq`, `previousHash`), hashed; 0 and genesisHash() for the first.
    static AuditEntry next(qint64 previousSeq, const QString& previousHash, const Actor& actor,
                           const QDateTime& at, const QString& action, const QString& objectKind,
                           const QString& objectId, const QString& detail, const QString& content = {});
    /// SQL inserting one entry, with bind() filling its eleven parameters.
    static QString insertStatement();
    static void bind(db::Statement& stmt, const AuditEntry& e);
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

private:
    Result<qint64> appendEntry(const Actor& actor, const QString& action, const QString& objectKind,
                               const QString& objectId, const QString& detail, const QString& content);
    Workspace& m_ws;
};

} // namespace wp
