#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wp::exchange {

/// What importing a bundle did (or, for a preview, would do).
struct ImportSummary
{
    QString bundleId;
    QString senderDevice;
    QString hospital;
    QString hospitalId;
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
    /// Set when an administrator accepted this bundle as a transfer from another hospital:
    /// that hospital, described (users were not added).
    QString transferFrom;
    /// A preview's reasons why the import itself would be refused (another hospital, a
    /// bundle for another laptop, two laptops with one code); empty for an import.
    QStringList warnings;
};

/// How to import a bundle.
struct ImportOptions
{
    /// The sending hospital's name or id, typed by an administrator who accepts a transfer
    /// of that hospital's patients. Empty: a bundle from another hospital is refused.
    QString acceptTransferFrom;
};

} // namespace wp::exchange
