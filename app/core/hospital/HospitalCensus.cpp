#include "HospitalCensus.h"

#include "TransferRegister.h"
#include "site/SiteService.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace wp::hospital {

namespace {

/// The oldest of the sources' newest records (a ward fed by two laptops is as current as the
/// later of the two to have sent news), and its level; Live only when every source is this laptop.
void applyFreshness(WardCensus& w, const QSet<QString>& sources, const DeviceFreshnessIndex& index,
                    const QDateTime& now)
{
    w.sources = QStringList(sources.cbegin(), sources.cend());
    w.sources.sort();
    w.dataAsOf = {};
    bool allLive = !sources.isEmpty();
    for (const QString& device : w.sources) {
        if (index.isThisLaptop(device)) {
            continue;
        }
        allLive = false;
        const QDateTime newest = index.newest(device);
        if (!w.dataAsOf.isValid() || (newest.isValid() && newest < w.dataAsOf)) {
            w.dataAsOf = newest;
        }
    }
    if (allLive) {
        w.dataAsOf = now;
        w.freshness = FreshnessLevel::Live;
    } else {
        w.freshness = DeviceFreshnessIndex::levelOf(w.dataAsOf, now);
    }
}

} // namespace

Result<HospitalCensus> HospitalCensus::load(Workspace& ws, int periodHours, const DeviceFreshnessIndex* given)
{
    std::optional<DeviceFreshnessIndex> loaded;
    if (!given) {
        auto index = DeviceFreshnessIndex::load(ws);
        if (!index) {
            return index.error();
        }
        loaded = std::move(*index);
        given = &*loaded;
    }
    const DeviceFreshnessIndex& freshness = *given;
    HospitalCensus c;
    c.m_now = ws.clock().now();
    c.m_hours = periodHours;
    c.m_from = c.m_now.addSecs(-3600LL * periodHours);

    auto wards = SiteService(ws).wards();
    if (!wards) {
        return wards.error();
    }
    QHash<QString, qsizetype> byCode;
    QHash<QString, QSet<QString>> bedsOf;
    for (const Ward& w : *wards) {
        WardCensus line;
        line.code = w.code;
        line.name = w.name;
        line.beds = static_cast<int>(w.beds.size());
        byCode.insert(w.code, c.m_wards.size());
        bedsOf.insert(w.code, QSet<QString>(w.beds.cbegin(), w.beds.cend()));
        c.m_wards << line;
    }
    const auto wardLine = [&](const QString& code) -> WardCensus& {
        auto it = byCode.constFind(code);
        if (it == byCode.cend()) {
            // Admitted to a ward this laptop has no definition of: shown rather than lost.
            WardCensus line;
            line.code = code;
            line.name = code;
            it = byCode.insert(code, c.m_wards.size());
            c.m_wards << line;
        }
        return c.m_wards[*it];
    };

    auto movements = TransferRegister(ws).movements({}, c.m_now.addSecs(1), false);
    if (!movements) {
        return movements.error();
    }
    QHash<QString, QString> lastDevice; // patient → laptop of their latest movement
    QHash<QString, QSet<QString>> sources;
    for (const HospitalMovement& m : *movements) {
        lastDevice.insert(m.patientId, m.device);
        if (m.at < c.m_from) {
            continue;
        }
        c.m_movements << m;
        if (!m.toWard.isEmpty() && m.arrivesIn(m.toWard)) {
            ++wardLine(m.toWard).arriving;
            sources[m.toWard].insert(m.device);
        }
        if (!m.fromWard.isEmpty() && m.leaves(m.fromWard)) {
            ++wardLine(m.fromWard).leaving;
            sources[m.fromWard].insert(m.device);
        }
    }

    auto stmt = ws.db().prepare(
        QStringLiteral("SELECT id, ward_code, bed_label FROM patient WHERE status = 'admitted' AND ward_code "
                       "IS NOT NULL"));
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
        const QString code = stmt->text(1);
        WardCensus& line = wardLine(code);
        if (!stmt->isNull(2) && bedsOf.value(code).contains(stmt->text(2))) {
            ++line.occupied;
        } else {
            ++line.unplaced;
        }
        if (const QString device = lastDevice.value(stmt->text(0)); !device.isEmpty()) {
            sources[code].insert(device);
        }
    }

    QSet<QString> everySource;
    c.m_total = WardCensus();
    for (WardCensus& w : c.m_wards) {
        const QSet<QString> s = sources.value(w.code);
        applyFreshness(w, s, freshness, c.m_now);
        everySource.unite(s);
        c.m_total.beds += w.beds;
        c.m_total.occupied += w.occupied;
        c.m_total.unplaced += w.unplaced;
        c.m_total.arriving += w.arriving;
        c.m_total.leaving += w.leaving;
    }
    applyFreshness(c.m_total, everySource, freshness, c.m_now);
    return c;
}

} // namespace wp::hospital
