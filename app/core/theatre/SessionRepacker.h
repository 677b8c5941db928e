#pragma once

#include "SolutionState.h"

#include <functional>
#include <utility>
#include <vector>

namespace wp::theatre {

/// Re-packs one session at a time, exactly. The candidates for a session are its residents
/// and every case that would be cheaper there (postponed cases, cases booked later). A
/// knapsack over the session's minutes picks the set worth most: an incoming case is worth
/// what it saves, a resident what it would lose by going to its best other place. That
/// place may itself be made by pushing cheaper cases out of a later list, so one re-pack
/// is a chain of three moves (a long urgent case takes a list, its residents move to later
/// lists, the least urgent cases there wait). A re-pack is kept only if the total cost goes
/// down; the state stays feasible. Deterministic: sessions in date order, fixed tie-breaks.
class SessionRepacker
{
public:
    explicit SessionRepacker(SolutionState& state);

    /// Re-packs every open session once, earliest first. Returns whether the cost went down.
    bool sweep(const std::function<bool()>& stop);
    /// Re-packs session s; returns whether the change was kept (the cost went down).
    bool repack(int s);
    /// Re-packs the given sessions (duplicates and -1 ignored) in date order, once each.
    bool repackSessions(std::vector<int> sessions);
    /// Cases moved by the re-packs kept since the last call, sorted; clears the list.
    std::vector<int> takeMoved();

private:
    /// Where the postponed case c would go if it may not use session `excluded`: a session
    /// with room, or one made roomy by postponing `displaced`, or nowhere (session -1).
    struct Option
    {
        qint64 cost = 0; ///< c's cost there plus what the displaced cases lose
        int session = -1;
        std::vector<int> displaced;
    };
    Option bestElsewhere(int c, int excluded, int left) const;
    /// One re-pack of s. With `pinned` (a case booked elsewhere), that case's place counts
    /// as free and the re-pack must take it in.
    bool attempt(int s, int pinned);
    /// Detaches c, remembering where it was so a rejected re-pack can be undone.
    void detach(int c);
    void undo();

    SolutionState& m_state;
    std::vector<int> m_order;                   ///< open sessions by date, then start
    std::vector<int> m_rank;                    ///< position of each session in m_order
    std::vector<std::vector<int>> m_hosts;      ///< unlocked cases each session may host
    int m_unit = 1;                             ///< common divisor of every demand and capacity
    std::vector<int> m_surgeonBusy;             ///< scratch: cases per surgeon in overlapping sessions
    std::vector<std::pair<int, int>> m_touched; ///< (case, session before) of the current re-pack
    std::vector<int> m_moved;                   ///< cases moved by kept re-packs
    std::vector<int> m_lastNewcomers;           ///< newcomers of the last plain attempt
    qint64 m_before = 0;                        ///< cost before the current re-pack

    // Scratch reused across re-packs instead of allocated per call; neither attempt() nor
    // bestElsewhere() re-enters itself.
    struct Item
    {
        int c = 0;
        int weight = 0;   ///< demand in units of m_unit
        qint64 value = 0; ///< what having c in the session is worth
        bool resident = false;
    };
    mutable std::vector<int> m_elsewhereResidents;
    mutable std::vector<int> m_elsewhereDisplaced;
    std::vector<std::pair<double, int>> m_swaps;
    std::vector<Item> m_items;
    std::vector<int> m_residents;
    std::vector<int> m_busy;
    std::vector<Item> m_newcomers;
    std::vector<std::vector<Item>> m_byWeight;
    std::vector<int> m_patients;
    std::vector<int> m_perWeight;
    std::vector<qint64> m_best;
    std::vector<char> m_take;
    std::vector<char> m_chosen;
    std::vector<Item> m_evicted;
};

} // namespace wp::theatre
