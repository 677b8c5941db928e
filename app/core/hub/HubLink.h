#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace wp::hub {

/// This laptop's link to the hospital hub (table hub_link), as an administrator joined it,
/// with the sync's cursors and its last outcome.
struct HubLink
{
    QString host;
    /// Connect here instead of resolving `host` (the name still checked in the certificate).
    QString hostAddress;
    int port = 5432;
    QDateTime joinedAt;
    QString joinedBy;
    QString clusterId;
    QString systemId;
    std::int64_t highWaterSeq = 0;
    std::int64_t pushedUpTo = 0;
    std::int64_t pushedAuditUpTo = 0;
    std::int64_t pullTxid = 0;
    std::int64_t pullSeq = 0;
    bool rebuildPending = false;
    QDateTime lastAttemptAt;
    QDateTime lastSyncAt;
    QDateTime unreachableSince;
    QString lastError;
    std::int64_t alarms = 0;
};

} // namespace wp::hub
