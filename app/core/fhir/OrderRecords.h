#pragma once

#include "orders/Order.h"
#include "records/RecordVersion.h"

#include <QList>

namespace wp::fhir {

/// One laboratory or imaging order with every record about it, as the back-entry exports
/// need them: the Order as the orders module derives it (status, events, results) and the
/// record versions themselves, since each FHIR resource names the versions it comes from
/// in its Provenance (author, laptop, times).
struct OrderRecords
{
    orders::Order order;
    RecordVersion orderRecord;    ///< lab_order, current version
    QList<RecordVersion> events;  ///< lab_order_event: collected, received, cancelled, acknowledged
    QList<RecordVersion> results; ///< lab_result, current versions (a corrected one has version > 1)
    QList<RecordVersion> calls;   ///< lab_result_call: the laboratory phoned a result to the ward
    QList<RecordVersion> acks;    ///< alert_ack of a critical result of this order
};

} // namespace wp::fhir
