#pragma once

#include "RecordVersion.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp {

/// Append-only storage of clinical records (notes, observations, form entries…).
/// Every write runs in its own transaction with its audit entry and is on disk when
/// the call returns. Writes need the RecordCare permission unless a caller already
/// checked a more specific one and passes `checkPermission = false`.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    explicit RecordStore(Workspace& ws) : m_ws(ws) {}

    Result<RecordVersion> create(const QString& kind, const QString& patientId, const QJsonObject& data,
                                 const QDateTime& occurredAt = {});
    /// A new version with new data; `reason` is required (like an initialled correction on paper).
    Result<RecordVersion> amend(const QString& recordId, const QJsonObject& data, const QString& reason,
                                const QDateTime& occurredAt = {});
    /// A new version flagged "entered in error", keeping the data readable.
    Result<RecordVersion> markEnteredInError(const QString& recordId, const QString& reason);

    /// The current version. When two laptops amended the same version (a fork, listed as a
    /// conflict by the exchange), every laptop picks the same one: the highest version, then
    /// the greatest (created_at, device, version_id) — the exchange's StateRebuilder rule.
    Result<RecordVersion> latest(const QString& recordId);
    /// SQL condition true when the row aliased `alias` of record_version is its record's
    /// current version by the rule of latest().
    static QString isCurrentVersion(const QString& alias);
    /// Every version, oldest first.
    Result<QList<RecordVersion>> history(const QString& recordId);
    /// Latest version of each record of `kind` for a patient, by occurred time.
    Result<QList<RecordVersion>> latestForPatient(const QString& patientId, const QString& kind,
                                                  bool includeEnteredInError = false);
    /// Latest version of each record of `kind`, any patient, that occurred in [from, to),
    /// by occurred time (counts for reports such as the situation report).
    Result<QList<RecordVersion>> latestOfKindBetween(const QString& kind, const QDateTime& from,
                                                     const QDateTime& to, bool includeEnteredInError = false);
    /// When the most recent thing recorded happened (any patient); invalid when nothing is recorded.
    Result<QDateTime> newestOccurrence();

    /// Writes a version inside the caller's transaction (used by services that write
    /// several things at once). Audits it too.
    Result<RecordVersion> appendInTransaction(RecordVersion v);
    /// create() inside the caller's transaction (imports that write many records at once).
    Result<RecordVersion> createInTransaction(const QString& kind, const QString& patientId,
                                              const QJsonObject& data, const QDateTime& occurredAt = {});

private:
    Result<RecordVersion> write(RecordVersion v);
    Workspace& m_ws;
};

} // namespace wp
