#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace wp {

/// The newest entry of an audit trail: its number (entries are numbered from 1, so it is
/// also how many there are) and its hash, which covers every entry before it.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
};

/// The audit head a file recorded when it was made, and whose trail it is.
struct AuditAnchorFile
{
    AuditHead head;
    QString deviceCode;
    QString deviceId;
    QDateTime madeAt; ///< invalid for a database file
};

/// What comparing the live trail with a file's head found.
struct AuditAnchorCheck
{
    enum class Outcome {
        Intact,    ///< the anchored entry is there, unchanged
        Removed,   ///< the trail is shorter than when the file was made
        Rewritten, ///< the anchored entry (or one before it) differs
    };
    Outcome outcome = Outcome::Intact;
    AuditHead anchored;
    AuditHead current;
};

/// Anchors the audit trail's end outside the laptop: every bundle and encrypted backup records
/// the trail's head (BundleHeader::auditSeq/auditHash), every database backup holds its trail.
/// Checking the live trail against such a file tells whether entries up to the file's were
/// removed or rewritten since, which the chain alone cannot show for its newest entries.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    /// The head of the trail in `db` (seq 0 and the genesis hash when it is empty).
    static Result<AuditHead> head(db::Database& db);

    /// The head recorded by `file`: an exchange bundle, an encrypted backup (clear header, no
    /// passphrase needed) or a database backup. InvalidInput when the file carries none.
    static Result<AuditAnchorFile> read(const QString& file);

    /// Compares the trail in `db` with `anchored`.
    static Result<AuditAnchorCheck> check(db::Database& db, const AuditHead& anchored);
};

} // namespace wp
