#pragma once

#include <QDateTime>
#include <QString>

namespace wp::exchange {

/// What importing a bundle did (or, for a preview, would do).
struct ImportSummary
{
    QString bundleId;
    QString senderDevice;
    QString hospital;
    QDateTime createdAt;
    bool preview = false;
    qint64 records = 0;    // record versions in the bundle
    qint64 newRecords = 0; // of which not yet on this laptop
    qint64 newWards = 0;
    qint64 newBeds = 0;
    qint64 newUsers = 0;
    int patients = 0;
    int conflicts = 0;  // unconfirmed, after the merge
    int duplicates = 0; // unconfirmed duplicate candidates, after the merge
};

} // namespace wp::exchange
