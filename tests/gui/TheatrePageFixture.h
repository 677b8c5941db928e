#pragma once

#include "TestSupport.h"
#include "theatre/Planner.h"
#include "theatre/TheatrePage.h"

#include <memory>

namespace wp::test {

/// A theatre manager logged in on a fresh data directory, with the theatre page shown at a
/// laptop's size and a planner time cap that keeps a loaded test machine from stalling.
struct TheatrePageFixture
{
    TempDir tmp;
    ManualClock clock{testEpoch()};
    std::unique_ptr<Workspace> ws = initialisedWorkspace(tmp.path(), clock);
    std::unique_ptr<gui::TheatrePage> page;

    TheatrePageFixture()
    {
        loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
        page = std::make_unique<gui::TheatrePage>(*ws);
        page->resize(1280, 700);
        page->show();
        theatre::PlannerOptions options;
        options.timeLimitSeconds = 10;
        page->setPlannerOptions(options);
    }
};

} // namespace wp::test
