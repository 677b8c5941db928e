#include "GuiSettings.h"

#include "workspace/Workspace.h"

namespace wp::gui {

int GuiSettings::idleLockMinutes(Workspace& ws)
{
    bool ok = false;
    const int minutes = ws.setting(idleLockMinutesKey()).toInt(&ok);
    return ok && minutes >= 1 ? minutes : defaultIdleLockMinutes;
}

} // namespace wp::gui
