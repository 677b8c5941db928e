#pragma once

#include "workspace/Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace wp::hospital {

/// How old what this laptop knows is, from the reader's point of view.
enum class FreshnessLevel {
    Live,    ///< written on this laptop: as current as the screen
    Recent,  ///< the source laptop's newest record is at most recentMinutes old
    Aging,   ///< at most staleMinutes old
    Stale,   ///< older: the figure may be wrong, ask the ward
    Unknown, ///< nothing recorded by that laptop (or by any laptop for that ward)
};

/// The newest record this laptop holds from one laptop (its own included).
struct DeviceFreshness
{
    QString device;
    QDateTime newestRecord; ///< when that laptop recorded its newest record we hold
    qint64 records = 0;     ///< how many record versions we hold from it
    bool thisLaptop = false;
};

/// What every laptop's data is worth here: records from other laptops arrive by bundle (and
/// by the hub), so the newest one we hold from a laptop says how late our copy of its wards
/// can be. One pass over the records when loaded; the lookups afterwards are in memory.
class DeviceFreshnessIndex
{
    Q_DECLARE_TR_FUNCTIONS(DeviceFreshnessIndex)

public:
    /// A figure whose source is older than this is "aging" (amber).
    static constexpr int recentMinutes = 15;
    /// Older than this it is "stale" (red): two hours without news from a ward's laptop.
    static constexpr int staleMinutes = 120;

    /// The newest record time of every laptop whose records this database holds.
    static Result<DeviceFreshnessIndex> load(Workspace& ws);

    /// Every laptop, this one first, then by device code.
    const QList<DeviceFreshness>& devices() const { return m_devices; }
    /// The newest record from `device`; invalid when none.
    QDateTime newest(const QString& device) const;
    bool isThisLaptop(const QString& device) const { return device == m_thisDevice; }
    QString thisDevice() const { return m_thisDevice; }
    /// When the index was loaded (the workspace's clock).
    QDateTime loadedAt() const { return m_loadedAt; }

    /// How fresh data from `device` is at `now`.
    FreshnessLevel level(const QString& device, const QDateTime& now) const;
    /// The level of data recorded at `asOf` by another laptop, at `now`.
    static FreshnessLevel levelOf(const QDateTime& asOf, const QDateTime& now);
    /// "live (this laptop)", "4 min old", "3 h 05 min old — stale", "no data".
    static QString describe(FreshnessLevel level, const QDateTime& asOf, const QDateTime& now);
    /// describe() for `device`'s newest record.
    QString describeDevice(const QString& device, const QDateTime& now) const;
    /// One word for a level: live, recent, aging, stale, unknown (CSV, tests).
    static QString code(FreshnessLevel level);
    /// "3 h 05 min", "4 min", "2 d 3 h": the age of `asOf` at `now`.
    static QString age(const QDateTime& asOf, const QDateTime& now);

private:
    QList<DeviceFreshness> m_devices;
    QHash<QString, qsizetype> m_byDevice;
    QString m_thisDevice;
    QDateTime m_loadedAt;
};

} // namespace wp::hospital
