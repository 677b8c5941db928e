#pragma once

#include <QStringList>

namespace wp {

/// What an import did (or, in a dry run, would do).
struct ImportReport
{
    int imported = 0;
    int alreadyPresent = 0;
    /// Things a human should look at that did not stop the import (possible duplicates).
    QStringList warnings;
};

} // namespace wp
