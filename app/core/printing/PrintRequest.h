#pragma once

#include "HandoverOptions.h"

namespace wp::printing {

/// The printouts WhitePlan makes.
enum class PrintKind { Handover, Transfer, Labels, Kit, Sitrep, OrderRequest, TubeLabels };

/// Which printout, for what: a ward (handover), a patient (transfer, labels, kit) or an
/// order (order request, tube labels).
struct PrintRequest
{
    PrintKind kind = PrintKind::Handover;
    HandoverOptions handover;
    /// Downtime number, IPP or record id of the patient.
    QString patient;
    /// Period of the situation report, in hours before now.
    int periodHours = 24;
    /// Order number ("T1-L0001") or record id, for the order request and the tube labels.
    QString order;
};

} // namespace wp::printing
