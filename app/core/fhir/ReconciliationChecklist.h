#pragma once

#include "BackEntryData.h"
#include "ChecklistLine.h"
#include "FhirBundle.h"
#include "OrderExport.h"
#include "TheatreChange.h"

#include <QCoreApplication>

namespace wp::fhir {

/// The paper companion of the FHIR export: one page (or more) per patient listing what
/// to enter in which part of the hospital's systems, with counts taken from the same
/// FhirBundle, and boxes to tick and initial. Drawn with QPdfWriter/QPainter (no Widgets).
class ReconciliationChecklist
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationChecklist)

public:
    /// `theatre`: every changed operation; only this patient's are listed. `orders`: the
    /// laboratory and imaging section (OrderChecklist); without it, order records are listed
    /// among the forms to enter by hand.
    static QList<ChecklistLine> linesFor(const PatientRecords& pr, const FhirBundle& bundle,
                                         const QList<TheatreChange>& theatre = {},
                                         const OrderExport& orders = {});
    /// The theatre section: operations of patients not registered in WhitePlan (found by IPP).
    /// The Appointment and Provenance lines count what the bundle holds; one line per case follows.
    static QList<ChecklistLine> theatreLines(const QList<TheatreChange>& theatre, const FhirBundle& bundle);
    /// Writes the PDF; returns the number of pages.
    static Result<int> write(const QString& file, const QString& hospital, const QDateTime& printedAt,
                             const QList<PatientRecords>& patients, const QList<TheatreChange>& theatre,
                             const FhirBundle& bundle, const OrderExport& orders = {});
};

} // namespace wp::fhir
