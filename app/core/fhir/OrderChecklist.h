#pragma once

#include "BackEntryData.h"
#include "ChecklistLine.h"
#include "FhirBundle.h"
#include "OrderExport.h"

#include <QCoreApplication>

namespace wp::fhir {

/// The laboratory and imaging part of a patient's reconciliation checklist: what the FHIR
/// file holds for them (requests, specimens, results, reports, phoned results), then one line
/// per order ("Order P2-L0007 Potassium, Sodium — resulted, acknowledged by dora") and one
/// per result ("Result Potassium 6.9 mmol/L HH 2026-03-02 06:40 (phone from …)"), so that a
/// laboratory clerk can enter them by hand where no import exists.
class OrderChecklist
{
    Q_DECLARE_TR_FUNCTIONS(OrderChecklist)

public:
    /// Empty when the patient has no order.
    static QList<ChecklistLine> lines(const PatientRecords& pr, const FhirBundle& bundle,
                                      const OrderExport& orders);
    /// How many of the patient's Observations in the bundle are laboratory or imaging results
    /// (the vital signs line counts the others).
    static int resultObservations(const PatientRecords& pr, const FhirBundle& bundle);
};

} // namespace wp::fhir
