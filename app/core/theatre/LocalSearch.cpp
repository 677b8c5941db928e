#include "LocalSearch.h"

#include <algorithm>

namespace wp::theatre {

void LocalSearch::construct()
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

int LocalSearch::bestPlace(int c, qint64 reference, qint64 budget, int forbidden) const
{
    const Instance& in = m_state.instance();
    for (int s : in.candidates(c)) {
        if (in.cost(c, s) - reference >= budget) {
            break;
        }
        if (s != forbidden && m_state.canInsert(c, s)) {
            return s;
        }
    }
    if (in.cost(c, -1) - reference < budget && !in.cases[c].locked) {
        return -1;
    }
    return -2;
}

bool LocalSearch::ejectPass()
{
    const Instance& in = m_state.instance();
    bool improved = false;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.cases[c].locked) {
            continue;
        }
        const int from = m_state.sessionOf(c);
        const qint64 current = in.cost(c, from);
        bool done = false;
        for (int s : in.candidates(c)) {
            const qint64 gain = current - in.cost(c, s);
            if (gain <= 0 || done) {
                break;
            }
            if (s == from) {
                continue;
            }
            const std::vector<int> residents = m_state.members(s);
            for (int other : residents) {
                if (in.cases[other].locked) {
                    continue;
                }
                const qint64 otherCost = in.cost(other, s);
                m_state.remove(other);
                m_state.remove(c);
                if (m_state.canInsert(c, s)) {
                    m_state.insert(c, s);
                    const int place = bestPlace(other, otherCost, gain, s);
                    if (place != -2) {
                        m_state.insert(other, place);
                        improved = done = true;
                        break;
                    }
                    m_state.remove(c);
                }
                m_state.insert(other, s);
                m_state.insert(c, from);
            }
        }
    }
    return improved;
}

bool LocalSearch::doubleEjectPass()
{
    const Instance& in = m_state.instance();
    bool improved = false;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.cases[c].locked) {
            continue;
        }
        const int from = m_state.sessionOf(c);
        const qint64 current = in.cost(c, from);
        bool done = false;
        for (int s : in.candidates(c)) {
            const qint64 gain = current - in.cost(c, s);
            if (gain <= 0 || done) {
                break;
            }
            if (s == from || m_state.members(s).size() < 2) {
                continue;
            }
            const std::vector<int> residents = m_state.members(s);
            for (size_t i = 0; i < residents.size() && !done; ++i) {
                for (size_t j = i + 1; j < residents.size() && !done; ++j) {
                    const int a = residents[i];
                    const int b = residents[j];
                    if (in.cases[a].locked || in.cases[b].locked) {
                        continue;
                    }
                    const qint64 costA = in.cost(a, s);
                    const qint64 costB = in.cost(b, s);
                    m_state.remove(a);
                    m_state.remove(b);
                    m_state.remove(c);
                    if (m_state.canInsert(c, s)) {
                        m_state.insert(c, s);
                        const int placeA = bestPlace(a, costA, gain, s);
                        if (placeA != -2) {
                            m_state.insert(a, placeA);
                            const qint64 left = gain - (in.cost(a, placeA) - costA);
                            const int placeB = bestPlace(b, costB, left, s);
                            if (placeB != -2) {
                                m_state.insert(b, placeB);
                                improved = done = true;
                                break;
                            }
                            m_state.remove(a);
                        }
                        m_state.remove(c);
                    }
                    m_state.insert(a, s);
                    m_state.insert(b, s);
                    m_state.insert(c, from);
                }
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
            improved = ejectPass();
        }
        if (!improved && !stop()) {
            improved = doubleEjectPass();
        }
        if (!improved) {
            break;
        }
        any = true;
    }
    return any;
}

} // namespace wp::theatre
