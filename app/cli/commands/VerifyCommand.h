#pragma once

#include "Command.h"
#include "workspace/Workspace.h"

namespace wp::cli {

/// `whiteplan-cli verify`.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

private:
    /// `--against FILE`: the trail still ends where FILE recorded it, or later.
    int verifyAgainst(Workspace& ws, const QString& file, CommandIo& io) const;
};

} // namespace wp::cli
