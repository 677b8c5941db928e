#pragma once

#include "CatalogueEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wp::orders {

/// Where an order is in its loop. Derived from the order's events and results, never stored,
/// so that the ward laptop (collected) and the lab laptop (received, resulted) each write
/// their own records and a bundle or the hub merges them without conflict.
enum class OrderStatus { Ordered, Collected, Received, PartiallyResulted, Resulted, Acknowledged, Cancelled };

/// Codes `ordered`, `collected`, `received`, `partial`, `resulted`, `acknowledged`, `cancelled`.
QString code(OrderStatus s);
QString label(OrderStatus s);
/// Codes `routine`, `urgent`, `stat`.
QString code(Priority p);
std::optional<Priority> priorityFromCode(const QString& code);
QString label(Priority p);

/// Laboratory tests or one imaging exam.
enum class OrderType { Laboratory, Imaging };

/// Something that happened to an order after it was placed (a record of its own).
struct OrderEvent
{
    enum class Kind { Collected, Received, Cancelled, Acknowledged };
    QString recordId;
    Kind kind = Kind::Collected;
    QDateTime at;
    QString by;   ///< login
    QString via;  ///< collected: `scan` or `click`; acknowledged: free text of the action
    QString note; ///< a cancellation's reason
};
QString code(OrderEvent::Kind k);
std::optional<OrderEvent::Kind> orderEventFromCode(const QString& code);

/// One test's result (or an imaging exam's report), latest version.
struct LabResult
{
    QString recordId;
    QString orderId;
    QString patientId;
    QString test;  ///< LOINC code (or the exam's code for a report)
    QString value; ///< normalised: "4.2", "positive", or the report's text
    QString unit;
    std::optional<double> rangeLow;
    std::optional<double> rangeHigh;
    ResultFlag flag = ResultFlag::None;
    QString comment;
    QString via;      ///< `paper`, `phone`, `lab`
    QString caller;   ///< phone: who gave it
    QString receiver; ///< phone: who took it and read it back (login)
    QDateTime resultedAt;
    QDateTime recordedAt;
    QString recordedBy;
    bool critical() const;
};
/// Codes `normal`, `low`, `high`, `critical-low`, `critical-high`, `abnormal`, `critical`, `` (none).
QString code(ResultFlag f);
ResultFlag resultFlagFromCode(const QString& code);
/// "L", "H", "LL", "HH", "A", "AA" or "": as printed next to a value.
QString shortLabel(ResultFlag f);

/// A laboratory or imaging order with what happened to it since.
struct Order
{
    QString recordId;
    QString number; ///< "P2-L0007": this laptop's code and a sequence, printed on the request
    QString patientId;
    OrderType type = OrderType::Laboratory;
    QStringList requested; ///< as ordered: panel and test codes, or the exam's code
    QStringList tests;     ///< tests expected (panels expanded), or the exam's code
    Priority priority = Priority::Routine;
    QString clinicalInfo;
    QDateTime plannedCollection; ///< laboratory only; invalid: now
    QDateTime orderedAt;
    QString orderedBy;
    bool underProtocol = false; ///< ordered by a nurse under the catalogue's protocol
    QString catalogueVersion;
    QList<OrderEvent> events; ///< by time
    QList<LabResult> results; ///< latest per record, by time
    OrderStatus status = OrderStatus::Ordered;
    QDateTime dueAt; ///< when its result is expected (collection + the slowest turnaround)

    bool isOpen() const; ///< not resulted, acknowledged or cancelled
    bool isOverdue(const QDateTime& now) const;
    const OrderEvent* event(OrderEvent::Kind k) const;  ///< the first of that kind, or nullptr
    const LabResult* result(const QString& test) const; ///< latest for a test, or nullptr
    QStringList missingTests() const;
};

} // namespace wp::orders
