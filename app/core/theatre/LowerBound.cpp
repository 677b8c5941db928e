#include "LowerBound.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace wp::theatre {

namespace {

struct Arc
{
    int node;
    double cost;
};

} // namespace

LowerBound::Outcome LowerBound::solve(const Instance& instance, qint64 upperBound, int iterations,
                                      const std::vector<double>* start)
{
    const int nSessions = static_cast<int>(instance.sessions.size());
    const int nCases = static_cast<int>(instance.cases.size());
    QHash<QString, int> nodeOfKey;
    std::vector<int> nodeOf(nSessions, -1);
    std::vector<double> capacity;
    for (int s = 0; s < nSessions; ++s) {
        const Session& x = instance.sessions[s];
        if (!x.open) {
            continue;
        }
        const QString key =
            QStringLiteral("%1|%2|%3")
                .arg(x.day)
                .arg(x.length())
                .arg(x.servesAnySpecialty() ? QStringLiteral("*") : QLatin1Char('=') + x.specialty);
        auto it = nodeOfKey.find(key);
        if (it == nodeOfKey.end()) {
            it = nodeOfKey.insert(key, static_cast<int>(capacity.size()));
            capacity.push_back(0.0);
        }
        nodeOf[s] = *it;
        capacity[*it] += instance.capacity(s);
    }
    const int nNodes = static_cast<int>(capacity.size());

    double fixed = 0.0;
    std::vector<int> freeCases;
    for (int c = 0; c < nCases; ++c) {
        if (instance.cases[c].locked) {
            const int s = instance.cases[c].originalSession;
            fixed += static_cast<double>(instance.cost(c, s));
            capacity[nodeOf[s]] -= instance.demand(c);
        } else {
            freeCases.push_back(c);
        }
    }

    // Per free case: the cheapest session of each pool it can use.
    std::vector<std::vector<Arc>> arcs(freeCases.size());
    std::vector<int> slot(nNodes, -1);
    for (size_t i = 0; i < freeCases.size(); ++i) {
        const int c = freeCases[i];
        auto& list = arcs[i];
        for (int s : instance.candidates(c)) {
            const int n = nodeOf[s];
            const double cost = static_cast<double>(instance.cost(c, s));
            if (slot[n] < 0) {
                slot[n] = static_cast<int>(list.size());
                list.push_back({n, cost});
            } else {
                list[slot[n]].cost = std::min(list[slot[n]].cost, cost);
            }
        }
        for (const Arc& a : list) {
            slot[a.node] = -1;
        }
    }

    std::vector<double> lambda(nNodes, 0.0);
    if (start && static_cast<int>(start->size()) == nSessions) {
        for (int s = 0; s < nSessions; ++s) {
            if (nodeOf[s] >= 0) {
                lambda[nodeOf[s]] = std::max(0.0, (*start)[s]);
            }
        }
    }
    std::vector<double> bestLambda = lambda;
    std::vector<double> used(nNodes, 0.0);
    double bestBound = -1e300;
    // From an earlier run's prices, smaller steps: they start near a good point.
    double theta = start ? 1.0 : 2.0;
    int sinceImprovement = 0;
    for (int it = 0; it < std::max(1, iterations); ++it) {
        std::fill(used.begin(), used.end(), 0.0);
        double value = fixed;
        for (size_t i = 0; i < freeCases.size(); ++i) {
            const int c = freeCases[i];
            const double demand = instance.demand(c);
            double bestCost = static_cast<double>(instance.cost(c, -1));
            int bestNode = -1;
            for (const Arc& a : arcs[i]) {
                const double v = a.cost + lambda[a.node] * demand;
                if (v < bestCost) {
                    bestCost = v;
                    bestNode = a.node;
                }
            }
            value += bestCost;
            if (bestNode >= 0) {
                used[bestNode] += demand;
            }
        }
        double norm = 0.0;
        for (int n = 0; n < nNodes; ++n) {
            value -= lambda[n] * capacity[n];
            double g = used[n] - capacity[n];
            if (lambda[n] <= 0.0 && g < 0.0) {
                g = 0.0;
            }
            used[n] = g;
            norm += g * g;
        }
        if (value > bestBound + 1e-9) {
            bestBound = value;
            bestLambda = lambda;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= 25) {
            theta /= 2.0;
            sinceImprovement = 0;
        }
        if (norm <= 0.0 || theta < 1e-6) {
            break; // the relaxed choice fits every pool: this bound is the relaxation's optimum
        }
        const double step = theta * std::max(1.0, static_cast<double>(upperBound) - value) / norm;
        for (int n = 0; n < nNodes; ++n) {
            lambda[n] = std::max(0.0, lambda[n] + step * used[n]);
        }
    }
    Outcome out;
    // Costs are whole numbers: round up, with a margin for floating-point sums.
    out.bound = static_cast<qint64>(std::ceil(bestBound - 1e-6 * std::max(1.0, std::abs(bestBound))));
    out.minutePrice.assign(nSessions, 0.0);
    for (int s = 0; s < nSessions; ++s) {
        if (nodeOf[s] >= 0) {
            out.minutePrice[s] = bestLambda[nodeOf[s]];
        }
    }
    return out;
}

} // namespace wp::theatre
