#include "DeviceFreshnessIndex.h"

#include <algorithm>

namespace wp::hospital {

Result<DeviceFreshnessIndex> DeviceFreshnessIndex::load(Workspace& ws)
{
    DeviceFreshnessIndex index;
    index.m_thisDevice = ws.deviceCode();
    index.m_loadedAt = ws.clock().now();
    // No index on device: one pass over the records (about 60 ms per million versions here,
    // docs/performance.md), done when a view refreshes, never per keystroke.
    auto stmt = ws.db().prepare(
        QStringLiteral("SELECT device, max(created_at), count(*) FROM record_version GROUP BY device"));
    if (!stmt) {
        return stmt.error();
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        DeviceFreshness d;
        d.device = stmt->text(0);
        d.newestRecord = fromStorageTime(stmt->text(1));
        d.records = stmt->int64(2);
        d.thisLaptop = d.device == index.m_thisDevice;
        index.m_devices << d;
    }
    if (std::none_of(index.m_devices.cbegin(), index.m_devices.cend(),
                     [](const DeviceFreshness& d) { return d.thisLaptop; })) {
        index.m_devices << DeviceFreshness{index.m_thisDevice, {}, 0, true};
    }
    std::sort(index.m_devices.begin(), index.m_devices.end(),
              [](const DeviceFreshness& a, const DeviceFreshness& b) {
                  return a.thisLaptop != b.thisLaptop ? a.thisLaptop : a.device < b.device;
              });
    for (qsizetype i = 0; i < index.m_devices.size(); ++i) {
        index.m_byDevice.insert(index.m_devices[i].device, i);
    }
    return index;
}

QDateTime DeviceFreshnessIndex::newest(const QString& device) const
{
    const auto it = m_byDevice.constFind(device);
    return it == m_byDevice.cend() ? QDateTime() : m_devices[*it].newestRecord;
}

FreshnessLevel DeviceFreshnessIndex::level(const QString& device, const QDateTime& now) const
{
    if (device.isEmpty()) {
        return FreshnessLevel::Unknown;
    }
    if (isThisLaptop(device)) {
        return FreshnessLevel::Live;
    }
    return levelOf(newest(device), now);
}

FreshnessLevel DeviceFreshnessIndex::levelOf(const QDateTime& asOf, const QDateTime& now)
{
    if (!asOf.isValid()) {
        return FreshnessLevel::Unknown;
    }
    const qint64 minutes = asOf.secsTo(now) / 60;
    if (minutes <= recentMinutes) {
        return FreshnessLevel::Recent;
    }
    return minutes <= staleMinutes ? FreshnessLevel::Aging : FreshnessLevel::Stale;
}

QString DeviceFreshnessIndex::age(const QDateTime& asOf, const QDateTime& now)
{
    // A record from a laptop whose clock is ahead of ours is "now", not a negative age.
    const qint64 minutes = std::max<qint64>(0, asOf.secsTo(now) / 60);
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 48 * 60) {
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString DeviceFreshnessIndex::describe(FreshnessLevel level, const QDateTime& asOf, const QDateTime& now)
{
    switch (level) {
    case FreshnessLevel::Live:
        return tr("live (this laptop)");
    case FreshnessLevel::Recent:
    case FreshnessLevel::Aging:
        //: %1 is an age such as "4 min" or "1 h 05 min".
        return tr("%1 old").arg(age(asOf, now));
    case FreshnessLevel::Stale:
        return tr("%1 old — STALE").arg(age(asOf, now));
    case FreshnessLevel::Unknown:
        break;
    }
    return tr("no data");
}

QString DeviceFreshnessIndex::describeDevice(const QString& device, const QDateTime& now) const
{
    return describe(level(device, now), newest(device), now);
}

QString DeviceFreshnessIndex::code(FreshnessLevel level)
{
    switch (level) {
    case FreshnessLevel::Live:
        return QStringLiteral("live");
    case FreshnessLevel::Recent:
        return QStringLiteral("recent");
    case FreshnessLevel::Aging:
        return QStringLiteral("aging");
    case FreshnessLevel::Stale:
        return QStringLiteral("stale");
    case FreshnessLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace wp::hospital
