#pragma once

#include "ImportProgress.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wp::fhirimport {

/// How an import of the hospital record is to run.
struct FhirImportOptions
{
    /// Do all the work, then roll it back: the report says what would be imported.
    bool dryRun = false;
    /// Ward for new patients whose Encounter names no ward of this laptop (--ward); may be empty.
    QString defaultWard;
    /// Take a likely match (same names and birth date, no shared identifier) as confirmed.
    bool acceptMatches = false;
    /// Told after each patient and item (done, total); returning false cancels the import,
    /// which then writes nothing (in a dry run too). May be empty.
    ImportProgress progress;
};

/// What an import of the hospital record did (or, in a dry run, would do).
struct FhirImportReport
{
    QDateTime snapshotAt;
    QString snapshotBasis;
    int patientsNew = 0;
    int patientsMatched = 0; ///< by IPP, INS, an identical identifier, or an accepted likely match
    /// Records written, by kind without the "hospital_" prefix ("allergy" → 12); vital signs
    /// count as "observation", one per chart observation.
    QMap<QString, int> imported;
    /// Items already on this laptop from an earlier import of the same data, by kind.
    QMap<QString, int> alreadyPresent;
    /// Resources not taken (from the reader) and patients or items this import left out.
    QMap<QString, int> notImported;
    /// One line per likely match left for a human to confirm (not imported).
    QStringList likelyMatchesSkipped;
    QStringList warnings;

    int itemsImported() const
    {
        int n = 0;
        for (int c : imported) {
            n += c;
        }
        return n;
    }
    int itemsAlreadyPresent() const
    {
        int n = 0;
        for (int c : alreadyPresent) {
            n += c;
        }
        return n;
    }
};

} // namespace wp::fhirimport
