#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli theatre import`: see summary().
class TheatreImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TheatreImportCommand)

public:
    QString name() const override { return QStringLiteral("theatre import"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
