#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli alerts acknowledge ID --action TEXT [--response doctor-informed|review|
/// emergency-team|monitoring] [--within MINUTES] --user NAME`: closes an alert with the
/// acknowledgement record that says who answered it and what was done (a critical result: a
/// doctor; a NEWS2 escalation: with the response chosen).
class AlertsAcknowledgeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AlertsAcknowledgeCommand)

public:
    QString name() const override { return QStringLiteral("alerts acknowledge"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
