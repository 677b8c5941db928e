#pragma once

#include "Instance.h"

#include <vector>

namespace wp::theatre {

/// What a theatre manager does by hand, as the yardstick for the engine: locked cases
/// stay; then cases in order of deadline (earliest first) each take the earliest session,
/// by date and start time, where they fit without breaking a constraint.
class BaselinePlanner
{
public:
    /// Session index per case, -1 for postponed. Always feasible.
    static std::vector<int> solve(const Instance& instance);
};

} // namespace wp::theatre
