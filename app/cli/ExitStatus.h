#pragma once

#include "Result.h"

namespace wp::cli {

/// The exit statuses of whiteplan-cli, the same for every command (README, "Exit statuses").
/// Scripts may rely on them: a status never changes meaning.
enum ExitStatus : int {
    ExitOk = 0,
    /// The command ran and its answer is "no": verify found damage, check-plan found a broken
    /// rule; also a damaged database found when opening the data.
    ExitDamaged = 1,
    /// Bad arguments or a bad input file (malformed, truncated, unknown name, missing file or
    /// data directory): nothing was written. Fix the input and run it again.
    ExitBadInput = 2,
    /// Well-formed, but refused by a rule or by the current state (already set up, a name
    /// already taken, another hospital's data, a newer WhitePlan's data): nothing was written.
    ExitRefused = 3,
    /// Reading or writing failed (disk full, unwritable output, I/O error), or WhitePlan
    /// itself failed (an internal error): nothing was committed. Free space or fix the
    /// medium and run it again.
    ExitIoFailure = 4,
    /// Wrong user name, password or passphrase, a wrong-password delay running, or a role
    /// that does not allow the command.
    ExitDenied = 5,
    /// Another WhitePlan is writing to this data directory: nothing was done; try again
    /// once it is closed.
    ExitBusy = 6,
};

/// Where an error's subject came from: a damaged input file is bad input, a damaged
/// database of the data directory is damage.
enum class ErrorSource { DataDirectory, InputFile };

/// The exit status for a core error, from its kind (Error::Code) alone.
ExitStatus exitStatusFor(const Error& error, ErrorSource source = ErrorSource::DataDirectory);

} // namespace wp::cli
