#pragma once

#include "Command.h"

namespace wp::cli {

class ExportFhirCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportFhirCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
