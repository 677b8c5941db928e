#pragma once

#include "ImportReport.h"
#include "clinical/forms/FormRegistry.h"
#include "csv/CsvReader.h"
#include "workspace/Workspace.h"

#include <QIODevice>

#include <optional>

namespace wp {

/// observations.csv import and export, as shared/specs/ward-csv.md says. Import is all
/// or nothing; each row becomes an entry of the observation form, so the same ranges
/// and rules apply as on screen, except that a row keeps the SpO2 scale it was scored on in
/// the source (1 or 2) without setting the patient's scale here. The file is streamed (CsvReader limits) and
/// each row written as it is read inside one transaction. A row identical to an observation already recorded
/// (patient, time, values), or to an earlier row, is counted as already present.
class ObservationCsv
{
    Q_DECLARE_TR_FUNCTIONS(ObservationCsv)

public:
    ObservationCsv(Workspace& ws, const clinical::FormRegistry& forms) : m_ws(ws), m_forms(forms) {}

    /// The measurement columns, in export order.
    static QStringList measurementColumns();
    /// Why an observation cannot have been taken at `takenAt` (later than `latest`, the
    /// clock plus its tolerance, or before the day of birth), as "what was expected".
    static std::optional<QString> takenAtProblem(const QDateTime& takenAt, const QDate& birthDate,
                                                 const QDateTime& latest);

    /// With `dryRun`, checks everything and reports what would be imported, writing nothing.
    Result<ImportReport> importFile(const QString& path, bool dryRun = false);
    Result<ImportReport> importData(const QByteArray& data, const QString& fileName, bool dryRun = false);

    /// Writes every recorded observation (latest version, not entered in error), ordered
    /// by patient then time taken; `patientId` limits it to one patient.
    Result<int> exportCsv(QIODevice& out, const QString& patientId = {});

private:
    Status checkPermissions();
    Result<ImportReport> run(CsvReader& csv, bool dryRun);
    Result<bool> alreadyRecorded(const QString& patientId, const QDateTime& takenAt, const QJsonObject& data);
    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
};

} // namespace wp
