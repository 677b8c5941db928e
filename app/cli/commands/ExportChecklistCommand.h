#pragma once

#include "WorkspaceOutputCommand.h"

namespace wp::cli {

class ExportChecklistCommand : public WorkspaceOutputCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportChecklistCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    QString outHelp() const override;
    int write(Workspace& workspace, const QString& out, CommandIo& io) override;
};

} // namespace wp::cli
