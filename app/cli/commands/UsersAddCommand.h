#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli users add`.
class UsersAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UsersAddCommand)

public:
    QString name() const override { return QStringLiteral("users add"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
