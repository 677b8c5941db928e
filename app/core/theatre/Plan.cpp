#include "Plan.h"

#include <algorithm>

namespace wp::theatre {

Plan Plan::fromAssignment(const Instance& instance, const std::vector<int>& sessionOf)
{
    std::vector<std::vector<int>> members(instance.sessions.size());
    for (int c = 0; c < static_cast<int>(sessionOf.size()); ++c) {
        if (sessionOf[c] >= 0) {
            members[sessionOf[c]].push_back(c);
        }
    }
    std::vector<int> start(instance.cases.size(), -1);
    for (size_t s = 0; s < members.size(); ++s) {
        auto& list = members[s];
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            const int pa = instance.cases[a].priority;
            const int pb = instance.cases[b].priority;
            return pa != pb ? pa < pb : a < b;
        });
        int t = instance.sessions[s].start;
        for (int c : list) {
            start[c] = t;
            t += instance.cases[c].duration + instance.turnover;
        }
    }
    Plan plan;
    plan.entries.reserve(instance.cases.size());
    for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
        PlanEntry e;
        e.caseId = instance.cases[c].id;
        if (sessionOf[c] >= 0) {
            e.sessionId = instance.sessions[sessionOf[c]].id;
            e.start = start[c];
        }
        plan.entries.push_back(std::move(e));
    }
    return plan;
}

std::vector<int> Plan::assignment(const Instance& instance) const
{
    std::vector<int> sessionOf(instance.cases.size(), -1);
    std::vector<bool> seen(instance.cases.size(), false);
    for (const PlanEntry& e : entries) {
        const int c = instance.caseIndex(e.caseId);
        if (c < 0 || seen[c]) {
            continue;
        }
        seen[c] = true;
        sessionOf[c] = e.sessionId.isEmpty() ? -1 : instance.sessionIndex(e.sessionId);
    }
    return sessionOf;
}

} // namespace wp::theatre
