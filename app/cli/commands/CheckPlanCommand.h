#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli check-plan`: lists every hard constraint a theatre plan breaks, and its cost.
class CheckPlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckPlanCommand)

public:
    QString name() const override { return QStringLiteral("check-plan"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
