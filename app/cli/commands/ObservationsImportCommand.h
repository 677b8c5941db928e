#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli observations import FILE`: the observations CSV of shared/specs/ward-csv.md.
class ObservationsImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ObservationsImportCommand)

public:
    QString name() const override { return QStringLiteral("observations import"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
