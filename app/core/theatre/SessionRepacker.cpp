#include "SessionRepacker.h"

#include <algorithm>
#include <numeric>

namespace wp::theatre {

namespace {

// A case looking for another place, or a displaced case looking for a free one, tries at
// most this many sessions beyond its cheapest: far ones are rarely worth the time.
constexpr int kScan = 128;
// Cases booked later that are tried as the other half of a swap, per session.
constexpr int kSwaps = 4;

} // namespace

SessionRepacker::SessionRepacker(SolutionState& state) : m_state(state)
{
    const Instance& in = state.instance();
    const int nSessions = static_cast<int>(in.sessions.size());
    m_hosts.assign(nSessions, {});
    int unit = 0;
    for (int s = 0; s < nSessions; ++s) {
        if (in.sessions[s].open) {
            m_order.push_back(s);
            unit = std::gcd(unit, in.capacity(s));
        }
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const Session& x = in.sessions[a];
        const Session& y = in.sessions[b];
        return x.day != y.day ? x.day < y.day : x.start < y.start;
    });
    m_rank.assign(nSessions, nSessions);
    for (size_t i = 0; i < m_order.size(); ++i) {
        m_rank[m_order[i]] = static_cast<int>(i);
    }
    for (int c = 0; c < static_cast<int>(in.cases.size()); ++c) {
        unit = std::gcd(unit, in.demand(c));
        if (in.isLocked(c)) {
            continue;
        }
        for (int s : in.candidates(c)) {
            m_hosts[s].push_back(c);
        }
    }
    for (auto& list : m_hosts) {
        std::sort(list.begin(), list.end());
    }
    m_unit = std::max(1, unit);
    m_surgeonBusy.assign(in.surgeonCount(), 0);
}

SessionRepacker::Option SessionRepacker::bestElsewhere(int c, int excluded, int left) const
{
    const Instance& in = m_state.instance();
    Option best;
    best.cost = in.cost(c, -1);
    // The place a swap partner left may lie beyond the sessions scanned below.
    if (left >= 0 && left != excluded && in.cost(c, left) < best.cost && m_state.canInsert(c, left)) {
        best = {in.cost(c, left), left, {}};
    }
    int scan = kScan;
    std::vector<int>& residents = m_elsewhereResidents;
    for (int t : in.candidates(c)) {
        if (t == excluded) {
            continue;
        }
        const qint64 here = in.cost(c, t);
        if (here >= best.cost || scan-- == 0) {
            break;
        }
        if (m_state.canInsert(c, t)) {
            best = {here, t, {}};
            break; // candidates are cheapest first: nothing later beats a free place
        }
        if (!m_state.canInsert(c, t, m_state.load(t))) {
            continue; // surgeon or patient rule: room would not help
        }
        // Make room by postponing the residents that lose least per minute.
        residents.clear();
        for (int x : m_state.members(t)) {
            if (!in.isLocked(x)) {
                residents.push_back(x);
            }
        }
        const auto loss = [&](int x) {
            return in.cost(x, -1) - in.cost(x, t);
        };
        std::sort(residents.begin(), residents.end(), [&](int a, int b) {
            const qint64 la = loss(a) * in.demand(b);
            const qint64 lb = loss(b) * in.demand(a);
            return la != lb ? la < lb : a < b;
        });
        const int need = m_state.load(t) + in.demand(c) - in.capacity(t);
        int freed = 0;
        qint64 total = here;
        std::vector<int>& displaced = m_elsewhereDisplaced;
        displaced.clear();
        for (int x : residents) {
            if (freed >= need || total >= best.cost) {
                break;
            }
            freed += in.demand(x);
            total += loss(x);
            displaced.push_back(x);
        }
        if (freed >= need && total < best.cost && m_state.canInsert(c, t, freed)) {
            best.cost = total;
            best.session = t;
            best.displaced.assign(displaced.begin(), displaced.end());
        }
    }
    return best;
}

void SessionRepacker::detach(int c)
{
    const bool known = std::any_of(m_touched.begin(), m_touched.end(),
                                   [c](const std::pair<int, int>& t) { return t.first == c; });
    if (!known) {
        m_touched.emplace_back(c, m_state.sessionOf(c));
    }
    m_state.remove(c);
}

void SessionRepacker::undo()
{
    for (const auto& [c, s] : m_touched) {
        m_state.remove(c);
    }
    for (const auto& [c, s] : m_touched) {
        m_state.insert(c, s);
    }
    m_touched.clear();
}

bool SessionRepacker::repack(int s)
{
    const Instance& in = m_state.instance();
    if (!in.sessions[s].open) {
        return false;
    }
    if (attempt(s, -1)) {
        return true;
    }
    // A case booked later whose place would suit this list's residents: try the swap with
    // its place counted as free (the plain attempt counts it as taken).
    std::vector<std::pair<double, int>>& swaps = m_swaps;
    swaps.clear();
    for (int c : m_lastNewcomers) {
        const int from = m_state.sessionOf(c);
        if (from >= 0) {
            swaps.emplace_back(static_cast<double>(in.cost(c, from) - in.cost(c, s)) / in.demand(c), c);
        }
    }
    std::sort(swaps.begin(), swaps.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (size_t i = 0; i < swaps.size() && i < static_cast<size_t>(kSwaps); ++i) {
        if (attempt(s, swaps[i].second)) {
            return true;
        }
    }
    return false;
}

bool SessionRepacker::attempt(int s, int pinned)
{
    const Instance& in = m_state.instance();
    const Session& session = in.sessions[s];
    m_touched.clear();
    m_before = m_state.cost();
    int pinnedFrom = -1;
    if (pinned >= 0) {
        pinnedFrom = m_state.sessionOf(pinned);
        detach(pinned);
    }
    std::vector<Item>& items = m_items;
    items.clear();
    int room = in.capacity(s);
    qint64 currentValue = 0;
    // A copy: taking a resident out and back moves it to the end of the list.
    std::vector<int>& residents = m_residents;
    residents = m_state.members(s);
    for (int r : residents) {
        if (in.isLocked(r)) {
            room -= in.demand(r);
            continue;
        }
        m_state.remove(r);
        const Option away = bestElsewhere(r, s, pinnedFrom);
        m_state.insert(r, s);
        const qint64 value = away.cost - in.cost(r, s);
        items.push_back({r, in.demand(r) / m_unit, value, true});
        currentValue += value;
    }

    // Newcomers: cases that would be cheaper here and that the surgeon and patient rules
    // let in as the rest of the plan stands.
    std::vector<int>& busy = m_busy;
    busy.clear();
    for (int o : in.overlapping(s)) {
        for (int m : m_state.members(o)) {
            const int surgeon = in.surgeonOf(m);
            if (m_surgeonBusy[surgeon]++ == 0) {
                busy.push_back(surgeon);
            }
        }
    }
    const size_t residentItems = items.size();
    std::vector<Item>& newcomers = m_newcomers;
    newcomers.clear();
    for (int c : m_hosts[s]) {
        const int from = c == pinned ? pinnedFrom : m_state.sessionOf(c);
        if (from == s) {
            continue;
        }
        const qint64 gain = in.cost(c, from) - in.cost(c, s);
        if (gain <= 0) {
            continue;
        }
        const bool fromOverlapping = from >= 0 && in.sessions[from].overlaps(session);
        if (m_surgeonBusy[in.surgeonOf(c)] - (fromOverlapping ? 1 : 0) > 0) {
            continue;
        }
        bool patientBusy = false;
        for (int m : in.casesOfPatient(in.patientOf(c))) {
            const int ms = m_state.sessionOf(m);
            if (m != c && ms >= 0 && in.dayOf(ms) == session.day) {
                patientBusy = true;
                break;
            }
        }
        if (!patientBusy) {
            newcomers.push_back({c, in.demand(c) / m_unit, gain, false});
        }
    }
    for (int surgeon : busy) {
        m_surgeonBusy[surgeon] = 0;
    }
    if (pinned < 0) {
        m_lastNewcomers.clear();
        for (const Item& item : newcomers) {
            m_lastNewcomers.push_back(item.c);
        }
    }
    // Most valuable first; one case per patient (two would break the patient rule), and per
    // duration only as many as the session could ever hold. Hundreds of postponed cases may
    // qualify: each duration's best few are picked before sorting them all.
    const auto better = [](const Item& a, const Item& b) {
        return a.value != b.value ? a.value > b.value : a.c < b.c;
    };
    const int capacityUnits = room / m_unit;
    std::vector<std::vector<Item>>& byWeight = m_byWeight;
    if (byWeight.size() < static_cast<size_t>(std::max(0, capacityUnits)) + 1) {
        byWeight.resize(static_cast<size_t>(std::max(0, capacityUnits)) + 1);
    }
    for (int w = 0; w <= capacityUnits; ++w) {
        byWeight[w].clear();
    }
    for (const Item& item : newcomers) {
        if (item.weight <= capacityUnits) {
            byWeight[item.weight].push_back(item);
        }
    }
    newcomers.clear();
    for (int w = 1; w <= capacityUnits; ++w) {
        std::vector<Item>& bucket = byWeight[w];
        // Twice what fits leaves spares for cases dropped by the patient rule.
        const size_t keep = std::min(bucket.size(), static_cast<size_t>(2 * (capacityUnits / w) + 2));
        std::partial_sort(bucket.begin(), bucket.begin() + static_cast<std::ptrdiff_t>(keep), bucket.end(),
                          better);
        newcomers.insert(newcomers.end(), bucket.begin(), bucket.begin() + static_cast<std::ptrdiff_t>(keep));
    }
    std::sort(newcomers.begin(), newcomers.end(), better);
    std::vector<int>& patients = m_patients;
    patients.clear();
    std::vector<int>& perWeight = m_perWeight;
    perWeight.assign(capacityUnits + 1, 0);
    for (const Item& item : newcomers) {
        if (item.weight > capacityUnits ||
            perWeight[item.weight] * item.weight + item.weight > capacityUnits) {
            continue;
        }
        const int patient = in.patientOf(item.c);
        if (std::find(patients.begin(), patients.end(), patient) != patients.end()) {
            continue;
        }
        patients.push_back(patient);
        ++perWeight[item.weight];
        items.push_back(item);
    }
    if (items.size() == residentItems) {
        undo();
        return false; // nobody new could come in
    }

    // 0/1 knapsack over the session's free units.
    const size_t n = items.size();
    const size_t width = static_cast<size_t>(capacityUnits) + 1;
    std::vector<qint64>& best = m_best;
    best.assign(width, 0);
    std::vector<char>& take = m_take;
    take.assign(n * width, 0);
    for (size_t i = 0; i < n; ++i) {
        const Item& item = items[i];
        if (item.value <= 0) {
            continue;
        }
        for (int w = capacityUnits; w >= item.weight; --w) {
            const qint64 with = best[w - item.weight] + item.value;
            if (with > best[w]) {
                best[w] = with;
                take[i * width + w] = 1;
            }
        }
    }
    if (best[capacityUnits] <= currentValue) {
        undo();
        return false;
    }
    std::vector<char>& chosen = m_chosen;
    chosen.assign(n, 0);
    for (size_t i = n, w = capacityUnits; i-- > 0;) {
        if (take[i * width + w]) {
            chosen[i] = 1;
            w -= static_cast<size_t>(items[i].weight);
        }
    }
    bool pinnedChosen = pinned < 0;
    for (size_t i = 0; i < n; ++i) {
        pinnedChosen = pinnedChosen || (items[i].c == pinned && chosen[i]);
    }
    if (!pinnedChosen) {
        undo();
        return false;
    }

    // Apply, then keep only if the real cost went down.
    std::vector<Item>& evicted = m_evicted;
    evicted.clear();
    for (size_t i = 0; i < n; ++i) {
        if (items[i].c != pinned && items[i].resident != static_cast<bool>(chosen[i])) {
            detach(items[i].c);
            if (items[i].resident) {
                evicted.push_back(items[i]);
            }
        }
    }
    for (size_t i = 0; i < n; ++i) {
        if (!items[i].resident && chosen[i]) {
            if (!m_state.canInsert(items[i].c, s)) {
                undo();
                return false;
            }
            m_state.insert(items[i].c, s);
        }
    }
    // Those with most to lose choose first.
    std::stable_sort(evicted.begin(), evicted.end(),
                     [](const Item& a, const Item& b) { return a.value > b.value; });
    for (const Item& item : evicted) {
        const Option away = bestElsewhere(item.c, s, pinnedFrom);
        if (away.session < 0) {
            continue; // waits
        }
        for (int x : away.displaced) {
            detach(x);
        }
        if (!m_state.canInsert(item.c, away.session)) {
            continue;
        }
        m_state.insert(item.c, away.session);
        // A displaced case takes a free place if one is cheaper than waiting.
        for (int x : away.displaced) {
            int scan = kScan;
            for (int t : in.candidates(x)) {
                if (in.cost(x, t) >= in.cost(x, -1) || scan-- == 0) {
                    break;
                }
                if (m_state.canInsert(x, t)) {
                    m_state.insert(x, t);
                    break;
                }
            }
        }
    }
    if (m_state.cost() < m_before) {
        for (const auto& [c, was] : m_touched) {
            m_moved.push_back(c);
        }
        m_touched.clear();
        return true;
    }
    undo();
    return false;
}

bool SessionRepacker::repackSessions(std::vector<int> sessions)
{
    sessions.erase(std::remove(sessions.begin(), sessions.end(), -1), sessions.end());
    std::sort(sessions.begin(), sessions.end(),
              [&](int a, int b) { return m_rank[a] != m_rank[b] ? m_rank[a] < m_rank[b] : a < b; });
    sessions.erase(std::unique(sessions.begin(), sessions.end()), sessions.end());
    bool improved = false;
    for (int s : sessions) {
        improved = repack(s) || improved;
    }
    return improved;
}

std::vector<int> SessionRepacker::takeMoved()
{
    std::vector<int> moved;
    moved.swap(m_moved);
    std::sort(moved.begin(), moved.end());
    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    return moved;
}

bool SessionRepacker::sweep(const std::function<bool()>& stop)
{
    bool improved = false;
    for (int s : m_order) {
        if (stop()) {
            break;
        }
        improved = repack(s) || improved;
    }
    return improved;
}

} // namespace wp::theatre
