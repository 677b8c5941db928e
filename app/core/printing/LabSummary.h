#pragma once

#include "orders/Catalogue.h"
#include "orders/Order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace wp::printing {

/// One test's latest result, as printed.
struct LabLatest
{
    QString test;      ///< LOINC code
    QString name;      ///< catalogue name in the current language
    QString shortName; ///< "K", "Na", "Hb"…
    QString value;     ///< in the user's number format ("4,2" in French)
    QString unit;
    orders::ResultFlag flag = orders::ResultFlag::None;
    QDateTime at;
    bool abnormal() const;
};

/// An order still waiting for results, as printed.
struct LabPending
{
    QString number;
    orders::OrderType type = orders::OrderType::Laboratory;
    QStringList names;      ///< missing tests (or the exam), catalogue names
    QStringList shortNames; ///< the same, short
    orders::Priority priority = orders::Priority::Routine;
    orders::OrderStatus status = orders::OrderStatus::Ordered;
    QDateTime orderedAt;
    bool overdue = false;
};

/// A patient's laboratory and imaging situation for the handover sheet and the transfer
/// letter: the orders still waiting (overdue ones flagged) and the latest result of each
/// test. Built from orders already loaded, so a sheet loads them once for all its patients.
class LabSummary
{
    Q_DECLARE_TR_FUNCTIONS(LabSummary)

public:
    /// `orders` are one patient's; results older than `hours` before `now` are left out
    /// (0: all of them).
    static LabSummary from(const QList<orders::Order>& orders, const orders::Catalogue& catalogue,
                           const QDateTime& now, int hours);

    /// "K", "Na", "Hb": the abbreviation staff write, or the catalogue's name for a test
    /// that has none (a hospital's own test).
    static QString shortName(const QString& code, const orders::Catalogue& catalogue);
    /// "4.2" as the user writes numbers ("4,2" in French); coded and text values unchanged.
    static QString displayValue(const QString& value);

    QList<LabLatest> latest;   ///< abnormal first (critical first), then by time, newest first
    QList<LabPending> pending; ///< by time ordered
    bool isEmpty() const { return latest.isEmpty() && pending.isEmpty(); }
    bool anyOverdue() const;

    /// "pending K, Na (since 06:10, OVERDUE); Hb (since 07:30, to collect)"; empty when none.
    QString pendingText(const QDateTime& now) const;
    /// "Na 128 L (06:40), K 6.9 HH (06:40), Hb 12.1 (05:55) +3 normal": at most `max` values,
    /// abnormal ones first; the rest counted. Empty when there is no result.
    QString latestText(const QDateTime& now, int max) const;
    /// "HH critical", "L low": the flag's letters and what they mean; empty for a normal value.
    static QString flagText(orders::ResultFlag flag);
    /// "06:40" today, "06/12 06:40" another day.
    static QString timeText(const QDateTime& t, const QDateTime& now);
};

} // namespace wp::printing
