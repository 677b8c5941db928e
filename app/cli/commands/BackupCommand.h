#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli backup`.
class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
