#pragma once

#include <QStringList>

namespace wp {

/// What an import did (or, in a dry run, would do).
struct ImportReport
{
    int imported = 0;
    int alreadyPresent = 0;
    /// Rows reported already present whose identity differs from the stored one (an IPP
    /// given to another person); each has its warning.
    int identityMismatches = 0;
    /// Things a human should look at that did not stop the import (possible duplicates,
    /// identities that differ under one IPP).
    QStringList warnings;
};

} // namespace wp
