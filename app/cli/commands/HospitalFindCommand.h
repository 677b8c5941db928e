#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hospital find QUERY [--limit N] [--format text|csv]`: the hospital-wide
/// patient finder (name, birth date, downtime number or IPP) with where each patient is now,
/// which laptop said so and how old that is.
class HospitalFindCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HospitalFindCommand)

public:
    QString name() const override { return QStringLiteral("hospital find"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
