#pragma once

#include "BundleHeader.h"

#include <QString>

namespace wp::exchange {

/// What goes into an exchange bundle.
struct ExportOptions
{
    /// Empty: everything. Else only what was not yet sent to that laptop (and it is
    /// remembered as sent once the bundle is written).
    QString forDevice;
    KdfParams kdf = KdfParams::standard();
};

/// What an export wrote.
struct ExportSummary
{
    QString file;
    QString bundleId;
    qint64 records = 0;
    qint64 wards = 0;
    qint64 beds = 0;
    qint64 users = 0;
};

} // namespace wp::exchange
