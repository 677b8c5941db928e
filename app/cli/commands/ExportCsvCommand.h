#pragma once

#include "WorkspaceOutputCommand.h"

namespace wp::cli {

class ExportCsvCommand : public WorkspaceOutputCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    QString outHelp() const override;
    bool outIsFolder() const override { return true; }
    int write(Workspace& workspace, const QString& out, CommandIo& io) override;
};

} // namespace wp::cli
