#include "OrderTexts.h"

#include <QLocale>

namespace wp::gui {

using namespace wp::orders;

QString OrderTexts::name(const Catalogue& c, const QString& code)
{
    if (const auto* p = c.panel(code)) {
        return p->name.text();
    }
    if (const auto* t = c.test(code)) {
        return t->name.text();
    }
    if (const auto* x = c.exam(code)) {
        return x->name.text();
    }
    return code;
}

QString OrderTexts::requested(const Catalogue& c, const Order& o)
{
    QStringList names;
    for (const auto& code : o.requested) {
        names << name(c, code);
    }
    return names.join(QStringLiteral(", "));
}

int OrderTexts::decimals(const Catalogue& c, const QString& code)
{
    const auto* t = c.test(code);
    return t ? t->decimals : 1;
}

QString OrderTexts::range(std::optional<double> low, std::optional<double> high, const QString& unit,
                          int decimals)
{
    const QLocale locale;
    const auto number = [&](double v) {
        return locale.toString(v, 'f', std::max(0, decimals));
    };
    QString text;
    if (low && high) {
        text = QStringLiteral("%1–%2").arg(number(*low), number(*high));
    } else if (low) {
        text = QStringLiteral("> %1").arg(number(*low));
    } else if (high) {
        text = QStringLiteral("< %1").arg(number(*high));
    } else {
        return {};
    }
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

QString OrderTexts::flag(ResultFlag f)
{
    switch (f) {
    case ResultFlag::Normal:
        return tr("normal");
    case ResultFlag::Low:
        return tr("low (L)");
    case ResultFlag::High:
        return tr("high (H)");
    case ResultFlag::CriticalLow:
        return tr("CRITICAL low (LL)");
    case ResultFlag::CriticalHigh:
        return tr("CRITICAL high (HH)");
    case ResultFlag::Abnormal:
        return tr("abnormal (A)");
    case ResultFlag::Critical:
        return tr("CRITICAL (AA)");
    case ResultFlag::None:
        break;
    }
    return {};
}

QColor OrderTexts::flagForeground(ResultFlag f)
{
    switch (f) {
    case ResultFlag::CriticalLow:
    case ResultFlag::CriticalHigh:
    case ResultFlag::Critical:
        return QColor(Qt::white);
    case ResultFlag::Low:
    case ResultFlag::High:
    case ResultFlag::Abnormal:
        return QColor(QStringLiteral("#8d4a00"));
    case ResultFlag::Normal:
        return QColor(QStringLiteral("#2e7d32"));
    case ResultFlag::None:
        break;
    }
    return {};
}

QColor OrderTexts::flagBackground(ResultFlag f)
{
    switch (f) {
    case ResultFlag::CriticalLow:
    case ResultFlag::CriticalHigh:
    case ResultFlag::Critical:
        return QColor(QStringLiteral("#c62828"));
    case ResultFlag::Low:
    case ResultFlag::High:
    case ResultFlag::Abnormal:
        return QColor(QStringLiteral("#fff3e0"));
    default:
        return {};
    }
}

QString OrderTexts::via(const LabResult& r)
{
    if (r.via == QLatin1String("phone")) {
        return tr("phone (%1 → %2)").arg(r.caller, r.receiver);
    }
    if (r.via == QLatin1String("lab")) {
        return tr("laboratory");
    }
    return tr("paper");
}

QString OrderTexts::result(const Catalogue& c, const LabResult& r, int maxReport)
{
    QString value = r.value;
    if (c.exam(r.test) || (c.test(r.test) && c.test(r.test)->type == ValueType::Text)) {
        value = value.simplified();
        if (value.size() > maxReport) {
            value = value.left(maxReport) + QStringLiteral("…");
        }
    } else if (c.test(r.test) && c.test(r.test)->type == ValueType::Numeric) {
        bool ok = false;
        const double v = r.value.toDouble(&ok);
        if (ok) {
            value = QLocale().toString(v, 'f', decimals(c, r.test));
        }
    }
    QStringList parts{name(c, r.test), value};
    if (!r.unit.isEmpty()) {
        parts << r.unit;
    }
    if (const QString s = shortLabel(r.flag); !s.isEmpty()) {
        parts << s;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace wp::gui
