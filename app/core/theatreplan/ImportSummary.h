#pragma once

namespace wp::theatre {

/// What an import brought in.
struct ImportSummary
{
    int sessions = 0;
    int closedSessions = 0;
    int cases = 0;
    int linkedPatients = 0; ///< cases whose patient_id matched a registered patient's IPP
    int booked = 0;         ///< cases kept in their open original session
    int needingSlot = 0;
};

} // namespace wp::theatre
