#pragma once

#include "Command.h"

namespace wp {
class Workspace;
}

namespace wp::cli {

/// A verb that acts as a logged-in user and writes one file or folder named by `--out`
/// (the exports). Subclasses only say what `--out` is and how to write it, so option
/// handling, the login and error reporting stay the same for every export.
class WorkspaceOutputCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOutputCommand)

public:
    int run(const QStringList& arguments, CommandIo& io) final;

protected:
    /// Help text of `--out`.
    virtual QString outHelp() const = 0;
    /// Whether `--out` names a folder rather than a file (only changes the messages).
    virtual bool outIsFolder() const { return false; }
    /// Writes to `out` and reports on `io`; returns the exit code.
    virtual int write(Workspace& workspace, const QString& out, CommandIo& io) = 0;
};

} // namespace wp::cli
