#pragma once

#include "workspace/Workspace.h"

namespace wp {

/// How sessions behave on this laptop: the idle time before the screen locks itself.
/// Changing it needs ConfigureSite and is audited.
class SessionSettings
{
    Q_DECLARE_TR_FUNCTIONS(SessionSettings)

public:
    static QString idleLockMinutesKey() { return QStringLiteral("security.idle_lock_minutes"); }
    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int maximumIdleLockMinutes = 120;

    explicit SessionSettings(Workspace& ws) : m_ws(ws) {}

    /// The stored value, or the default when none (or a nonsensical one) is stored.
    int idleLockMinutes();
    /// 1 to maximumIdleLockMinutes.
    Status setIdleLockMinutes(int minutes);

private:
    Workspace& m_ws;
};

} // namespace wp
