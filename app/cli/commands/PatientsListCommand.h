#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli patients list [--ward CODE] [--format csv|text]`: who is known on this
/// laptop, with identifiers, names, ward and bed (a read command, for scripts and tests).
class PatientsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PatientsListCommand)

public:
    QString name() const override { return QStringLiteral("patients list"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
