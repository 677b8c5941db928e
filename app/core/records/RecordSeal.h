#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <utility>

namespace wp {

/// A record version whose stored content no longer matches its seal (or has none).
struct SealProblem
{
    QString versionId;
    QString recordId;
    QString kind;
    QString patient; // downtime number and name when known, else the patient id
    int version = 0;
    QString problem; // in words, naming the record
};

/// What RecordSeal::verify found.
struct SealVerification
{
    qint64 versionsChecked = 0;
    qint64 problemCount = 0;
    QList<SealProblem> problems; // the first `maxListed`
    bool ok() const { return problemCount == 0; }
    static constexpr int maxListed = 50;
};

/// The seal of a record version: SHA-256 over its thirteen columns as stored (field
/// separator U+001F; a NULL reads as an empty text), kept in `record_seal` beside the
/// audit entry that wrote the version. That entry's `content` is the digest of the seals it
/// wrote, and its hash covers the content, so the audit chain commits to the content of
/// every record version: `verify` recomputes each seal and names a version changed behind
/// WhitePlan's back (a respiration rate edited from 5 to 9 with a SQLite tool).
///
/// What it cannot see: someone who rewrites the versions, their seals and the whole audit
/// chain consistently (there is no secret key on a standalone laptop); the other laptops'
/// copies and the backups on USB sticks are then the witnesses.
class RecordSeal
{
    Q_DECLARE_TR_FUNCTIONS(RecordSeal)

public:
    using Seal = std::pair<QString, QString>; // version_id, hash

    /// The record_version columns hashed, in order.
    static QString columns();
    /// The seal of a version from its thirteen column texts, in columns() order.
    static QString hash(const QStringList& fields);
    /// The seal of the row at the current step, its columns() starting at `first`.
    static QString hashRow(const db::Statement& s, int first = 0);
    /// Digest of seals, as stored in the audit entry that writes them: SHA-256 over the lines
    /// "version_id hash\n" in the byte order of the version ids (SQLite's ORDER BY).
    static QString digest(QList<Seal> seals);
    /// Stores seals under the audit entry `auditSeq`. Inside the caller's transaction.
    static Status insert(db::Database& db, qint64 auditSeq, const QList<Seal>& seals);

    /// Migration 0007's step: seals every existing version and appends one audit entry
    /// ("records.sealed", by "system" on this laptop) committing to them all.
    static Status backfill(db::Database& db, const QDateTime& now);
    /// Recomputes every version's seal and every sealing entry's digest.
    static Result<SealVerification> verify(db::Database& db);
};

} // namespace wp
