#pragma once

#include "BackEntryData.h"
#include "OrderRecords.h"
#include "orders/Catalogue.h"

#include <QHash>
#include <QSet>

namespace wp::fhir {

/// The orders and results of every patient of a back-entry export, with the catalogue they
/// are described with (test names, specimens, tubes, units). Built once per export from the
/// same PatientRecords as the rest of the export, so the FHIR file, the checklist and the
/// CSV files always agree. A default-constructed one holds no order (exports without them).
class OrderExport
{
public:
    /// Reads the hospital's catalogue (shipped files plus DATA/catalogue) and groups each
    /// patient's order records by order. Records of an order that is not in `patients` (an
    /// order entered in error) are left to the checklist's "enter by hand" lines.
    static OrderExport load(Workspace& ws, const QList<PatientRecords>& patients);
    /// The same with a given catalogue (tests).
    static OrderExport load(Workspace& ws, const QList<PatientRecords>& patients,
                            const orders::Catalogue& catalogue);

    const orders::Catalogue& catalogue() const { return m_catalogue; }
    /// The patient's orders, by time ordered.
    QList<OrderRecords> forPatient(const QString& patientId) const { return m_byPatient.value(patientId); }
    /// Whether the record (of any kind) is exported as part of an order.
    bool covers(const QString& recordId) const { return m_covered.contains(recordId); }

private:
    orders::Catalogue m_catalogue;
    QHash<QString, QList<OrderRecords>> m_byPatient;
    QSet<QString> m_covered;
};

} // namespace wp::fhir
