#pragma once

#include "Catalogue.h"
#include "wardcsv/ImportReport.h"
#include "workspace/Workspace.h"

namespace wp::orders {

/// results.csv import (docs/results-csv.md): one result per line, against an order by its
/// number or against the patient's open order for that test. All or nothing: any bad line
/// is refused as "FILE, line L, column NAME: what was expected" and nothing is written. A
/// line whose result is already recorded with the same value is counted as already present,
/// so importing the same file twice changes nothing.
class ResultCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ResultCsvImporter)

public:
    ResultCsvImporter(Workspace& ws, const Catalogue& catalogue) : m_ws(ws), m_catalogue(catalogue) {}

    static QStringList columns();
    Result<ImportReport> importFile(const QString& path, bool dryRun = false);
    Result<ImportReport> importData(const QByteArray& data, const QString& fileName, bool dryRun = false);

private:
    Workspace& m_ws;
    const Catalogue& m_catalogue;
};

} // namespace wp::orders
