#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hospital transfers [--hours N] [--format text|csv]`: the transfer register,
/// every admission, move between wards, transfer out, discharge and death with its times.
class HospitalTransfersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HospitalTransfersCommand)

public:
    QString name() const override { return QStringLiteral("hospital transfers"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
