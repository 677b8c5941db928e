#pragma once

#include "FhirBundle.h"
#include "workspace/Workspace.h"

namespace wp::fhir {

/// The recovery exports: the FHIR R4 Bundle, the CSV files and the PDF checklist, all
/// from the same data, each audited.
class BackEntryExporter
{
    Q_DECLARE_TR_FUNCTIONS(BackEntryExporter)

public:
    explicit BackEntryExporter(Workspace& ws) : m_ws(ws) {}

    /// Setting holding the hospital's IPP identifier system (a URI). Until a hospital sets it,
    /// exports use `urn:whiteplan:ipp`, which the receiving system must map.
    static QString ippSystemSetting() { return QStringLiteral("fhir.ipp_system"); }

    Result<FhirBundle> exportFhir(const QString& file);
    Result<QStringList> exportCsv(const QString& directory);
    /// Returns the number of pages. Needs a QGuiApplication (fonts).
    Result<int> exportChecklist(const QString& file);

    /// The bundle without writing it (for previews and tests).
    Result<FhirBundle> buildFhir();

private:
    Status audit(const QString& action, const QString& target, const QString& detail);
    Workspace& m_ws;
};

} // namespace wp::fhir
