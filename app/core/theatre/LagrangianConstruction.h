#pragma once

#include "SolutionState.h"

#include <vector>

namespace wp::theatre {

/// A first plan read off the knapsack bound's case prices (KnapsackBound::Outcome::casePrice):
/// with those prices, each list on its own picks the cases worth most to it (a 0/1 knapsack
/// of the price of a case less its cost there). The list whose picks are worth most is
/// booked first, each case at most once, the surgeon and patient rules checked on every
/// booking; what is left goes to its cheapest feasible list, the most valuable per minute
/// first. Deterministic.
class LagrangianConstruction
{
public:
    /// Fills `state` (locked cases in their lists first; cases already booked stay).
    static void build(SolutionState& state, const std::vector<double>& casePrice);
};

} // namespace wp::theatre
