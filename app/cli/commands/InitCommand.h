#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli init`: the first-run setup without the GUI.
class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
