#pragma once

#include "DeviceFreshnessIndex.h"
#include "FinderHit.h"

#include <optional>

namespace wp::hospital {

/// The hospital-wide patient finder of the switchboard and the crisis unit: by name (birth or
/// used name, first names), birth date, downtime number or IPP, ignoring case and accents,
/// over every patient this laptop holds, with where they are now and how old that is.
/// Search as you type: each call is a few index lookups; the laptops' freshness is read once
/// (refresh()) and not at each keystroke.
class PatientFinder
{
    Q_DECLARE_TR_FUNCTIONS(PatientFinder)

public:
    explicit PatientFinder(Workspace& ws) : m_ws(ws) {}

    /// Re-reads the newest record of every laptop (call when the view is shown or data arrived).
    Status refresh();
    /// Patients matching every word of `query`. A word that is a date (31/12/1950, 31.12.1950
    /// or 1950-12-31) matches the birth date; the other words match the start of a name or a
    /// number. At most `limit` hits, by name.
    Result<QList<FinderHit>> find(const QString& query, int limit = 50);
    /// The freshness index find() uses (loaded on first use).
    Result<const DeviceFreshnessIndex*> freshness();

    /// The date a typed word means, if it is one.
    static std::optional<QDate> parseDate(const QString& word);
    /// "MED bed 12", "transferred to …": where `p` is, from their row and latest movement.
    static QString describeWhere(const Patient& p, const QJsonObject& lastMovement, const QDateTime& at);

private:
    Result<FinderHit> locate(const Patient& p, const DeviceFreshnessIndex& index);
    Workspace& m_ws;
    std::optional<DeviceFreshnessIndex> m_freshness;
};

} // namespace wp::hospital
