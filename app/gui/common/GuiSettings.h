#pragma once

#include <QString>

namespace wp {
class Workspace;
}

namespace wp::gui {

/// Settings of the GUI stored in the workspace, with their typed keys and defaults.
class GuiSettings
{
public:
    static QString idleLockMinutesKey() { return QStringLiteral("security.idle_lock_minutes"); }
    static constexpr int defaultIdleLockMinutes = 5;

    /// Minutes without input before the screen locks (at least 1).
    static int idleLockMinutes(Workspace& ws);
};

} // namespace wp::gui
