#pragma once

#include "Catalogue.h"
#include "Order.h"
#include "records/RecordVersion.h"
#include "workspace/Workspace.h"

namespace wp::orders {

/// What a doctor (or a nurse under protocol) asks for.
struct OrderRequest
{
    QString patientId;
    QStringList codes; ///< panel or test codes, or one imaging exam's code
    Priority priority = Priority::Routine;
    QString clinicalInfo;
    QDateTime plannedCollection; ///< laboratory only; invalid: as soon as possible
};

/// Laboratory and imaging orders from the request to the acknowledged result. An order is
/// one record; each step after it (collected, received, cancelled, acknowledged) is a record
/// of its own and a result is a record per test, so that each laptop writes only its own
/// records and exchange merges them; the status is derived from them (Order::status).
class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    static QString orderKind() { return QStringLiteral("lab_order"); }
    static QString eventKind() { return QStringLiteral("lab_order_event"); }
    static QString resultKind() { return QStringLiteral("lab_result"); }

    OrderService(Workspace& ws, const Catalogue& catalogue) : m_ws(ws), m_catalogue(catalogue) {}

    /// Places an order (OrderTests; a nurse only for the catalogue's protocol entries). Refuses
    /// unknown codes, laboratory tests mixed with imaging, several exams, a patient who has left.
    Result<Order> place(const OrderRequest& request);
    /// The specimen was taken (RecordResults). `via`: `click` or `scan`.
    Result<Order> collect(const QString& idOrNumber, const QString& via = QStringLiteral("click"),
                          const QDateTime& at = {});
    /// A tube label's QR code read by a scanner while `patientId`'s chart is open: refused,
    /// saying so loudly, when the tube belongs to another patient (a wrong-identity specimen).
    Result<Order> collectScanned(const QString& scanned, const QString& patientId);
    /// The laboratory (or imaging) received the specimen or the patient (RecordResults).
    Result<Order> receive(const QString& idOrNumber);
    /// Withdraws an order that has no result yet (OrderTests); the reason is kept.
    Result<Order> cancel(const QString& idOrNumber, const QString& reason);
    /// A clinician has seen all the results (AcknowledgeAlerts).
    Result<Order> acknowledge(const QString& idOrNumber, const QString& note = {});

    /// By record id or by number ("P2-L0007", any case).
    Result<Order> order(const QString& idOrNumber);
    Result<QList<Order>> forPatient(const QString& patientId);
    /// Every order of every patient, by time ordered.
    Result<QList<Order>> all();

    /// The text of a tube label's QR code: "WP-ORDER P2-L0007 <downtime number> <tube>".
    static QString labelPayload(const Order& order, const QString& downtimeNumber, const QString& tube);
    /// The order number in a scanned payload (or a typed number), empty when it is neither.
    static QString numberFromScan(const QString& scanned);

    /// Turns the order's records into an Order (used by the result and alert services).
    Order build(const RecordVersion& orderRecord, const QList<RecordVersion>& events,
                const QList<RecordVersion>& results) const;
    /// A result record as a LabResult.
    static LabResult toResult(const RecordVersion& v);

private:
    Result<Order> addEvent(const QString& idOrNumber, OrderEvent::Kind kind, const QString& via,
                           const QString& note, const QDateTime& at);
    Result<QString> nextNumber(OrderType type);
    Result<QList<Order>> assemble(const QList<RecordVersion>& orders, const QList<RecordVersion>& events,
                                  const QList<RecordVersion>& results) const;

    Workspace& m_ws;
    const Catalogue& m_catalogue;
};

} // namespace wp::orders
