#include "HandoverShift.h"

namespace wp::printing {

namespace {
int startHour(HandoverShift::Kind kind)
{
    switch (kind) {
    case HandoverShift::Morning:
        return 7;
    case HandoverShift::Afternoon:
        return 14;
    case HandoverShift::Night:
        break;
    }
    return 21;
}
} // namespace

QString HandoverShift::code(Kind kind)
{
    switch (kind) {
    case Morning:
        return QStringLiteral("morning");
    case Afternoon:
        return QStringLiteral("afternoon");
    case Night:
        break;
    }
    return QStringLiteral("night");
}

std::optional<HandoverShift::Kind> HandoverShift::fromCode(const QString& text)
{
    for (Kind k : {Morning, Afternoon, Night}) {
        if (text.trimmed().compare(code(k), Qt::CaseInsensitive) == 0) {
            return k;
        }
    }
    return std::nullopt;
}

QString HandoverShift::label(Kind kind)
{
    switch (kind) {
    case Morning:
        return tr("Morning shift (07:00–14:00)");
    case Afternoon:
        return tr("Afternoon shift (14:00–21:00)");
    case Night:
        break;
    }
    return tr("Night shift (21:00–07:00)");
}

HandoverShift::Kind HandoverShift::current(const QDateTime& now)
{
    const int hour = now.toLocalTime().time().hour();
    if (hour >= 7 && hour < 14) {
        return Morning;
    }
    if (hour >= 14 && hour < 21) {
        return Afternoon;
    }
    return Night;
}

std::pair<QDateTime, QDateTime> HandoverShift::window(Kind kind, const QDateTime& now)
{
    const QDateTime local = now.toLocalTime();
    const int length = kind == Night ? 10 : 7;
    // Start from yesterday's occurrence so that a night that began yesterday is found.
    QDateTime start(local.date().addDays(-1), QTime(startHour(kind), 0));
    while (start.addSecs(3600 * length) <= local) {
        start = start.addDays(1);
    }
    return {start, start.addSecs(3600 * length)};
}

} // namespace wp::printing
