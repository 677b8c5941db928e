#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli results import FILE --user NAME [--dry-run]`: a laboratory's results.csv
/// (docs/results-csv.md), all or nothing; a bad line is reported with file, line and column.
class ResultsImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResultsImportCommand)

public:
    QString name() const override { return QStringLiteral("results import"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
