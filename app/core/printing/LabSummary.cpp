#include "LabSummary.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace wp::printing {

namespace {

using orders::ResultFlag;

/// 2 critical, 1 out of range, 0 normal or unflagged: the order results are listed in.
int severity(ResultFlag f)
{
    switch (f) {
    case ResultFlag::CriticalLow:
    case ResultFlag::CriticalHigh:
    case ResultFlag::Critical:
        return 2;
    case ResultFlag::Low:
    case ResultFlag::High:
    case ResultFlag::Abnormal:
        return 1;
    case ResultFlag::Normal:
    case ResultFlag::None:
        break;
    }
    return 0;
}

QString testName(const QString& code, const orders::Catalogue& catalogue)
{
    if (const orders::LabTest* t = catalogue.test(code)) {
        return t->name.text();
    }
    if (const orders::ImagingExam* e = catalogue.exam(code)) {
        return e->name.text();
    }
    return code;
}

} // namespace

bool LabLatest::abnormal() const
{
    return severity(flag) > 0;
}

QString LabSummary::shortName(const QString& code, const orders::Catalogue& catalogue)
{
    // The catalogue has no abbreviations: these are the ones written on ward whiteboards for
    // the shipped tests (LOINC codes). A hospital's own test prints its catalogue name.
    static const QHash<QString, const char*> abbreviations{
        {QStringLiteral("2951-2"), QT_TRANSLATE_NOOP("LabSummary", "Na")},
        {QStringLiteral("2823-3"), QT_TRANSLATE_NOOP("LabSummary", "K")},
        {QStringLiteral("2075-0"), QT_TRANSLATE_NOOP("LabSummary", "Cl")},
        {QStringLiteral("1963-8"), QT_TRANSLATE_NOOP("LabSummary", "HCO3")},
        {QStringLiteral("22664-7"), QT_TRANSLATE_NOOP("LabSummary", "Urea")},
        {QStringLiteral("14682-9"), QT_TRANSLATE_NOOP("LabSummary", "Creat")},
        {QStringLiteral("14749-6"), QT_TRANSLATE_NOOP("LabSummary", "Gluc")},
        {QStringLiteral("1994-3"), QT_TRANSLATE_NOOP("LabSummary", "iCa")},
        {QStringLiteral("2524-7"), QT_TRANSLATE_NOOP("LabSummary", "Lact")},
        {QStringLiteral("1988-5"), QT_TRANSLATE_NOOP("LabSummary", "CRP")},
        {QStringLiteral("10839-9"), QT_TRANSLATE_NOOP("LabSummary", "TnI")},
        {QStringLiteral("1742-6"), QT_TRANSLATE_NOOP("LabSummary", "ALT")},
        {QStringLiteral("1920-8"), QT_TRANSLATE_NOOP("LabSummary", "AST")},
        {QStringLiteral("14631-6"), QT_TRANSLATE_NOOP("LabSummary", "Bili")},
        {QStringLiteral("6768-6"), QT_TRANSLATE_NOOP("LabSummary", "ALP")},
        {QStringLiteral("2324-2"), QT_TRANSLATE_NOOP("LabSummary", "GGT")},
        {QStringLiteral("718-7"), QT_TRANSLATE_NOOP("LabSummary", "Hb")},
        {QStringLiteral("777-3"), QT_TRANSLATE_NOOP("LabSummary", "Plt")},
        {QStringLiteral("6690-2"), QT_TRANSLATE_NOOP("LabSummary", "WBC")},
        {QStringLiteral("6301-6"), QT_TRANSLATE_NOOP("LabSummary", "INR")},
        {QStringLiteral("2744-1"), QT_TRANSLATE_NOOP("LabSummary", "pH")},
        {QStringLiteral("2019-8"), QT_TRANSLATE_NOOP("LabSummary", "pCO2")},
        {QStringLiteral("2703-7"), QT_TRANSLATE_NOOP("LabSummary", "pO2")},
        {QStringLiteral("600-7"), QT_TRANSLATE_NOOP("LabSummary", "Blood culture")},
        {QStringLiteral("882-1"), QT_TRANSLATE_NOOP("LabSummary", "Group")},
        {QStringLiteral("890-9"), QT_TRANSLATE_NOOP("LabSummary", "Ab screen")}};
    const auto it = abbreviations.constFind(code);
    return it == abbreviations.cend() ? testName(code, catalogue) : tr(it.value());
}

QString LabSummary::displayValue(const QString& value)
{
    bool ok = false;
    value.toDouble(&ok);
    if (!ok) {
        return value;
    }
    // Stored normalised with a point; the decimals as entered are kept.
    QString shown = value;
    shown.replace(QLatin1Char('.'), QLocale().decimalPoint());
    return shown;
}

LabSummary LabSummary::from(const QList<orders::Order>& list, const orders::Catalogue& catalogue,
                            const QDateTime& now, int hours)
{
    LabSummary s;
    QHash<QString, LabLatest> latest;
    const QDateTime since = hours > 0 ? now.addSecs(-qint64(hours) * 3600) : QDateTime();
    for (const orders::Order& o : list) {
        if (o.isOpen()) {
            LabPending p;
            p.number = o.number;
            p.type = o.type;
            p.priority = o.priority;
            p.status = o.status;
            p.orderedAt = o.orderedAt;
            p.overdue = o.isOverdue(now);
            const QStringList missing = o.type == orders::OrderType::Imaging ? o.tests : o.missingTests();
            for (const QString& code : missing) {
                p.names << testName(code, catalogue);
                p.shortNames << (o.type == orders::OrderType::Imaging ? testName(code, catalogue)
                                                                      : shortName(code, catalogue));
            }
            s.pending << p;
        }
        if (o.type != orders::OrderType::Laboratory) {
            continue; // an imaging report is a text, not a value for these lists
        }
        for (const orders::LabResult& r : o.results) {
            const QDateTime at = r.resultedAt.isValid() ? r.resultedAt : r.recordedAt;
            if ((since.isValid() && at < since) || at > now) {
                continue;
            }
            const auto known = latest.constFind(r.test);
            if (known != latest.cend() && known->at >= at) {
                continue;
            }
            LabLatest l;
            l.test = r.test;
            l.name = testName(r.test, catalogue);
            l.shortName = shortName(r.test, catalogue);
            l.value = displayValue(r.value);
            l.unit = r.unit;
            l.flag = r.flag;
            l.at = at;
            latest.insert(r.test, l);
        }
    }
    s.latest = latest.values();
    std::sort(s.latest.begin(), s.latest.end(), [](const LabLatest& a, const LabLatest& b) {
        if (severity(a.flag) != severity(b.flag)) {
            return severity(a.flag) > severity(b.flag);
        }
        if (a.at != b.at) {
            return a.at > b.at;
        }
        return a.name < b.name;
    });
    std::stable_sort(s.pending.begin(), s.pending.end(),
                     [](const LabPending& a, const LabPending& b) { return a.orderedAt < b.orderedAt; });
    return s;
}

bool LabSummary::anyOverdue() const
{
    return std::any_of(pending.cbegin(), pending.cend(), [](const LabPending& p) { return p.overdue; });
}

QString LabSummary::flagText(orders::ResultFlag flag)
{
    const QString letters = orders::shortLabel(flag);
    switch (flag) {
    case ResultFlag::Low:
        return tr("%1 low").arg(letters);
    case ResultFlag::High:
        return tr("%1 high").arg(letters);
    case ResultFlag::Abnormal:
        return tr("%1 abnormal").arg(letters);
    case ResultFlag::CriticalLow:
    case ResultFlag::CriticalHigh:
    case ResultFlag::Critical:
        return tr("%1 CRITICAL").arg(letters);
    case ResultFlag::Normal:
    case ResultFlag::None:
        break;
    }
    return {};
}

QString LabSummary::timeText(const QDateTime& t, const QDateTime& now)
{
    const QDateTime local = t.toLocalTime();
    if (local.date() == now.toLocalTime().date()) {
        return local.toString(QStringLiteral("HH:mm"));
    }
    return QLocale().toString(local, QStringLiteral("dd/MM HH:mm"));
}

QString LabSummary::pendingText(const QDateTime& now) const
{
    QStringList parts;
    for (const LabPending& p : pending) {
        QStringList notes{tr("since %1").arg(timeText(p.orderedAt, now))};
        if (p.priority != orders::Priority::Routine) {
            notes.prepend(orders::label(p.priority).toUpper());
        }
        if (p.overdue) {
            notes << tr("OVERDUE");
        } else if (p.status == orders::OrderStatus::Ordered && p.type == orders::OrderType::Laboratory) {
            notes << tr("to collect");
        }
        parts << QStringLiteral("%1 (%2)").arg(p.shortNames.join(QStringLiteral(", ")),
                                               notes.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString LabSummary::latestText(const QDateTime& now, int max) const
{
    // Consecutive values taken at the same time share it: "Na 128 L, K 6.9 HH (06:40)".
    QStringList parts;
    QStringList group;
    QString groupTime;
    int shown = 0;
    int more = 0;
    const auto flush = [&] {
        if (!group.isEmpty()) {
            parts << QStringLiteral("%1 (%2)").arg(group.join(QStringLiteral(", ")), groupTime);
            group.clear();
        }
    };
    for (const LabLatest& l : latest) {
        if (shown >= max) {
            ++more;
            continue;
        }
        ++shown;
        const QString time = timeText(l.at, now);
        if (time != groupTime) {
            flush();
            groupTime = time;
        }
        QString part = QStringLiteral("%1 %2").arg(l.shortName, l.value);
        if (const QString flag = orders::shortLabel(l.flag); !flag.isEmpty()) {
            part += QLatin1Char(' ') + flag;
        }
        group << part;
    }
    flush();
    QString text = parts.join(QStringLiteral(", "));
    if (more > 0) {
        text += QLatin1Char(' ') + tr("+%n more", nullptr, more);
    }
    return text;
}

} // namespace wp::printing
