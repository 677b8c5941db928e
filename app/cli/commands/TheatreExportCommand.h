#pragma once

#include "WorkspaceOutputCommand.h"

namespace wp::cli {

/// `whiteplan-cli theatre export`: see summary().
class TheatreExportCommand : public WorkspaceOutputCommand
{
    Q_DECLARE_TR_FUNCTIONS(TheatreExportCommand)

public:
    QString name() const override { return QStringLiteral("theatre export"); }
    QString summary() const override;

protected:
    QString outHelp() const override;
    int write(Workspace& workspace, const QString& out, CommandIo& io) override;
};

} // namespace wp::cli
