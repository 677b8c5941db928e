#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hub status`.
class HubStatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HubStatusCommand)

public:
    QString name() const override { return QStringLiteral("hub status"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
