#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli orders add --patient ID --tests CODE[,CODE] [--priority routine|urgent|stat]
/// [--info TEXT] [--collect-at YYYY-MM-DDTHH:MM] --user NAME`: places a laboratory or imaging
/// order and prints its number (the one printed on the request and the tube labels).
class OrdersAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OrdersAddCommand)

public:
    QString name() const override { return QStringLiteral("orders add"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
