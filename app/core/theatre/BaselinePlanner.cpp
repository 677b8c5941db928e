#include "BaselinePlanner.h"

#include "SolutionState.h"

#include <algorithm>

namespace wp::theatre {

std::vector<int> BaselinePlanner::solve(const Instance& instance)
{
    SolutionState state(instance);
    const int nCases = static_cast<int>(instance.cases.size());
    std::vector<int> order;
    for (int c = 0; c < nCases; ++c) {
        if (instance.cases[c].locked) {
            state.insert(c, instance.cases[c].originalSession);
        } else {
            order.push_back(c);
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int da = instance.deadline(a);
        const int db = instance.deadline(b);
        if (da != db) {
            return da < db;
        }
        return instance.cases[a].priority < instance.cases[b].priority;
    });
    std::vector<int> chronological(instance.sessions.size());
    for (size_t s = 0; s < chronological.size(); ++s) {
        chronological[s] = static_cast<int>(s);
    }
    std::stable_sort(chronological.begin(), chronological.end(), [&](int a, int b) {
        const Session& x = instance.sessions[a];
        const Session& y = instance.sessions[b];
        return x.day != y.day ? x.day < y.day : x.start < y.start;
    });
    for (int c : order) {
        for (int s : chronological) {
            if (state.canInsert(c, s)) {
                state.insert(c, s);
                break;
            }
        }
    }
    return state.assignment();
}

} // namespace wp::theatre
