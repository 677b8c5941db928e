#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hospital census [--hours N] [--format text|csv]`: every ward's beds, patients,
/// free beds, arrivals and departures, and how old each ward's figures are.
class HospitalCensusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HospitalCensusCommand)

public:
    QString name() const override { return QStringLiteral("hospital census"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
