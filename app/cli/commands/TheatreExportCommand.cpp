#include "TheatreExportCommand.h"

#include "theatreplan/TheatreService.h"

namespace wp::cli {

QString TheatreExportCommand::summary() const
{
    return tr("Export the current theatre plan as the rescheduling contract's plan.csv.");
}

QString TheatreExportCommand::outHelp() const
{
    return tr("plan.csv to write.");
}

int TheatreExportCommand::write(Workspace& workspace, const QString& out, CommandIo& io)
{
    if (auto st = theatre::TheatreService(workspace).exportPlan(out); !st) {
        return fail(io, st.error());
    }
    io.err << tr("Wrote %1.").arg(out) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
