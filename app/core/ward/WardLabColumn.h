#pragma once

#include "WardBoardRow.h"
#include "orders/Alert.h"
#include "orders/Order.h"

#include <QHash>

namespace wp {

/// The ward board's laboratory column: the orders and open alerts read once per refresh are
/// distributed to the patients here, so that the column costs the same few queries for a
/// 30-bed ward as for one bed (no query per line).
class WardLabColumn
{
public:
    /// Pending and overdue orders and open alerts per patient id. Closed alerts and orders
    /// that are resulted, acknowledged or cancelled are not counted.
    static QHash<QString, WardLabSummary> byPatient(const QList<orders::Order>& orders,
                                                    const QList<orders::Alert>& alerts, const QDateTime& now);
    /// Sets `lab` on every occupied line from `summaries` (an empty summary when none).
    static void apply(QList<WardBoardRow>& rows, const QHash<QString, WardLabSummary>& summaries);
};

} // namespace wp
