#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace wp::cli {

/// Every verb of whiteplan-cli, and dispatch by the first one or two words.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    CommandRegistry();
    int dispatch(const QStringList& arguments, CommandIo& io);
    QString usage() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace wp::cli
