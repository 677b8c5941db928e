#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli users list`.
class UsersListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UsersListCommand)

public:
    QString name() const override { return QStringLiteral("users list"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
