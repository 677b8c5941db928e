#pragma once

#include "DeviceFreshnessIndex.h"
#include "WardCensus.h"
#include "printing/TheatreSummary.h"

#include <QMap>

#include <optional>

namespace wp::hospital {

/// One ward's line of the situation report.
struct SitrepWard
{
    WardCensus census;
    int news2AtLeast5 = 0; ///< latest complete NEWS2 of 5 or more (urgent review)
    int news2AtLeast7 = 0; ///< of 7 or more (emergency response); counted in news2AtLeast5 too
    int pendingTransfers = 0;
};

/// What a crisis cell asks for, for the whole hospital, each ward's figures with how old they
/// are: patients by ward, NEWS2 of 5 and 7 or more, free beds, transfers pending (a transfer
/// form recorded for a patient still admitted), the period's movements, transfers out by
/// destination, operations postponed, and the newest record held from every laptop.
struct HospitalSitrep
{
    Q_DECLARE_TR_FUNCTIONS(HospitalSitrep)

public:
    QDateTime now;
    QDateTime periodStart;
    int periodHours = 24;
    QList<SitrepWard> wards;
    SitrepWard total;
    int admissions = 0;
    int wardMoves = 0; ///< moves from one ward to another
    int transfersOut = 0;
    int discharges = 0;
    int deaths = 0;
    QMap<QString, int> transfersByDestination;
    std::optional<printing::TheatreSummary> theatre;
    QList<DeviceFreshness> devices;

    /// Postponed operations, every priority.
    int postponedOperations() const;

    /// Reads everything at the workspace clock's now, over the last `periodHours`.
    static Result<HospitalSitrep> build(Workspace& ws, int periodHours = 24);
};

} // namespace wp::hospital
