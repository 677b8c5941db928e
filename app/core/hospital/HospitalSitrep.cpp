#include "HospitalSitrep.h"

#include "HospitalCensus.h"
#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "records/RecordStore.h"

#include <QHash>
#include <QJsonDocument>

namespace wp::hospital {

namespace {

/// Admitted patients by ward with their latest observation's NEWS2 total (complete sets only).
Result<QHash<QString, std::pair<int, int>>> news2ByWard(Workspace& ws)
{
    // The latest observation of each admitted patient through the per-patient index.
    auto stmt = ws.db().prepare(
        QStringLiteral(
            "SELECT p.ward_code, (SELECT r.data FROM record_version r WHERE r.patient_id = p.id AND "
            "r.kind = 'observation' AND r.entered_in_error = 0 AND %1 ORDER BY r.occurred_at DESC, "
            "r.created_at DESC LIMIT 1) FROM patient p WHERE p.status = 'admitted'")
            .arg(RecordStore::isCurrentVersion(QStringLiteral("r"))));
    if (!stmt) {
        return stmt.error();
    }
    QHash<QString, std::pair<int, int>> counts;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return counts;
        }
        if (stmt->isNull(1)) {
            continue;
        }
        const QJsonObject values = QJsonDocument::fromJson(stmt->text(1).toUtf8()).object();
        const auto result = clinical::News2::score(clinical::FormComputation::news2Input(values));
        if (!result.total) {
            continue;
        }
        auto& c = counts[stmt->text(0)];
        c.first += *result.total >= 5 ? 1 : 0;
        c.second += *result.total >= 7 ? 1 : 0;
    }
}

/// Patients still admitted with a transfer form recorded since their admission, by ward.
Result<QHash<QString, int>> pendingTransfers(Workspace& ws)
{
    auto stmt = ws.db().prepare(
        QStringLiteral(
            "SELECT p.ward_code, count(*) FROM patient p WHERE p.status = 'admitted' AND EXISTS "
            "(SELECT 1 FROM record_version r WHERE r.patient_id = p.id AND r.kind = 'transfer' AND "
            "r.entered_in_error = 0 AND %1 AND (p.admitted_at IS NULL OR r.created_at >= "
            "p.admitted_at)) GROUP BY p.ward_code")
            .arg(RecordStore::isCurrentVersion(QStringLiteral("r"))));
    if (!stmt) {
        return stmt.error();
    }
    QHash<QString, int> pending;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return pending;
        }
        pending.insert(stmt->text(0), stmt->integer(1));
    }
}

} // namespace

int HospitalSitrep::postponedOperations() const
{
    int n = 0;
    if (theatre) {
        for (int count : theatre->postponedByPriority) {
            n += count;
        }
    }
    return n;
}

Result<HospitalSitrep> HospitalSitrep::build(Workspace& ws, int periodHours)
{
    auto freshness = DeviceFreshnessIndex::load(ws);
    if (!freshness) {
        return freshness.error();
    }
    auto census = HospitalCensus::load(ws, periodHours, &*freshness);
    if (!census) {
        return census.error();
    }
    auto news2 = news2ByWard(ws);
    if (!news2) {
        return news2.error();
    }
    auto pending = pendingTransfers(ws);
    if (!pending) {
        return pending.error();
    }
    HospitalSitrep s;
    s.now = census->now();
    s.periodStart = census->periodStart();
    s.periodHours = periodHours;
    s.devices = freshness->devices();
    for (const WardCensus& w : census->wards()) {
        SitrepWard line;
        line.census = w;
        line.news2AtLeast5 = news2->value(w.code).first;
        line.news2AtLeast7 = news2->value(w.code).second;
        line.pendingTransfers = pending->value(w.code);
        s.total.news2AtLeast5 += line.news2AtLeast5;
        s.total.news2AtLeast7 += line.news2AtLeast7;
        s.total.pendingTransfers += line.pendingTransfers;
        s.wards << line;
    }
    s.total.census = census->total();

    // The census replayed every movement already: its period's are the report's.
    for (const HospitalMovement& m : census->periodMovements()) {
        switch (m.type) {
        case HospitalMovement::Type::Admission:
            ++s.admissions;
            break;
        case HospitalMovement::Type::Move:
            s.wardMoves += m.changesWard() ? 1 : 0;
            break;
        case HospitalMovement::Type::TransferOut:
            ++s.transfersOut;
            s.transfersByDestination[m.destination.isEmpty() ? tr("(destination not recorded)")
                                                             : m.destination] += 1;
            break;
        case HospitalMovement::Type::Discharge:
            ++s.discharges;
            break;
        case HospitalMovement::Type::Death:
            ++s.deaths;
            break;
        }
    }
    s.theatre = printing::TheatreSummary::load(ws, s.now.toLocalTime().date());
    return s;
}

} // namespace wp::hospital
