#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hub sync`.
class HubSyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HubSyncCommand)

public:
    QString name() const override { return QStringLiteral("hub sync"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
