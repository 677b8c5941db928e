#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli hospital sitrep [--hours N] [--format text|csv]`: the situation report's
/// figures for the crisis cell, each ward's with the age of its data (`print sitrep` prints it).
class HospitalSitrepCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HospitalSitrepCommand)

public:
    QString name() const override { return QStringLiteral("hospital sitrep"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
