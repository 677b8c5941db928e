#pragma once

#include "BackEntryData.h"
#include "ChecklistLine.h"
#include "FhirBundle.h"

#include <QCoreApplication>

namespace wp::fhir {

/// The paper companion of the FHIR export: one page (or more) per patient listing what
/// to enter in which part of the hospital's systems, with counts taken from the same
/// FhirBundle, and boxes to tick and initial. Drawn with QPdfWriter/QPainter (no Widgets).
class ReconciliationChecklist
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationChecklist)

public:
    static QList<ChecklistLine> linesFor(const PatientRecords& pr, const FhirBundle& bundle);
    /// Writes the PDF; returns the number of pages.
    static Result<int> write(const QString& file, const QString& hospital, const QDateTime& printedAt,
                             const QList<PatientRecords>& patients, const FhirBundle& bundle);
};

} // namespace wp::fhir
