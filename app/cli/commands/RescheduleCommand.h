#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli reschedule`: plans theatre cases into the sessions left open.
class RescheduleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleCommand)

public:
    QString name() const override { return QStringLiteral("reschedule"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
