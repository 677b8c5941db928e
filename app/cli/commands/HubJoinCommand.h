#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hub join`.
class HubJoinCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HubJoinCommand)

public:
    QString name() const override { return QStringLiteral("hub join"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
