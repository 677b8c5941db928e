#pragma once

#include <QString>

namespace wp::fhir {

/// One line of a patient's reconciliation checklist: what to enter, where, how many.
struct ChecklistLine
{
    QString what;
    QString where;
    int count = 0;
    QString resourceType; // the FHIR resource type counted, empty for manual-only entries
    QString detail;
};

} // namespace wp::fhir
