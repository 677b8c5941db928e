#include "KnapsackBound.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

namespace wp::theatre {

namespace {

/// Maximal sets of pairwise overlapping open sessions, per day. Windows are intervals, so
/// every maximal clique is the set of sessions running at some session's start.
std::vector<std::vector<int>> overlapCliques(const Instance& instance)
{
    std::map<int, std::vector<int>> byDay;
    for (int s = 0; s < static_cast<int>(instance.sessions.size()); ++s) {
        if (instance.sessions[s].open) {
            byDay[instance.sessions[s].day].push_back(s);
        }
    }
    std::set<std::vector<int>> found;
    for (const auto& [day, list] : byDay) {
        for (int a : list) {
            std::vector<int> clique;
            const int t = instance.sessions[a].start;
            for (int b : list) {
                if (instance.sessions[b].start <= t && t < instance.sessions[b].end) {
                    clique.push_back(b);
                }
            }
            if (clique.size() >= 2) {
                found.insert(clique);
            }
        }
    }
    return {found.begin(), found.end()};
}

// One case that may be booked in a session, as the session's knapsack sees it.
struct Entry
{
    int item;       ///< index among the free cases
    int weight;     ///< minutes + turnover, in units
    double cost;    ///< cost of the case in this session
    int patientDay; ///< its patient-day multiplier, or -1
};

// The entries of one surgeon in one session, with the surgeon multipliers that charge them.
struct Group
{
    std::vector<int> cliques;
    std::vector<int> entries;
};

struct SessionData
{
    std::vector<Entry> entries;
    std::vector<Group> groups; ///< one per surgeon with entries here
};

} // namespace

// The relaxed problem keeps, per session, its capacity; per surgeon, a 0/1 variable y(g, s)
// "g operates in s" with every booking of g in s requiring it; and dualises:
//  - each case booked exactly once or postponed (multiplier u, free sign);
//  - constraint 6 as "sum of y(g, s) over a set K of pairwise overlapping sessions <= 1"
//    (multiplier mu >= 0): a surgeon in two sessions of K would be in two overlapping
//    sessions, which a feasible plan never does;
//  - constraint 7 as "at most one booking of the patient's cases on a day" (nu >= 0).
// Every feasible plan is feasible for the kept constraints and has every dualised term
// <= 0 (or = 0 for u), so for any multipliers the value below is a valid lower bound;
// what is left splits into one knapsack per session where each surgeon's bookings pay
// a fixed charge (the sum of mu over the cliques containing that session) once.
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
    // What locked cases already decide: their surgeon is in their session, so none of the
    // surgeon's other cases may go to an overlapping session (constraint 6), and their
    // patient is busy that day (constraint 7). Removing those options keeps the bound valid.
    std::set<std::pair<int, int>> surgeonBusy; // surgeon, session they may not use
    std::set<std::pair<int, int>> patientBusy; // patient, day
    for (int c = 0; c < nCases; ++c) {
        const Case& k = instance.cases[c];
        if (k.locked) {
            fixed += static_cast<double>(instance.cost(c, k.originalSession));
            room[k.originalSession] -= instance.demand(c);
            for (int other : instance.overlapping(k.originalSession)) {
                surgeonBusy.insert({k.surgeonIndex, other});
            }
            patientBusy.insert({k.patientIndex, instance.sessions[k.originalSession].day});
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

    const size_t n = freeCases.size();
    std::vector<std::vector<int>> hosts(n);
    for (size_t i = 0; i < n; ++i) {
        const Case& k = instance.cases[freeCases[i]];
        for (int s : instance.candidates(freeCases[i])) {
            if (!surgeonBusy.count({k.surgeonIndex, s}) &&
                !patientBusy.count({k.patientIndex, instance.sessions[s].day})) {
                hosts[i].push_back(s);
            }
        }
    }

    // Patient-day multipliers, only where two cases of one patient could meet on a day.
    std::map<std::pair<int, int>, int> patientDayCount;
    for (size_t i = 0; i < n; ++i) {
        if (instance.casesOfPatient(instance.cases[freeCases[i]].patientIndex).size() < 2) {
            continue;
        }
        std::set<int> days;
        for (int s : hosts[i]) {
            days.insert(instance.sessions[s].day);
        }
        for (int d : days) {
            ++patientDayCount[{instance.cases[freeCases[i]].patientIndex, d}];
        }
    }
    std::map<std::pair<int, int>, int> patientDayIndex;
    for (const auto& [key, count] : patientDayCount) {
        if (count >= 2) {
            patientDayIndex.emplace(key, static_cast<int>(patientDayIndex.size()));
        }
    }

    // Surgeon multipliers: for each surgeon, each overlap clique cut down to the sessions
    // their cases can use, when two or more remain.
    std::map<int, std::set<int>> usable;
    for (size_t i = 0; i < n; ++i) {
        usable[instance.cases[freeCases[i]].surgeonIndex].insert(hosts[i].begin(), hosts[i].end());
    }
    std::map<std::pair<int, int>, std::vector<int>> cliquesOf; // (surgeon, session) -> mu indices
    int nCliques = 0;
    {
        const std::vector<std::vector<int>> cliques = overlapCliques(instance);
        for (const auto& [surgeon, sessions] : usable) {
            std::set<std::vector<int>> seen;
            for (const auto& clique : cliques) {
                std::vector<int> cut;
                for (int s : clique) {
                    if (sessions.count(s)) {
                        cut.push_back(s);
                    }
                }
                if (cut.size() < 2 || !seen.insert(cut).second) {
                    continue;
                }
                for (int s : cut) {
                    cliquesOf[{surgeon, s}].push_back(nCliques);
                }
                ++nCliques;
            }
        }
    }

    std::vector<SessionData> data(nSessions);
    qint64 work = 0;
    {
        std::vector<std::map<int, int>> groupOf(nSessions); // surgeon -> group index
        for (size_t i = 0; i < n; ++i) {
            const int c = freeCases[i];
            const Case& k = instance.cases[c];
            for (int s : hosts[i]) {
                const auto pd = patientDayIndex.find({k.patientIndex, instance.sessions[s].day});
                SessionData& d = data[s];
                const int e = static_cast<int>(d.entries.size());
                d.entries.push_back({static_cast<int>(i), instance.demand(c) / unit,
                                     static_cast<double>(instance.cost(c, s)),
                                     pd == patientDayIndex.end() ? -1 : pd->second});
                auto [it, added] = groupOf[s].emplace(k.surgeonIndex, static_cast<int>(d.groups.size()));
                if (added) {
                    Group g;
                    if (auto cl = cliquesOf.find({k.surgeonIndex, s}); cl != cliquesOf.end()) {
                        g.cliques = cl->second;
                    }
                    d.groups.push_back(std::move(g));
                }
                d.groups[it->second].entries.push_back(e);
            }
        }
        for (int s = 0; s < nSessions; ++s) {
            work += static_cast<qint64>(data[s].entries.size() + data[s].groups.size()) *
                    (std::max(0, room[s]) / unit + 1);
        }
    }
    // `work` is the most one step can cost (every entry of every table). The steps stop when
    // the table cells actually filled reach the budget, usually about twice as many steps
    // as this worst case allows, since only entries that pay are filled.
    constexpr int maxSteps = 4000;
    const int iterations =
        static_cast<int>(std::min<qint64>(maxSteps, workBudget / std::max<qint64>(1, work)));
    if (iterations < 10) {
        return {none, {}};
    }

    std::vector<double> u(n);
    for (size_t i = 0; i < n; ++i) {
        const int c = freeCases[i];
        double v = static_cast<double>(instance.cost(c, -1));
        for (int s : instance.candidates(c)) {
            v = std::min(v, static_cast<double>(instance.cost(c, s)) + minutePrice[s] * instance.demand(c));
        }
        u[i] = v;
    }
    std::vector<double> mu(nCliques, 0.0);
    std::vector<double> nu(patientDayIndex.size(), 0.0);
    std::vector<int> count(n);
    std::vector<int> cliqueLoad(mu.size());
    std::vector<int> patientDayLoad(nu.size());
    std::vector<double> bestU = u;

    // Scratch for one session's knapsack: the profitable entries in the order processed,
    // one "kept" bit per entry and capacity, and per charged group whether it was opened.
    std::vector<double> best;
    std::vector<double> open;
    std::vector<char> keep;
    std::vector<char> opened;
    std::vector<int> order;
    std::vector<double> profit;
    struct Block
    {
        int first;
        int last;
        int charged; ///< row in `opened`, or -1 when the block costs nothing to open
        int group;
    };
    std::vector<Block> blocks;

    double bestBound = -std::numeric_limits<double>::infinity();
    // With many steps, each direction keeps 0.7 of the previous one (a deflected
    // subgradient): it damps the zig-zag between knapsack solutions and reaches the dual
    // optimum in about as many steps as plain steps stall at (medium: +40 to +70). With few
    // steps (large instances) the first plain steps gain more.
    const double alpha = iterations >= 400 ? 0.7 : 0.0;
    double theta = 1.0;
    std::vector<double> dir(n + mu.size() + nu.size(), 0.0);
    // The step halves after this many rounds without a better bound. With room for many
    // rounds (medium instances), halving less eagerly lets the multipliers travel further;
    // with room for a few dozen (large ones), halving early gains more (+1,400 to +5,400).
    const int patience = std::clamp(iterations / 10, 3, 50);
    int sinceImprovement = 0;
    qint64 spent = 0;
    for (int it = 0; it < maxSteps && spent < workBudget; ++it) {
        double value = fixed;
        for (size_t i = 0; i < n; ++i) {
            const double postpone = static_cast<double>(instance.cost(freeCases[i], -1)) - u[i];
            value += u[i] + std::min(0.0, postpone);
            count[i] = postpone < 0.0 ? 1 : 0;
        }
        for (double m : mu) {
            value -= m;
        }
        for (double m : nu) {
            value -= m;
        }
        std::fill(cliqueLoad.begin(), cliqueLoad.end(), 0);
        std::fill(patientDayLoad.begin(), patientDayLoad.end(), 0);
        for (int s = 0; s < nSessions; ++s) {
            const SessionData& d = data[s];
            const int capacity = std::max(0, room[s]) / unit;
            if (d.entries.empty() || capacity == 0) {
                continue;
            }
            const int width = capacity + 1;
            spent += static_cast<qint64>(d.entries.size()) + width;
            profit.resize(d.entries.size());
            for (size_t e = 0; e < d.entries.size(); ++e) {
                const Entry& x = d.entries[e];
                profit[e] = u[x.item] - x.cost - (x.patientDay >= 0 ? nu[x.patientDay] : 0.0);
            }
            best.assign(width, 0.0);
            order.clear();
            blocks.clear();
            // One row per entry at most, sized once per session instead of grown per entry.
            if (keep.size() < d.entries.size() * static_cast<size_t>(width)) {
                keep.resize(d.entries.size() * static_cast<size_t>(width));
            }
            opened.clear();
            const auto addEntries = [&](const Group& g, std::vector<double>& table) {
                for (int e : g.entries) {
                    const int w = d.entries[e].weight;
                    const double p = profit[e];
                    if (p <= 1e-12 || w > capacity) {
                        continue;
                    }
                    const size_t row = order.size() * static_cast<size_t>(width);
                    spent += capacity - w + 1;
                    order.push_back(e);
                    // Branch-free: whether an entry pays is close to a coin toss near the
                    // multipliers' optimum, so a branch here would mostly mispredict.
                    double* t = table.data();
                    char* kept = keep.data() + row;
                    std::fill(kept, kept + w, 0); // the loop below writes the rest of the row
                    for (int x = capacity; x >= w; --x) {
                        const double take = t[x - w] + p;
                        const bool better = take > t[x];
                        kept[x] = better ? 1 : 0;
                        t[x] = better ? take : t[x];
                    }
                }
            };
            for (size_t gi = 0; gi < d.groups.size(); ++gi) {
                const Group& g = d.groups[gi];
                double charge = 0.0;
                for (int k : g.cliques) {
                    charge += mu[k];
                }
                const int first = static_cast<int>(order.size());
                if (charge <= 1e-12) {
                    addEntries(g, best);
                    blocks.push_back({first, static_cast<int>(order.size()), -1, static_cast<int>(gi)});
                    continue;
                }
                // Either the surgeon stays out of this session, or he pays the charge once.
                open.resize(width);
                for (int x = 0; x < width; ++x) {
                    open[x] = best[x] - charge;
                }
                addEntries(g, open);
                const int last = static_cast<int>(order.size());
                if (last == first) {
                    continue;
                }
                const size_t row = opened.size();
                opened.resize(row + width, 0);
                for (int x = 0; x < width; ++x) {
                    if (open[x] > best[x]) {
                        best[x] = open[x];
                        opened[row + x] = 1;
                    }
                }
                blocks.push_back({first, last, static_cast<int>(row / width), static_cast<int>(gi)});
            }
            value -= best[capacity];
            int x = capacity;
            for (size_t b = blocks.size(); b-- > 0;) {
                const Block& block = blocks[b];
                if (block.charged >= 0 && !opened[static_cast<size_t>(block.charged) * width + x]) {
                    continue;
                }
                bool any = false;
                for (int k = block.last; k-- > block.first;) {
                    if (keep[static_cast<size_t>(k) * width + x]) {
                        const Entry& e = d.entries[order[k]];
                        ++count[e.item];
                        if (e.patientDay >= 0) {
                            ++patientDayLoad[e.patientDay];
                        }
                        x -= e.weight;
                        any = true;
                    }
                }
                if (any) {
                    for (int k : d.groups[block.group].cliques) {
                        ++cliqueLoad[k];
                    }
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
        // Subgradient, projected on mu, nu >= 0 (a zero multiplier with a slack constraint stays).
        const size_t m = mu.size();
        for (size_t i = 0; i < n; ++i) {
            dir[i] = (1 - count[i]) + alpha * dir[i];
        }
        for (size_t k = 0; k < m; ++k) {
            const double g = (cliqueLoad[k] - 1) + alpha * dir[n + k];
            dir[n + k] = mu[k] <= 0.0 && g < 0.0 ? 0.0 : g;
        }
        for (size_t k = 0; k < nu.size(); ++k) {
            const double g = (patientDayLoad[k] - 1) + alpha * dir[n + m + k];
            dir[n + m + k] = nu[k] <= 0.0 && g < 0.0 ? 0.0 : g;
        }
        double norm = 0.0;
        for (double g : dir) {
            norm += g * g;
        }
        // Past 12 halvings the steps move the bound by less than a unit (medium: < 0.2).
        if (norm <= 0.0 || theta < 1.0 / 4096) {
            break;
        }
        // Polyak's step aims at the known plan's cost, but at least 5 % above the best
        // bound: with a plan close to the bound the steps would otherwise be too short to
        // reach the dual optimum (medium seed 2 with a 19,245 plan: 19,056 instead of 19,060).
        const double target =
            std::max(static_cast<double>(upperBound), bestBound + 0.05 * std::abs(bestBound));
        const double step = theta * std::max(1.0, target - value) / norm;
        for (size_t i = 0; i < n; ++i) {
            u[i] += step * dir[i];
        }
        for (size_t k = 0; k < m; ++k) {
            mu[k] = std::max(0.0, mu[k] + step * dir[n + k]);
        }
        for (size_t k = 0; k < nu.size(); ++k) {
            nu[k] = std::max(0.0, nu[k] + step * dir[n + m + k]);
        }
    }
    Outcome out;
    // Costs are whole numbers: round up, with a margin for floating-point sums.
    out.bound = static_cast<qint64>(std::ceil(bestBound - 1e-6 * std::max(1.0, std::abs(bestBound))));
    out.casePrice.assign(nCases, 0.0);
    for (size_t i = 0; i < n; ++i) {
        out.casePrice[freeCases[i]] = bestU[i];
    }
    return out;
}

} // namespace wp::theatre
