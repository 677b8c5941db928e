#pragma once

#include "HandoverOptions.h"

namespace wp::printing {

/// The printouts WhitePlan makes.
enum class PrintKind { Handover, Transfer, Labels, Kit, Sitrep };

/// Which printout, for what: a ward (handover) or a patient (transfer, labels, kit).
struct PrintRequest
{
    PrintKind kind = PrintKind::Handover;
    HandoverOptions handover;
    /// Downtime number, IPP or record id of the patient.
    QString patient;
    /// Period of the situation report, in hours before now.
    int periodHours = 24;
};

} // namespace wp::printing
