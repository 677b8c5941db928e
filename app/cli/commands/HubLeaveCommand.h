#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hub leave`.
class HubLeaveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HubLeaveCommand)

public:
    QString name() const override { return QStringLiteral("hub leave"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
