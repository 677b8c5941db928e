#include "ExactSolver.h"

#include "SolutionState.h"

#include <algorithm>

namespace wp::theatre {

namespace {

struct Search
{
    const Instance& in;
    SolutionState state;
    std::vector<int> order;
    std::vector<qint64> restMin; // cheapest conceivable cost of order[i..]
    std::vector<int> best;
    qint64 bestCost;
    qint64 nodes = 0;
    qint64 nodeLimit;
    const std::atomic<bool>* cancel;
    bool aborted = false;

    Search(const Instance& instance, qint64 limit, const std::atomic<bool>* c)
        : in(instance), state(instance), bestCost(0), nodeLimit(limit), cancel(c)
    {}

    void dfs(size_t i, qint64 costSoFar)
    {
        if (aborted) {
            return;
        }
        if (++nodes > nodeLimit || ((nodes & 0xFFF) == 0 && cancel && cancel->load())) {
            aborted = true;
            return;
        }
        if (i == order.size()) {
            if (costSoFar < bestCost) {
                bestCost = costSoFar;
                best = state.assignment();
            }
            return;
        }
        const int c = order[i];
        for (int s : in.candidates(c)) {
            if (costSoFar + in.cost(c, s) + restMin[i + 1] >= bestCost) {
                break; // candidates are sorted by cost: the rest are no better
            }
            if (state.canInsert(c, s)) {
                state.insert(c, s);
                dfs(i + 1, costSoFar + in.cost(c, s));
                state.remove(c);
                if (aborted) {
                    return;
                }
            }
        }
        if (!in.cases[c].locked && costSoFar + in.cost(c, -1) + restMin[i + 1] < bestCost) {
            dfs(i + 1, costSoFar + in.cost(c, -1));
        }
    }
};

} // namespace

ExactSolver::Outcome ExactSolver::solve(const Instance& instance, const std::vector<int>& incumbent,
                                        qint64 incumbentCost, qint64 nodeLimit,
                                        const std::atomic<bool>* cancel)
{
    Search search(instance, nodeLimit, cancel);
    search.best = incumbent;
    search.bestCost = incumbentCost;
    qint64 fixedCost = 0;
    for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
        if (instance.cases[c].locked) {
            search.state.insert(c, instance.cases[c].originalSession);
            fixedCost += instance.cost(c, instance.cases[c].originalSession);
        } else {
            search.order.push_back(c);
        }
    }
    // Expensive cases first: their choices move the bound most, so pruning starts early.
    std::stable_sort(search.order.begin(), search.order.end(), [&](int a, int b) {
        const qint64 ra = instance.cost(a, -1) - (instance.candidates(a).empty()
                                                      ? instance.cost(a, -1)
                                                      : instance.cost(a, instance.candidates(a).front()));
        const qint64 rb = instance.cost(b, -1) - (instance.candidates(b).empty()
                                                      ? instance.cost(b, -1)
                                                      : instance.cost(b, instance.candidates(b).front()));
        return ra > rb;
    });
    search.restMin.assign(search.order.size() + 1, 0);
    for (size_t i = search.order.size(); i-- > 0;) {
        const int c = search.order[i];
        const qint64 cheapest = instance.candidates(c).empty()
                                    ? instance.cost(c, -1)
                                    : instance.cost(c, instance.candidates(c).front());
        search.restMin[i] = search.restMin[i + 1] + cheapest;
    }
    search.dfs(0, fixedCost);
    Outcome out;
    out.sessionOf = search.best;
    out.cost = search.bestCost;
    out.proven = !search.aborted;
    out.nodes = search.nodes;
    return out;
}

} // namespace wp::theatre
