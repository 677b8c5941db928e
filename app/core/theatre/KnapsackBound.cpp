#include "KnapsackBound.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace wp::theatre {

KnapsackBound::Outcome KnapsackBound::solve(const Instance& instance, qint64 upperBound,
                                            const std::vector<double>& minutePrice, qint64 workBudget)
{
    const int nSessions = static_cast<int>(instance.sessions.size());
    const int nCases = static_cast<int>(instance.cases.size());
    constexpr qint64 none = std::numeric_limits<qint64>::min();

    std::vector<int> room(nSessions, 0);
    for (int s = 0; s < nSessions; ++s) {
        room[s] = instance.sessions[s].open ? instance.capacity(s) : 0;
    }
    double fixed = 0.0;
    std::vector<int> freeCases;
    for (int c = 0; c < nCases; ++c) {
        if (instance.cases[c].locked) {
            fixed += static_cast<double>(instance.cost(c, instance.cases[c].originalSession));
            room[instance.cases[c].originalSession] -= instance.demand(c);
        } else {
            freeCases.push_back(c);
        }
    }
    // Work in units of the greatest common divisor of all minutes (often 15): small tables.
    int unit = 0;
    for (int c : freeCases) {
        unit = std::gcd(unit, instance.demand(c));
    }
    for (int s = 0; s < nSessions; ++s) {
        unit = std::gcd(unit, std::max(0, room[s]));
    }
    unit = std::max(unit, 1);

    std::vector<std::vector<int>> eligible(nSessions);
    for (size_t i = 0; i < freeCases.size(); ++i) {
        for (int s : instance.candidates(freeCases[i])) {
            eligible[s].push_back(static_cast<int>(i));
        }
    }
    qint64 work = 0;
    for (int s = 0; s < nSessions; ++s) {
        work += static_cast<qint64>(eligible[s].size()) * (std::max(0, room[s]) / unit + 1);
    }
    const int iterations = static_cast<int>(std::min<qint64>(4000, workBudget / std::max<qint64>(1, work)));
    if (iterations < 10) {
        return {none, {}};
    }

    const size_t n = freeCases.size();
    std::vector<double> u(n);
    for (size_t i = 0; i < n; ++i) {
        const int c = freeCases[i];
        double v = static_cast<double>(instance.cost(c, -1));
        for (int s : instance.candidates(c)) {
            v = std::min(v, static_cast<double>(instance.cost(c, s)) + minutePrice[s] * instance.demand(c));
        }
        u[i] = v;
    }
    std::vector<int> count(n);
    std::vector<double> bestU = u;
    std::vector<double> best;
    std::vector<char> keep;
    std::vector<int> items;
    double bestBound = -std::numeric_limits<double>::infinity();
    double theta = 1.0;
    // The step halves after this many rounds without a better bound. With room for many
    // rounds (medium instances), halving less eagerly lets the multipliers travel further.
    const int patience = std::clamp(iterations / 100, 10, 40);
    int sinceImprovement = 0;
    for (int it = 0; it < iterations; ++it) {
        double value = fixed;
        for (size_t i = 0; i < n; ++i) {
            const double postpone = static_cast<double>(instance.cost(freeCases[i], -1)) - u[i];
            value += u[i] + std::min(0.0, postpone);
            count[i] = postpone < 0.0 ? 1 : 0;
        }
        for (int s = 0; s < nSessions; ++s) {
            const int capacity = std::max(0, room[s]) / unit;
            items.clear();
            for (int i : eligible[s]) {
                if (u[i] - static_cast<double>(instance.cost(freeCases[i], s)) > 1e-12 &&
                    instance.demand(freeCases[i]) / unit <= capacity) {
                    items.push_back(i);
                }
            }
            if (items.empty()) {
                continue;
            }
            best.assign(capacity + 1, 0.0);
            keep.assign(items.size() * (capacity + 1), 0);
            for (size_t k = 0; k < items.size(); ++k) {
                const int i = items[k];
                const int w = instance.demand(freeCases[i]) / unit;
                const double p = u[i] - static_cast<double>(instance.cost(freeCases[i], s));
                for (int x = capacity; x >= w; --x) {
                    if (best[x - w] + p > best[x]) {
                        best[x] = best[x - w] + p;
                        keep[k * (capacity + 1) + x] = 1;
                    }
                }
            }
            value -= best[capacity];
            int x = capacity;
            for (size_t k = items.size(); k-- > 0;) {
                if (keep[k * (capacity + 1) + x]) {
                    ++count[items[k]];
                    x -= instance.demand(freeCases[items[k]]) / unit;
                }
            }
        }
        if (value > bestBound + 1e-9) {
            bestBound = value;
            bestU = u;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= patience) {
            theta /= 2.0;
            sinceImprovement = 0;
        }
        double norm = 0.0;
        for (size_t i = 0; i < n; ++i) {
            norm += static_cast<double>((1 - count[i]) * (1 - count[i]));
        }
        if (norm <= 0.0 || theta < 1e-5) {
            break;
        }
        const double step = theta * std::max(1.0, static_cast<double>(upperBound) - value) / norm;
        for (size_t i = 0; i < n; ++i) {
            u[i] += step * (1 - count[i]);
        }
    }
    Outcome out;
    out.bound = static_cast<qint64>(std::ceil(bestBound - 1e-6 * std::max(1.0, std::abs(bestBound))));
    out.casePrice.assign(nCases, 0.0);
    for (size_t i = 0; i < n; ++i) {
        out.casePrice[freeCases[i]] = bestU[i];
    }
    return out;
}

} // namespace wp::theatre
