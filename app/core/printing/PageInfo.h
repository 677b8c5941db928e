#pragma once

#include <QDateTime>
#include <QString>

namespace wp::printing {

/// What the header and footer of a printed page say. Printouts go stale: every page
/// carries when it was printed and how old the newest data on it was.
struct PageInfo
{
    QString title;    ///< "Ward handover", "Transfer letter"…
    QString subtitle; ///< shift, period…
    QString hospital;
    QString ward; ///< ward code and name; empty for hospital-wide printouts
    QDateTime printedAt;
    QDateTime newestData; ///< invalid when the printout holds no clinical data
    /// When the imported hospital record was taken (the oldest, over several patients);
    /// invalid when nothing printed comes from it. Printed beside the data's age.
    QDateTime hospitalSnapshotAt;
    QString printedBy;
    /// One line identifying the patient when the page is about one patient; printed on
    /// every page so that a loose sheet can always be put back in the right file.
    QString identity;
    /// Allergies shown next to the identity (empty: not shown).
    QString allergies;
};

} // namespace wp::printing
