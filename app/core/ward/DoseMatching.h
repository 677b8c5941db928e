#pragma once

#include <QDateTime>
#include <QList>

#include <chrono>

namespace wp {

/// Which scheduled dose an administration (given, held or refused) counts for. One rule
/// for the ward board, the medication record and the handover sheet: a dose recorded
/// within `window` of a due time counts for the nearest such due time, so that a dose due
/// 22:00 and given 21:57 is not listed again as due, whether the nurse left "due at" as
/// proposed or wrote the time she gave it there.
class DoseMatching
{
public:
    /// How far the recorded time may be from a due time and still count for it.
    static constexpr std::chrono::minutes window{60};

    /// The time an administration stands for: its "due at" when recorded, else when it was given.
    static QDateTime referenceTime(const QDateTime& scheduledFor, const QDateTime& givenAt);
    /// The due time among `doses` nearest to `reference`, if within `window`; invalid otherwise.
    /// On a tie the earlier dose wins (a late dose is more common than an early one).
    static QDateTime nearestDose(const QList<QDateTime>& doses, const QDateTime& reference);
};

} // namespace wp
