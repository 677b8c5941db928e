#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli orders list [--ward CODE] [--patient ID] [--pending|--overdue|--unacknowledged]
/// [--format csv|text]`: the orders of this laptop with their status and when their results are
/// due, so that nothing still pending is forgotten during a downtime.
class OrdersListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OrdersListCommand)

public:
    QString name() const override { return QStringLiteral("orders list"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
