#pragma once

#include "HubLink.h"
#include "HubSyncSummary.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

#include <functional>

namespace wp::db {
class PgConnection;
}

namespace wp::hub {

/// Synchronises this laptop with the hub it joined (HubJoin): pushes every record version
/// written here (and the wards, beds and users, as a USB bundle carries them) that the hub
/// lacks, in batches of `INSERT … ON CONFLICT DO NOTHING`; pulls what the others pushed since
/// this laptop's cursor; merges it with the bundles' own merge (PayloadMerger) and rebuilds
/// the state with the same rules (StateRebuilder), so the hub yields exactly what USB bundles
/// yield.
///
/// - A row counts as sent only once the hub's COMMIT returned (the cursor moves after it).
/// - The pull cursor is (transaction id, seq), handing out only rows of transactions older
///   than the hub's snapshot xmin: a row committed late by a concurrent upload is never
///   skipped.
/// - The same id offered with another content raises an alarm on the hub and is never merged.
/// - A hub of another hospital is refused; a hub rebuilt (another identity) or restored from
///   an older backup (behind this laptop's high-water mark, or missing rows this laptop sent)
///   is refilled: everything is offered and pulled again.
/// - Local transactions are short (one per batch) and never wait on the network.
/// A failure is recorded (last error, unreachable since) and returned; what was done stays done.
class HubSync
{
    Q_DECLARE_TR_FUNCTIONS(HubSync)

public:
    explicit HubSync(Workspace& ws) : m_ws(ws) {}

    /// One push then pull.
    Result<HubSyncSummary> syncOnce();
    /// syncOnce(), then for `seconds` more: listens to the hub and syncs again at each wake-up.
    Result<HubSyncSummary> syncFor(int seconds);

    /// Record versions written here that the hub has not confirmed yet (0 when not joined).
    static Result<qint64> waiting(Workspace& ws);

    /// Lines per push and per pull batch.
    void setBatchSize(int rows) { m_batch = rows; }
    /// Test seam: called after each batch committed (on the hub for a push, here for a pull).
    void setAfterBatch(std::function<void()> hook) { m_afterBatch = std::move(hook); }

private:
    Result<HubLink> loadLink();
    Status run(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary);
    Status checkHub(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary);
    Status push(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary);
    Status pushAudit(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary);
    Status sendBatch(db::PgConnection& conn, const QJsonArray& batch, HubSyncSummary& summary, HubLink& link);
    Status pull(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary);
    Status rebuildIfNeeded(HubLink& link, HubSyncSummary& summary);
    Result<qint64> hubHoldsOwn(db::PgConnection& conn);
    Status saveLink(const HubLink& link);
    Error failed(HubLink& link, const Error& error);

    Workspace& m_ws;
    int m_batch = 2000;
    std::function<void()> m_afterBatch;
};

} // namespace wp::hub
