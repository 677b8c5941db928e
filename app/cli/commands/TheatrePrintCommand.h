#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli theatre print daylist|letters|calllist`: see summary().
class TheatrePrintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TheatrePrintCommand)

public:
    QString name() const override { return QStringLiteral("theatre print"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
