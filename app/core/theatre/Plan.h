#pragma once

#include "Instance.h"

#include <QString>

#include <vector>

namespace wp::theatre {

/// One row of plan.csv. `sessionId` empty means postponed; `start` is minutes after
/// midnight, -1 when empty.
struct PlanEntry
{
    QString caseId;
    QString sessionId;
    int start = -1;
    int line = 0; ///< line in plan.csv when read from a file, for messages
};

/// A plan as written to or read from plan.csv. A plan read from a file may break the
/// contract (unknown ids, duplicates): PlanChecker says how.
class Plan
{
public:
    std::vector<PlanEntry> entries;

    /// Builds the plan for `sessionOf` (a session index per case, -1 for postponed), packing
    /// each session's cases back to back from its start with the turnover between them,
    /// most urgent first.
    static Plan fromAssignment(const Instance& instance, const std::vector<int>& sessionOf);
    /// The session index of each case (-1 when postponed, missing or unknown); the first
    /// row counts when a case appears twice.
    std::vector<int> assignment(const Instance& instance) const;
};

} // namespace wp::theatre
