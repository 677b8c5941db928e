#include "Order.h"

#include <QCoreApplication>

namespace wp::orders {

QString code(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Ordered:
        return QStringLiteral("ordered");
    case OrderStatus::Collected:
        return QStringLiteral("collected");
    case OrderStatus::Received:
        return QStringLiteral("received");
    case OrderStatus::PartiallyResulted:
        return QStringLiteral("partial");
    case OrderStatus::Resulted:
        return QStringLiteral("resulted");
    case OrderStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString label(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Ordered:
        return QCoreApplication::translate("wp::orders::Order", "ordered");
    case OrderStatus::Collected:
        return QCoreApplication::translate("wp::orders::Order", "collected");
    case OrderStatus::Received:
        return QCoreApplication::translate("wp::orders::Order", "received by the lab");
    case OrderStatus::PartiallyResulted:
        return QCoreApplication::translate("wp::orders::Order", "partly resulted");
    case OrderStatus::Resulted:
        return QCoreApplication::translate("wp::orders::Order", "resulted");
    case OrderStatus::Acknowledged:
        return QCoreApplication::translate("wp::orders::Order", "acknowledged");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("wp::orders::Order", "cancelled");
    }
    return {};
}

QString code(Priority p)
{
    switch (p) {
    case Priority::Routine:
        return QStringLiteral("routine");
    case Priority::Urgent:
        return QStringLiteral("urgent");
    case Priority::Stat:
        return QStringLiteral("stat");
    }
    return {};
}

std::optional<Priority> priorityFromCode(const QString& c)
{
    for (Priority p : {Priority::Routine, Priority::Urgent, Priority::Stat}) {
        if (code(p) == c.trimmed().toLower()) {
            return p;
        }
    }
    return std::nullopt;
}

QString label(Priority p)
{
    switch (p) {
    case Priority::Routine:
        return QCoreApplication::translate("wp::orders::Order", "routine");
    case Priority::Urgent:
        return QCoreApplication::translate("wp::orders::Order", "urgent");
    case Priority::Stat:
        //: Priority of a test order: "immediately" (French: « vital » / « immédiat »).
        return QCoreApplication::translate("wp::orders::Order", "STAT");
    }
    return {};
}

QString code(OrderEvent::Kind k)
{
    switch (k) {
    case OrderEvent::Kind::Collected:
        return QStringLiteral("collected");
    case OrderEvent::Kind::Received:
        return QStringLiteral("received");
    case OrderEvent::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case OrderEvent::Kind::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return {};
}

std::optional<OrderEvent::Kind> orderEventFromCode(const QString& c)
{
    for (auto k : {OrderEvent::Kind::Collected, OrderEvent::Kind::Received, OrderEvent::Kind::Cancelled,
                   OrderEvent::Kind::Acknowledged}) {
        if (code(k) == c) {
            return k;
        }
    }
    return std::nullopt;
}

QString code(ResultFlag f)
{
    switch (f) {
    case ResultFlag::Normal:
        return QStringLiteral("normal");
    case ResultFlag::Low:
        return QStringLiteral("low");
    case ResultFlag::High:
        return QStringLiteral("high");
    case ResultFlag::CriticalLow:
        return QStringLiteral("critical-low");
    case ResultFlag::CriticalHigh:
        return QStringLiteral("critical-high");
    case ResultFlag::Abnormal:
        return QStringLiteral("abnormal");
    case ResultFlag::Critical:
        return QStringLiteral("critical");
    case ResultFlag::None:
        return {};
    }
    return {};
}

ResultFlag resultFlagFromCode(const QString& c)
{
    for (auto f : {ResultFlag::Normal, ResultFlag::Low, ResultFlag::High, ResultFlag::CriticalLow,
                   ResultFlag::CriticalHigh, ResultFlag::Abnormal, ResultFlag::Critical}) {
        if (code(f) == c) {
            return f;
        }
    }
    return ResultFlag::None;
}

QString shortLabel(ResultFlag f)
{
    switch (f) {
    case ResultFlag::Low:
        return QStringLiteral("L");
    case ResultFlag::High:
        return QStringLiteral("H");
    case ResultFlag::CriticalLow:
        return QStringLiteral("LL");
    case ResultFlag::CriticalHigh:
        return QStringLiteral("HH");
    case ResultFlag::Abnormal:
        return QStringLiteral("A");
    case ResultFlag::Critical:
        return QStringLiteral("AA");
    case ResultFlag::Normal:
    case ResultFlag::None:
        return {};
    }
    return {};
}

bool LabResult::critical() const
{
    return flag == ResultFlag::CriticalLow || flag == ResultFlag::CriticalHigh ||
           flag == ResultFlag::Critical;
}

bool Order::isOpen() const
{
    return status != OrderStatus::Resulted && status != OrderStatus::Acknowledged &&
           status != OrderStatus::Cancelled;
}

bool Order::isOverdue(const QDateTime& now) const
{
    return isOpen() && dueAt.isValid() && now > dueAt;
}

const OrderEvent* Order::event(OrderEvent::Kind k) const
{
    for (const auto& e : events) {
        if (e.kind == k) {
            return &e;
        }
    }
    return nullptr;
}

const LabResult* Order::result(const QString& test) const
{
    const LabResult* found = nullptr;
    for (const auto& r : results) {
        if (r.test == test && (!found || r.resultedAt >= found->resultedAt)) {
            found = &r;
        }
    }
    return found;
}

QStringList Order::missingTests() const
{
    QStringList missing;
    for (const auto& t : tests) {
        if (!result(t)) {
            missing << t;
        }
    }
    return missing;
}

} // namespace wp::orders
