#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli observations export --format csv`: the export of shared/specs/ward-csv.md.
class ObservationsExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ObservationsExportCommand)

public:
    QString name() const override { return QStringLiteral("observations export"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
