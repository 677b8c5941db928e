#include "DoseMatching.h"

#include <cstdlib>
#include <limits>

namespace wp {

QDateTime DoseMatching::referenceTime(const QDateTime& scheduledFor, const QDateTime& givenAt)
{
    return scheduledFor.isValid() ? scheduledFor : givenAt;
}

QDateTime DoseMatching::nearestDose(const QList<QDateTime>& doses, const QDateTime& reference)
{
    if (!reference.isValid()) {
        return {};
    }
    const qint64 limit = std::chrono::duration_cast<std::chrono::seconds>(window).count();
    QDateTime best;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (const QDateTime& dose : doses) {
        const qint64 distance = std::abs(dose.secsTo(reference));
        if (distance <= limit && (distance < bestDistance || (distance == bestDistance && dose < best))) {
            best = dose;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace wp
