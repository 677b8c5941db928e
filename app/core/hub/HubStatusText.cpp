#include "HubStatusText.h"

namespace wp::hub {

namespace {

QString ago(const QDateTime& then, const QDateTime& now)
{
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    if (s < 120) {
        return HubStatusText::tr("%1 s ago").arg(s);
    }
    if (s < 7200) {
        return HubStatusText::tr("%1 min ago").arg(s / 60);
    }
    return HubStatusText::tr("since %1").arg(then.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")));
}

} // namespace

QString HubStatusText::describe(const std::optional<HubLink>& link, qint64 waiting, const QDateTime& now)
{
    if (!link) {
        return tr("Hub: off (this laptop works alone; bundles carry its data)");
    }
    if (link->unreachableSince.isValid()) {
        return tr("Hub: %n change(s) waiting — unreachable since %1, working offline", nullptr, int(waiting))
            .arg(link->unreachableSince.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    if (!link->lastSyncAt.isValid()) {
        return tr("Hub: joined, not synchronised yet (%n change(s) waiting)", nullptr, int(waiting));
    }
    if (link->alarms > 0) {
        return tr("Hub: integrity alarm (%n record version(s) refused by the hub) — call the IT team",
                  nullptr, int(link->alarms));
    }
    if (waiting > 0) {
        return tr("Hub: %n change(s) waiting (last sync %1)", nullptr, int(waiting))
            .arg(ago(link->lastSyncAt, now));
    }
    return tr("Hub: up to date (%1)").arg(ago(link->lastSyncAt, now));
}

} // namespace wp::hub
