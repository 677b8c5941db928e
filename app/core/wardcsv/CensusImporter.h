#pragma once

#include "ImportReport.h"
#include "csv/CsvReader.h"
#include "workspace/Workspace.h"

namespace wp {

/// Imports census.csv (patients present when IT went down) exactly as
/// shared/specs/ward-csv.md says: all or nothing, errors naming file, line and
/// column; a row whose IPP already exists is reported as already present (with a warning
/// when its identity differs from the stored one). The file is streamed (CsvReader limits)
/// and each row written as it is read inside one transaction, so memory is bounded and the
/// time linear in the rows.
class CensusImporter
{
    Q_DECLARE_TR_FUNCTIONS(CensusImporter)

public:
    explicit CensusImporter(Workspace& ws) : m_ws(ws) {}

    static QStringList columns();

    Result<ImportReport> importFile(const QString& path, bool dryRun = false);
    Result<ImportReport> importData(const QByteArray& data, const QString& fileName, bool dryRun = false);

private:
    Result<ImportReport> run(CsvReader& csv, bool dryRun);
    Workspace& m_ws;
};

} // namespace wp
