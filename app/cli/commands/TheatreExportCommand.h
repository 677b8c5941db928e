#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli theatre export`: see summary().
class TheatreExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TheatreExportCommand)

public:
    QString name() const override { return QStringLiteral("theatre export"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
