#pragma once

#include "Result.h"
#include "workspace/Workspace.h"

namespace wp {

/// The demo hospital's laboratory and imaging work: yesterday's blood tests resulted and
/// acknowledged, this morning's collected and waiting (some overdue), a critical potassium
/// nobody has answered yet, a phoned result and a chest X-ray to do — so that a new user sees
/// every state of the loop on the first screen.
class DemoOrders
{
    Q_DECLARE_TR_FUNCTIONS(DemoOrders)

public:
    /// Writes them for the patients of `wardCode`, as the demo's doctor, nurse and lab users
    /// (`doctor`, `nurse`, `lab` logins), inside the caller's transaction.
    static Status write(Workspace& ws, const QString& wardCode, const QString& doctor, const QString& nurse,
                        const QString& lab);
};

} // namespace wp
