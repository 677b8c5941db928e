#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli alerts list [--ward CODE] [--all] [--format csv|text]`: the critical results
/// and NEWS2 escalations still waiting for an acknowledgement (or every alert with --all), the
/// alert's id first so that a script can acknowledge it.
class AlertsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AlertsListCommand)

public:
    QString name() const override { return QStringLiteral("alerts list"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
