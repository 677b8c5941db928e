#pragma once

#include "TestSupport.h"

namespace wp::test {

/// How runRestrictedCli() limits the whiteplan-cli it starts.
struct CliLimits
{
    /// RLIMIT_FSIZE in bytes (no file may grow beyond it: writes fail as on a full disk), or -1.
    qint64 maxFileSize = -1;
    /// Run as the unprivileged user "nobody" when the test runs as root, whom file
    /// permissions do not stop: a chmod a-w then really means read-only.
    bool unprivileged = false;
};

/// runCli() with limits applied in the child process only.
CliResult runRestrictedCli(const QStringList& arguments, const QProcessEnvironment& env,
                           const CliLimits& limits);

/// Makes `dir` and everything in it read-only (a-w), owned by the user runRestrictedCli()
/// runs as; makeWritable() undoes it so that the temporary directory can be removed.
void makeReadOnly(const QString& dir);
void makeWritable(const QString& dir);

} // namespace wp::test
