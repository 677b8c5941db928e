#pragma once

#include "workspace/Workspace.h"

namespace wp {

/// A deterministic demo hospital, so that a new user sees a realistic app at once:
/// two wards with about 40 patients, three days of observations and nursing notes,
/// one user per role and a theatre schedule (written as the rescheduling contract's
/// CSV files in `<data dir>/demo/`). The same clock gives the same hospital.
class DemoHospital
{
    Q_DECLARE_TR_FUNCTIONS(DemoHospital)

public:
    /// Fills an empty, uninitialised workspace. Refused if it is already set up.
    static Status create(Workspace& ws);
    /// The demo users and their passwords, for the README and the login screen.
    static QString passwordsText();

    static constexpr const char* deviceCode = "DEMO";
};

} // namespace wp
