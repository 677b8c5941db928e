#include "LocalSearch.h"

#include <algorithm>

namespace wp::theatre {

void LocalSearch::construct(Random* noise)
{
    const Instance& in = m_state.instance();
    std::vector<int> order;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.cases[c].locked) {
            if (m_state.sessionOf(c) < 0) {
                m_state.insert(c, in.cases[c].originalSession);
            }
        } else if (m_state.sessionOf(c) < 0) {
            order.push_back(c);
        }
    }
    // Most expensive to postpone first; among equals the tightest deadline, then long cases
    // while room is left for them.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int wa = Instance::weight(in.cases[a].priority);
        const int wb = Instance::weight(in.cases[b].priority);
        if (wa != wb) {
            return wa > wb;
        }
        if (in.deadline(a) != in.deadline(b)) {
            return in.deadline(a) < in.deadline(b);
        }
        return in.cases[a].duration > in.cases[b].duration;
    });
    if (noise && order.size() > 1) {
        for (size_t i = 0; i < order.size() / 3; ++i) {
            const int at = noise->below(static_cast<int>(order.size()) - 1);
            std::swap(order[at], order[at + 1]);
        }
    }
    for (int c : order) {
        for (int s : in.candidates(c)) {
            if (m_state.canInsert(c, s)) {
                m_state.insert(c, s);
                break;
            }
        }
    }
}

bool LocalSearch::movePass()
{
    const Instance& in = m_state.instance();
    bool improved = false;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.cases[c].locked) {
            continue;
        }
        const qint64 current = in.cost(c, m_state.sessionOf(c));
        for (int s : in.candidates(c)) {
            if (in.cost(c, s) >= current) {
                break;
            }
            if (m_state.tryMove(c, s)) {
                improved = true;
                break;
            }
        }
    }
    return improved;
}

bool LocalSearch::replace(const std::vector<int>& cases, const std::vector<qint64>& oldCosts, qint64 budget)
{
    const Instance& in = m_state.instance();
    std::vector<int> placed;
    qint64 spent = 0;
    for (size_t i = 0; i < cases.size(); ++i) {
        const int b = cases[i];
        int place = -2;
        for (int s : in.candidates(b)) {
            if (spent + in.cost(b, s) - oldCosts[i] >= budget) {
                break;
            }
            if (m_state.canInsert(b, s)) {
                place = s;
                break;
            }
        }
        if (place == -2 && !in.cases[b].locked && spent + in.cost(b, -1) - oldCosts[i] < budget) {
            place = -1;
        }
        if (place == -2) {
            for (int p : placed) {
                m_state.remove(p);
            }
            return false;
        }
        m_state.insert(b, place);
        placed.push_back(b);
        spent += in.cost(b, place) - oldCosts[i];
    }
    return true;
}

bool LocalSearch::tryInsert(int c, int s, qint64 gain, int maxEjected)
{
    const Instance& in = m_state.instance();
    const Case& k = in.cases[c];
    const int from = m_state.sessionOf(c);
    // Cases that make c's insertion impossible whatever the room in s.
    std::vector<int> forced;
    for (int other : in.overlapping(s)) {
        for (int m : m_state.members(other)) {
            if (m != c && in.cases[m].surgeonIndex == k.surgeonIndex) {
                forced.push_back(m);
            }
        }
    }
    for (int m : in.casesOfPatient(k.patientIndex)) {
        const int ms = m_state.sessionOf(m);
        if (m != c && ms >= 0 && in.sessions[ms].day == in.sessions[s].day) {
            forced.push_back(m);
        }
    }
    for (int m : forced) {
        if (in.cases[m].locked) {
            return false;
        }
    }
    if (forced.size() > 3) {
        return false;
    }
    std::vector<int> olds;
    std::vector<int> sessionsBefore;
    const auto detach = [&](int m) {
        olds.push_back(m);
        sessionsBefore.push_back(m_state.sessionOf(m));
        m_state.remove(m);
    };
    const auto restoreAll = [&]() {
        m_state.remove(c);
        for (size_t i = 0; i < olds.size(); ++i) {
            m_state.remove(olds[i]);
        }
        for (size_t i = 0; i < olds.size(); ++i) {
            m_state.insert(olds[i], sessionsBefore[i]);
        }
        m_state.insert(c, from);
    };
    m_state.remove(c);
    for (int m : forced) {
        if (m_state.sessionOf(m) >= 0) {
            detach(m);
        }
    }
    const auto attempt = [&]() {
        if (!m_state.canInsert(c, s)) {
            return false;
        }
        m_state.insert(c, s);
        std::vector<qint64> oldCosts;
        for (size_t i = 0; i < olds.size(); ++i) {
            oldCosts.push_back(in.cost(olds[i], sessionsBefore[i]));
        }
        if (replace(olds, oldCosts, gain)) {
            return true;
        }
        m_state.remove(c);
        return false;
    };
    if (attempt()) {
        return true;
    }
    if (maxEjected >= 1 && m_state.load(s) + in.demand(c) > in.capacity(s)) {
        const std::vector<int> residents = m_state.members(s);
        for (size_t i = 0; i < residents.size(); ++i) {
            const int a = residents[i];
            if (in.cases[a].locked) {
                continue;
            }
            detach(a);
            if (attempt()) {
                return true;
            }
            if (maxEjected >= 2) {
                for (size_t j = i + 1; j < residents.size(); ++j) {
                    const int b = residents[j];
                    if (in.cases[b].locked) {
                        continue;
                    }
                    detach(b);
                    if (attempt()) {
                        return true;
                    }
                    m_state.insert(b, sessionsBefore.back());
                    olds.pop_back();
                    sessionsBefore.pop_back();
                }
            }
            m_state.insert(a, sessionsBefore.back());
            olds.pop_back();
            sessionsBefore.pop_back();
        }
    }
    restoreAll();
    return false;
}

bool LocalSearch::ejectionPass(int maxEjected)
{
    const Instance& in = m_state.instance();
    bool improved = false;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.cases[c].locked) {
            continue;
        }
        const int from = m_state.sessionOf(c);
        const qint64 current = in.cost(c, from);
        for (int s : in.candidates(c)) {
            const qint64 gain = current - in.cost(c, s);
            if (gain <= 0) {
                break;
            }
            if (s != from && tryInsert(c, s, gain, maxEjected)) {
                improved = true;
                break;
            }
        }
    }
    return improved;
}

bool LocalSearch::descend(const std::function<bool()>& stop)
{
    bool any = false;
    while (!stop()) {
        bool improved = movePass();
        if (!improved && !stop()) {
            improved = ejectionPass(1);
        }
        if (!improved && !stop()) {
            improved = ejectionPass(2);
        }
        if (!improved) {
            break;
        }
        any = true;
    }
    return any;
}

} // namespace wp::theatre
