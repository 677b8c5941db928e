#pragma once

#include <QString>
#include <QStringList>

namespace wp::hub {

/// What one synchronisation with the hub did.
struct HubSyncSummary
{
    qint64 offered = 0;    // lines of this laptop sent (re-sends included)
    qint64 stored = 0;     // of which new on the hub
    qint64 pulled = 0;     // lines received from the hub
    qint64 newRecords = 0; // record versions new on this laptop
    qint64 newUsers = 0;
    qint64 newWards = 0;
    int alarms = 0; // ids offered with a content other than the hub's (never merged)
    QStringList alarmIds;
    /// Set when the hub was found rebuilt or restored from an older backup: every row of this
    /// laptop was offered again and everything pulled again.
    QString resetReason;
    int patients = 0;
    int conflicts = 0;
    int wakeUps = 0; // notifications that made a --wait sync pull again
};

} // namespace wp::hub
