#pragma once

#include "Formulary.h"
#include "workspace/Workspace.h"

namespace wp::medication {

/// What an import did (or would do, for a dry run).
struct FormularyImportReport
{
    int drugs = 0;    ///< drugs in the file
    int highRisk = 0; ///< of which flagged high-risk
    int added = 0;    ///< codes not in the previous formulary
    int removed = 0;  ///< codes of the previous formulary missing from the file
    int changed = 0;  ///< codes kept with different content
};

/// The formulary of a data directory: site data (like the wards), replaced as a whole by
/// each import of the pharmacy's CSV in one audited transaction. Administrators import it
/// (Permission::ConfigureSite, as for the wards); everyone reads it.
class FormularyStore
{
    Q_DECLARE_TR_FUNCTIONS(FormularyStore)

public:
    explicit FormularyStore(Workspace& ws) : m_ws(ws) {}

    /// The formulary in use (empty before the first import).
    Result<Formulary> load();
    /// Checks `path` as a whole and, unless `dryRun`, replaces the formulary with it.
    Result<FormularyImportReport> importFile(const QString& path, bool dryRun = false);
    Result<FormularyImportReport> importData(const QByteArray& data, const QString& fileName,
                                             bool dryRun = false);
    /// Replaces the formulary with `drugs` already checked (the demo hospital's).
    Result<FormularyImportReport> replace(const QList<FormularyDrug>& drugs, const QString& source,
                                          bool dryRun = false);

    /// The demo formulary shipped in the resources (facts written for WhitePlan, not a hospital's).
    static QString demoFile() { return QStringLiteral(":/whiteplan/formulary/demo-formulary.csv"); }

private:
    Workspace& m_ws;
};

} // namespace wp::medication
