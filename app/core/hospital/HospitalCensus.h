#pragma once

#include "DeviceFreshnessIndex.h"
#include "HospitalMovement.h"
#include "WardCensus.h"

#include <QList>

namespace wp::hospital {

/// The census of every ward this laptop knows (its own and those that came in bundles or from
/// the hub), with free beds and the period's arrivals and departures.
class HospitalCensus
{
    Q_DECLARE_TR_FUNCTIONS(HospitalCensus)

public:
    /// Loads the census at the workspace clock's now, over the last `periodHours` for the
    /// arrivals and departures. `freshness` is loaded here when not given.
    static Result<HospitalCensus> load(Workspace& ws, int periodHours = 24,
                                       const DeviceFreshnessIndex* freshness = nullptr);

    const QList<WardCensus>& wards() const { return m_wards; }
    /// The whole hospital (code and name empty; sources every ward's).
    const WardCensus& total() const { return m_total; }
    QDateTime now() const { return m_now; }
    QDateTime periodStart() const { return m_from; }
    int periodHours() const { return m_hours; }
    /// The movements of the period, oldest first (without their documents).
    const QList<HospitalMovement>& periodMovements() const { return m_movements; }

private:
    QList<WardCensus> m_wards;
    QList<HospitalMovement> m_movements;
    WardCensus m_total;
    QDateTime m_now;
    QDateTime m_from;
    int m_hours = 24;
};

} // namespace wp::hospital
