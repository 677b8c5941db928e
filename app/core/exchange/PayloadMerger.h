#pragma once

#include "ImportSummary.h"
#include "records/RecordSeal.h"
#include "workspace/Workspace.h"

#include <QJsonObject>

#include <memory>

namespace wp::exchange {

/// Unites the lines of an exchange payload (PayloadLines) with this laptop's data: record
/// versions by version_id (one already here is left alone), wards, beds and users when
/// missing (an existing user, and their password, is never changed). The one merge of
/// USB bundles (ExchangeImporter) and of the hub (HubSync). Call inside the caller's
/// transaction; then rebuild the state (StateRebuilder) and seal() what was added.
class PayloadMerger
{
    Q_DECLARE_TR_FUNCTIONS(PayloadMerger)

public:
    /// `transfer`: the lines come from another hospital accepted as a transfer (its users are skipped).
    /// `summary` counts what was seen and added.
    PayloadMerger(Workspace& ws, ImportSummary& summary, bool transfer = false);
    ~PayloadMerger();

    Status prepare();
    /// One line (without its newline). An "end" line is kept in end(); a line after it is malformed.
    Status handle(const QByteArray& text);
    bool ended() const { return m_ended; }
    const QJsonObject& end() const { return m_end; }
    /// The seals of the versions new here.
    const QList<RecordSeal::Seal>& seals() const { return m_seals; }
    /// Appends the audit entry `action` whose content commits to the new versions' seals, and the seals.
    Result<qint64> seal(const QString& action, const QString& objectKind, const QString& objectId,
                        const QString& detail);

    static Error malformed();

private:
    struct Inserts;
    Workspace& m_ws;
    ImportSummary& m_summary;
    bool m_transfer;
    std::unique_ptr<Inserts> m_s;
    bool m_ended = false;
    QJsonObject m_end;
    QList<RecordSeal::Seal> m_seals;
};

} // namespace wp::exchange
