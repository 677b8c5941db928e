#pragma once

namespace wp::exchange {

/// What recomputing the current state from the united records found.
struct RebuildSummary
{
    int patients = 0;
    int conflicts = 0;  // unconfirmed conflicts other than duplicates
    int duplicates = 0; // unconfirmed duplicate candidates
};

} // namespace wp::exchange
