#pragma once

#include "BackEntryData.h"
#include "FhirBundle.h"
#include "OrderExport.h"
#include "TheatreChange.h"
#include "workspace/Workspace.h"

namespace wp::fhir {

/// The recovery exports: the FHIR R4 Bundle, the CSV files and the PDF checklist, all
/// from the same data, each audited.
class BackEntryExporter
{
    Q_DECLARE_TR_FUNCTIONS(BackEntryExporter)

public:
    explicit BackEntryExporter(Workspace& ws) : m_ws(ws) {}

    Result<FhirBundle> exportFhir(const QString& file);
    Result<QStringList> exportCsv(const QString& directory);
    /// Returns the number of pages. Needs a QGuiApplication (fonts).
    Result<int> exportChecklist(const QString& file);

    /// The bundle without writing it (for previews and tests).
    Result<FhirBundle> buildFhir();

private:
    /// Everything an export is made from, read once after the permission check.
    struct Sources
    {
        QList<PatientRecords> patients;
        QList<TheatreChange> theatre;
        OrderExport orders;
    };
    Result<Sources> load();
    FhirBundle bundleOf(const Sources& sources);
    Status audit(const QString& action, const QString& target, const QString& detail);
    Workspace& m_ws;
};

} // namespace wp::fhir
