#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli init`: the first-run setup without the GUI.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
