#pragma once

// Laptops that edit, sync and are compared, for the hub tests.

#include "HubCluster.h"

#include "hub/HubSync.h"
#include "records/RecordStore.h"

#include <QRandomGenerator>

namespace wp::test {

/// `n` edits on `l`: registrations, admissions, observations (refusals are part of the game).
inline void edit(Laptop& l, int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    PatientService patients(*l.ws);
    static const QStringList beds{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4")};
    QStringList mine;
    for (int i = 0; i < n; ++i) {
        l.clock.advanceSeconds(30);
        const int op = mine.isEmpty() ? 0 : static_cast<int>(rng.bounded(4));
        if (op == 0) {
            auto p = registerPatient(
                l, QStringLiteral("Hub"), QStringLiteral("Claude"),
                QDate(1940 + static_cast<int>(rng.bounded(60)), 1 + static_cast<int>(rng.bounded(12)), 1));
            mine << p.id;
        } else if (op == 1) {
            (void)patients.admit(mine.at(rng.bounded(static_cast<int>(mine.size()))), QStringLiteral("MED"),
                                 beds.at(rng.bounded(4)), l.clock.now(), QStringLiteral("edit %1").arg(i));
        } else {
            auto obs = RecordStore(*l.ws).create(
                QStringLiteral("observation"), mine.at(rng.bounded(static_cast<int>(mine.size()))),
                {{QStringLiteral("pulse"), 60 + static_cast<int>(rng.bounded(60))}}, l.clock.now());
            REQUIRE(obs.ok());
        }
    }
}

inline hub::HubSyncSummary sync(Laptop& l, int batch = 2000)
{
    hub::HubSync s(*l.ws);
    s.setBatchSize(batch);
    auto r = s.syncOnce();
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    return *r;
}

/// Record versions written on `l` itself.
inline qint64 ownVersions(Laptop& l)
{
    auto s = l.ws->db().prepare(QStringLiteral("SELECT count(*) FROM record_version WHERE device = ?1"));
    REQUIRE(s.ok());
    s->bind(1, l.ws->deviceCode());
    REQUIRE(*s->step());
    return s->int64(0);
}

} // namespace wp::test
