#include "WardLabColumn.h"

namespace wp {

QHash<QString, WardLabSummary> WardLabColumn::byPatient(const QList<orders::Order>& orders,
                                                        const QList<orders::Alert>& alerts,
                                                        const QDateTime& now)
{
    QHash<QString, WardLabSummary> out;
    for (const auto& o : orders) {
        if (!o.isOpen()) {
            continue;
        }
        WardLabSummary& s = out[o.patientId];
        ++s.pendingOrders;
        if (o.isOverdue(now)) {
            ++s.overdueOrders;
        }
    }
    for (const auto& a : alerts) {
        if (!a.isOpen()) {
            continue;
        }
        WardLabSummary& s = out[a.patientId];
        ++s.openAlerts;
        // The oldest one leads: it has waited longest for an answer.
        if (!s.oldestAlertAt.isValid() || a.raisedAt < s.oldestAlertAt) {
            s.oldestAlertAt = a.raisedAt;
            s.oldestAlertId = a.id;
            s.oldestAlertSummary = a.summary;
        }
    }
    return out;
}

void WardLabColumn::apply(QList<WardBoardRow>& rows, const QHash<QString, WardLabSummary>& summaries)
{
    for (auto& row : rows) {
        row.lab = row.patient ? summaries.value(row.patient->id) : WardLabSummary{};
    }
}

} // namespace wp
