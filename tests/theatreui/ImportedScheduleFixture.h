#pragma once

#include "TestSupport.h"
#include "theatre/PlanChecker.h"
#include "theatreplan/TheatreService.h"

#include <catch2/catch.hpp>

namespace wp::test {

/// A theatre manager logged in with the small schedule of tests/data/theatreui imported:
/// S1 (T1, 08:00–12:00) holds C1 (P2, 90 min) at 08:00 and C2 (P3, 60 min) at 09:45; the
/// turnover is 15 minutes.
struct ImportedScheduleFixture
{
    TempDir tmp;
    ManualClock clock{testEpoch()};
    std::unique_ptr<Workspace> ws = initialisedWorkspace(tmp.path(), clock);
    theatre::TheatreService service{*ws};

    ImportedScheduleFixture()
    {
        loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
        auto summary = service.importFiles(dataFile(QStringLiteral("theatreui/sessions.csv")),
                                           dataFile(QStringLiteral("theatreui/cases.csv")));
        INFO(summary.errorMessage().toStdString());
        REQUIRE(summary.ok());
    }
    /// The schedule as stored in the database.
    theatre::Schedule schedule()
    {
        auto s = service.load();
        REQUIRE(s.ok());
        return *s;
    }
    int auditCount(const QString& action) { return test::auditCount(*ws, action); }
};

/// Whether the schedule's plan breaks no hard rule; the broken ones are logged with the test.
inline bool feasible(const theatre::Schedule& s)
{
    const theatre::PlanEvaluation e = theatre::PlanChecker::check(s.toInstance(), s.plan());
    for (const auto& v : e.violations) {
        UNSCOPED_INFO(v.message);
    }
    return e.feasible();
}

} // namespace wp::test
