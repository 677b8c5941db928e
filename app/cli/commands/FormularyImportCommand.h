#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli formulary import FILE [--dry-run] --user NAME`: the pharmacy's formulary
/// CSV (docs/formulary-csv.md), all or nothing; it replaces the formulary in use. A bad value
/// is reported with file, line and column (exit status 2) and nothing changes.
class FormularyImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FormularyImportCommand)

public:
    QString name() const override { return QStringLiteral("formulary import"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
