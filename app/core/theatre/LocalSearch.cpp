#include "LocalSearch.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace wp::theatre {

LocalSearch::LocalSearch(SolutionState& state)
    : m_state(state), m_chains(state.instance().cases.size() <= 1000)
{
    const Instance& in = state.instance();
    QHash<QString, int> classes;
    m_twin.assign(in.cases.size(), -1);
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        const Case& k = in.cases[c];
        if (k.originalSession >= 0 || k.locked) {
            continue;
        }
        const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(k.specialty)
                                .arg(k.duration)
                                .arg(k.priority)
                                .arg(in.release(c))
                                .arg(std::min(in.deadline(c), in.lastDay() + 1));
        auto it = classes.find(key);
        if (it == classes.end()) {
            it = classes.insert(key, static_cast<int>(classes.size()));
        }
        m_twin[c] = *it;
    }
    m_twinFailedAt.assign(classes.size(), 0);
}

void LocalSearch::construct(Random* noise)
{
    const Instance& in = m_state.instance();
    std::vector<int> order;
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.isLocked(c)) {
            if (m_state.sessionOf(c) < 0) {
                m_state.insert(c, in.cases[c].originalSession);
            }
        } else if (m_state.sessionOf(c) < 0) {
            order.push_back(c);
        }
    }
    // Best value per minute of theatre time first: what postponing would cost beyond the
    // cheapest slot, divided by the minutes the case takes. When time is short this
    // favours many short cases over one long one, as the cost does.
    std::vector<double> density(in.cases.size(), 0.0);
    for (int c : order) {
        const qint64 best = in.candidates(c).empty() ? in.cost(c, -1) : in.cost(c, in.candidates(c).front());
        density[c] = static_cast<double>(in.cost(c, -1) - best) / in.demand(c);
    }
    // When shaking up, half the time the cost of one more day of waiting leads instead, so
    // that late and urgent cases get the earliest of the freed slots.
    const bool byDailyCost = noise && noise->below(2) == 0;
    std::vector<qint64> daily(in.cases.size(), 0);
    if (byDailyCost) {
        for (int c : order) {
            const qint64 w = Instance::weight(in.cases[c].priority);
            daily[c] = in.deadline(c) <= in.release(c) ? 11 * w : w;
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (daily[a] != daily[b]) {
            return daily[a] > daily[b];
        }
        if (density[a] != density[b]) {
            return density[a] > density[b];
        }
        return in.deadline(a) < in.deadline(b);
    });
    if (noise && order.size() > 1) {
        for (size_t i = 0; i < order.size() / 3; ++i) {
            const int at = noise->below(static_cast<int>(order.size()) - 1);
            std::swap(order[at], order[at + 1]);
        }
    }
    ++m_epoch;
    for (int c : order) {
        if (m_twin[c] >= 0 && m_twinFailedAt[m_twin[c]] == m_epoch) {
            continue;
        }
        bool placed = false;
        for (int s : in.candidates(c)) {
            if (m_state.canInsert(c, s)) {
                m_state.insert(c, s);
                placed = true;
                break;
            }
        }
        if (!placed && m_twin[c] >= 0) {
            m_twinFailedAt[m_twin[c]] = m_epoch;
        }
    }
}

void LocalSearch::constructPriced(const std::vector<double>& minutePrice)
{
    const Instance& in = m_state.instance();
    std::vector<int> order;
    std::vector<double> value(in.cases.size(), 0.0);
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        if (in.isLocked(c)) {
            if (m_state.sessionOf(c) < 0) {
                m_state.insert(c, in.cases[c].originalSession);
            }
            continue;
        }
        if (m_state.sessionOf(c) >= 0) {
            continue;
        }
        double best = static_cast<double>(in.cost(c, -1));
        for (int s : in.candidates(c)) {
            best = std::min(best, static_cast<double>(in.cost(c, s)) + minutePrice[s] * in.demand(c));
        }
        value[c] = static_cast<double>(in.cost(c, -1)) - best;
        if (value[c] > 1e-9) {
            order.push_back(c);
        }
    }
    // Cases the relaxation schedules, the most valuable per minute first.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return value[a] / in.demand(a) > value[b] / in.demand(b); });
    for (int c : order) {
        int bestSession = -1;
        double best = static_cast<double>(in.cost(c, -1));
        for (int s : in.candidates(c)) {
            const double priced = static_cast<double>(in.cost(c, s)) + minutePrice[s] * in.demand(c);
            if (priced < best && m_state.canInsert(c, s)) {
                best = priced;
                bestSession = s;
            }
        }
        if (bestSession >= 0) {
            m_state.insert(c, bestSession);
        }
    }
    construct();
}

bool LocalSearch::movePass(const std::vector<int>& cases)
{
    const Instance& in = m_state.instance();
    bool improved = false;
    for (int c : cases) {
        if (in.isLocked(c)) {
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

bool LocalSearch::replace(const std::vector<int>& cases, const std::vector<qint64>& oldCosts, qint64 budget,
                          int freed)
{
    const Instance& in = m_state.instance();
    std::vector<int>& placed = m_placed;
    placed.clear();
    qint64 spent = 0;
    for (size_t i = 0; i < cases.size(); ++i) {
        const int b = cases[i];
        int place = -2;
        int tries = 48; // a displaced case looks near its cheapest sessions, else waits
        for (int s : in.candidates(b)) {
            if (spent + in.cost(b, s) - oldCosts[i] >= budget || tries-- == 0) {
                break;
            }
            if (m_state.canInsert(b, s)) {
                place = s;
                break;
            }
        }
        // The session the incoming case left is often the right one (a swap), even when it
        // lies beyond the sessions looked at above.
        if (freed >= 0 && (place == -2 || in.cost(b, freed) < in.cost(b, place)) &&
            spent + in.cost(b, freed) - oldCosts[i] < budget && m_state.canInsert(b, freed)) {
            place = freed;
        }
        if (place == -2 && !in.isLocked(b) && spent + in.cost(b, -1) - oldCosts[i] < budget) {
            place = -1;
        }
        // One more link: b takes a session by displacing a third case, when that beats the
        // direct option (an ejection chain of length two).
        if (cases.size() == 1 && m_chains) {
            const qint64 limit = place == -2 ? budget : in.cost(b, place) - oldCosts[i];
            if (chain(b, oldCosts[i], limit)) {
                return true;
            }
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

bool LocalSearch::chain(int b, qint64 oldCost, qint64 limit)
{
    const Instance& in = m_state.instance();
    int tries = 8;
    for (int s : in.candidates(b)) {
        const qint64 deltaB = in.cost(b, s) - oldCost;
        if (deltaB >= limit || tries-- == 0) {
            break;
        }
        // A copy: taking a resident out and back moves it to the end of the list.
        std::vector<int>& residents = m_chainResidents;
        residents = m_state.members(s);
        // Unless a resident shares b's patient, taking it out only frees its minutes: whether
        // b's other rules allow s is the same for every such resident (a failed try leaves
        // the state as it was), so it is asked once, with the whole list counted as free.
        const bool rulesAllow = m_state.canInsert(b, s, m_state.load(s));
        const int excess = m_state.load(s) + in.demand(b) - in.capacity(s);
        for (int a : residents) {
            if (in.isLocked(a)) {
                continue;
            }
            // When b cannot come in, skip the take-out and put back: only reorder the list
            // as they would.
            if (in.patientOf(a) != in.patientOf(b) && !(rulesAllow && in.demand(a) >= excess)) {
                m_state.requeue(a);
                continue;
            }
            const qint64 oldA = in.cost(a, s);
            m_state.remove(a);
            if (m_state.canInsert(b, s)) {
                m_state.insert(b, s);
                int scan = 48;
                for (int t : in.candidates(a)) {
                    if (deltaB + in.cost(a, t) - oldA >= limit || scan-- == 0) {
                        break;
                    }
                    if (t != s && m_state.canInsert(a, t)) {
                        m_state.insert(a, t);
                        return true;
                    }
                }
                if (!in.isLocked(a) && deltaB + in.cost(a, -1) - oldA < limit) {
                    return true; // a waits
                }
                m_state.remove(b);
            }
            m_state.insert(a, s);
        }
    }
    return false;
}

bool LocalSearch::tryInsert(int c, int s, qint64 gain, int maxEjected)
{
    const Instance& in = m_state.instance();
    const int surgeon = in.surgeonOf(c);
    const int patient = in.patientOf(c);
    const int from = m_state.sessionOf(c);
    // Cases that make c's insertion impossible whatever the room in s.
    std::vector<int>& forced = m_forced;
    forced.clear();
    for (int other : in.overlapping(s)) {
        for (int m : m_state.members(other)) {
            if (m != c && in.surgeonOf(m) == surgeon) {
                forced.push_back(m);
            }
        }
    }
    for (int m : in.casesOfPatient(patient)) {
        const int ms = m_state.sessionOf(m);
        if (m != c && ms >= 0 && in.dayOf(ms) == in.dayOf(s)) {
            forced.push_back(m);
        }
    }
    for (int m : forced) {
        if (in.isLocked(m)) {
            return false;
        }
    }
    if (forced.size() > 3) {
        return false;
    }
    std::vector<int>& olds = m_olds;
    std::vector<int>& sessionsBefore = m_sessionsBefore;
    olds.clear();
    sessionsBefore.clear();
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
        std::vector<qint64>& oldCosts = m_oldCosts;
        oldCosts.clear();
        for (size_t i = 0; i < olds.size(); ++i) {
            oldCosts.push_back(in.cost(olds[i], sessionsBefore[i]));
        }
        if (replace(olds, oldCosts, gain, from)) {
            return true;
        }
        m_state.remove(c);
        return false;
    };
    if (attempt()) {
        return true;
    }
    // False only when c certainly cannot go into s with the resident r taken out.
    const auto fitsWithout = [&](int r) {
        return m_state.sessionOf(r) != s || in.patientOf(r) == patient ||
               m_state.canInsert(c, s, in.demand(r));
    };
    if (maxEjected >= 1 && maxEjected <= 2 && m_state.load(s) + in.demand(c) > in.capacity(s)) {
        std::vector<int>& residents = m_residents;
        residents = m_state.members(s);
        for (size_t i = 0; i < residents.size(); ++i) {
            const int a = residents[i];
            if (in.isLocked(a)) {
                continue;
            }
            // As in chain(): when c would not fit even with a out, skip the take-out and put
            // back, and only reorder the list as they would. A shared patient needs the real test.
            if (maxEjected == 1 && !fitsWithout(a)) {
                m_state.requeue(a);
                continue;
            }
            detach(a);
            if (attempt()) {
                return true;
            }
            if (maxEjected >= 2) {
                for (size_t j = i + 1; j < residents.size(); ++j) {
                    const int b = residents[j];
                    if (in.isLocked(b)) {
                        continue;
                    }
                    if (!fitsWithout(b)) {
                        m_state.requeue(b);
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
    // Clearing: a long case often needs most of a list, more than two residents' worth.
    // Take out the residents that lose least per minute when they go, until c fits.
    if (maxEjected >= 3 && m_state.load(s) + in.demand(c) > in.capacity(s)) {
        std::vector<int>& residents = m_residents;
        residents.clear();
        for (int a : m_state.members(s)) {
            if (!in.isLocked(a)) {
                residents.push_back(a);
            }
        }
        const auto loss = [&](int a) {
            return static_cast<double>(in.cost(a, -1) - in.cost(a, s)) / in.demand(a);
        };
        std::stable_sort(residents.begin(), residents.end(), [&](int a, int b) { return loss(a) < loss(b); });
        const size_t mark = olds.size();
        for (int a : residents) {
            if (m_state.load(s) + in.demand(c) <= in.capacity(s)) {
                break;
            }
            detach(a);
        }
        if (olds.size() - mark > 2 && attempt()) {
            return true;
        }
        while (olds.size() > mark) {
            m_state.insert(olds.back(), sessionsBefore.back());
            olds.pop_back();
            sessionsBefore.pop_back();
        }
    }
    restoreAll();
    return false;
}

bool LocalSearch::ejectionPass(const std::vector<int>& cases, int maxEjected, bool skipUnchanged)
{
    const Instance& in = m_state.instance();
    bool improved = false;
    std::vector<quint64>& failedOn = m_failedOn[std::clamp(maxEjected, 1, 3) - 1 + (m_chains ? 3 : 0)];
    failedOn.resize(in.cases.size(), 0);
    // Postponed twins fail alike: after one fails, the others are skipped until something
    // improves. This keeps a pass over thousands of postponed cases affordable.
    ++m_epoch;
    for (int c : cases) {
        if (in.isLocked(c)) {
            continue;
        }
        const int from = m_state.sessionOf(c);
        const int twin = from < 0 ? m_twin[c] : -1;
        if (twin >= 0 && m_twinFailedAt[twin] == m_epoch) {
            continue;
        }
        const qint64 current = in.cost(c, from);
        // On large instances double ejections only try the cheapest sessions: they are the
        // costly move, and time matters more there.
        int tries = maxEjected >= 2 && in.cases.size() > 1000 ? 12 : std::numeric_limits<int>::max();
        // What the try depends on most: where c is and what the sessions it would try hold.
        quint64 seen = 0x9e3779b97f4a7c15ULL ^ static_cast<quint64>(from + 2);
        int looked = tries;
        for (int s : in.candidates(c)) {
            if (in.cost(c, s) >= current || looked-- == 0) {
                break;
            }
            seen = (seen * 0x100000001b3ULL) ^ m_state.contentHash(s);
        }
        if (skipUnchanged && seen == failedOn[c]) {
            continue;
        }
        bool moved = false;
        for (int s : in.candidates(c)) {
            const qint64 gain = current - in.cost(c, s);
            if (gain <= 0 || tries-- == 0) {
                break;
            }
            if (s != from && tryInsert(c, s, gain, maxEjected)) {
                moved = true;
                break;
            }
        }
        if (moved) {
            improved = true;
            ++m_epoch;
        } else {
            failedOn[c] = seen;
            if (twin >= 0) {
                m_twinFailedAt[twin] = m_epoch;
            }
        }
    }
    return improved;
}

bool LocalSearch::descend(const std::function<bool()>& stop, const std::vector<int>* focus)
{
    std::vector<int> all;
    if (!focus) {
        all.resize(m_state.instance().cases.size());
        for (size_t c = 0; c < all.size(); ++c) {
            all[c] = static_cast<int>(c);
        }
    }
    const std::vector<int>& cases = focus ? *focus : all;
    // A full search repeats its passes over thousands of cases after each small gain:
    // cases whose surroundings did not change are not tried again (large: a repeated pass
    // drops from about 250 ms to 10 to 50 ms).
    const bool skip = !focus;
    bool any = false;
    while (!stop()) {
        bool improved = movePass(cases);
        if (!improved && !stop()) {
            improved = ejectionPass(cases, 1, skip);
        }
        if (!improved && !stop()) {
            improved = ejectionPass(cases, 2, skip);
        }
        if (!improved && m_chains && !stop()) {
            improved = ejectionPass(cases, 3, skip);
        }
        if (!improved) {
            break;
        }
        any = true;
    }
    return any;
}

} // namespace wp::theatre
