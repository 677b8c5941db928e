#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli patients import FILE`: the census CSV of shared/specs/ward-csv.md.
class PatientsImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PatientsImportCommand)

public:
    QString name() const override { return QStringLiteral("patients import"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
