#include "SituationReport.h"

#include "FlowWriter.h"
#include "PageFrame.h"
#include "PrintStyle.h"
#include "hospital/HospitalSitrep.h"
#include "records/RecordStore.h"

namespace wp::printing {

using hospital::DeviceFreshnessIndex;

Result<std::unique_ptr<SituationReport>> SituationReport::build(Workspace& ws, int periodHours)
{
    std::unique_ptr<SituationReport> r(new SituationReport);
    const QDateTime now = ws.clock().now();
    r->m_from = now.addSecs(-3600LL * periodHours);
    auto sitrep = hospital::HospitalSitrep::build(ws, periodHours);
    if (!sitrep) {
        return sitrep.error();
    }
    for (const hospital::SitrepWard& w : sitrep->wards) {
        r->m_wards << WardLine{w.census.code,
                               w.census.name,
                               w.census.beds,
                               w.census.patients(),
                               w.news2AtLeast7,
                               w.news2AtLeast5 - w.news2AtLeast7,
                               w.census.free(),
                               w.pendingTransfers,
                               DeviceFreshnessIndex::describe(w.census.freshness, w.census.dataAsOf, now)};
    }
    r->m_admissions = sitrep->admissions;
    r->m_discharges = sitrep->discharges;
    r->m_deaths = sitrep->deaths;
    r->m_moves = sitrep->wardMoves;
    r->m_transfers = sitrep->transfersByDestination;
    for (const auto& d : sitrep->devices) {
        const auto level = d.thisLaptop ? hospital::FreshnessLevel::Live
                                        : DeviceFreshnessIndex::levelOf(d.newestRecord, now);
        r->m_devices << QStringList{d.device, QString::number(d.records),
                                    d.newestRecord.isValid() ? PageFrame::formatDateTime(d.newestRecord)
                                                             : QString(),
                                    DeviceFreshnessIndex::describe(level, d.newestRecord, now)};
    }
    r->m_theatre = TheatreSummary::load(ws, now.toLocalTime().date());

    PageInfo& info = r->m_info;
    info.title = tr("Situation report");
    info.subtitle = tr("last %1 hours, since %2").arg(periodHours).arg(PageFrame::formatDateTime(r->m_from));
    info.hospital = ws.hospitalName();
    info.printedAt = now;
    info.printedBy = ws.currentUser() ? ws.currentUser()->login : QString();
    auto newest = RecordStore(ws).newestOccurrence();
    if (!newest) {
        return newest.error();
    }
    info.newestData = *newest;
    return r;
}

QString SituationReport::suggestedFileName() const
{
    return QStringLiteral("sitrep-%1")
        .arg(m_info.printedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
}

PageInfo SituationReport::pageInfo(int) const
{
    return m_info;
}

int SituationReport::layout(PrintCanvas& c, const QRectF& body)
{
    m_flow = BlockFlow();
    FlowWriter w(c, m_flow, body.width());
    int beds = 0;
    int occupied = 0;
    int high = 0;
    int medium = 0;
    int free = 0;
    int pending = 0;
    for (const WardLine& l : m_wards) {
        beds += l.beds;
        occupied += l.occupied;
        high += l.highRisk;
        medium += l.mediumRisk;
        free += l.free;
        pending += l.pendingTransfers;
    }
    int transfers = 0;
    for (int n : m_transfers) {
        transfers += n;
    }

    TextStack keyFigures;
    keyFigures.add(
        tr("Inpatients: %1 · free beds: %2 · admissions: %3 · transfers out: %4 · discharges: %5 · "
           "deaths: %6")
            .arg(occupied)
            .arg(free)
            .arg(m_admissions)
            .arg(transfers)
            .arg(m_discharges)
            .arg(m_deaths),
        c.font(10.5, true), Qt::black, 0);
    w.box(keyFigures, Qt::black, 0.5);
    w.space(3);

    w.heading(tr("Inpatients by ward"));
    QList<QStringList> rows;
    for (const WardLine& l : m_wards) {
        rows << QStringList{QStringLiteral("%1 — %2").arg(l.code, l.name),
                            QString::number(l.beds),
                            QString::number(l.occupied),
                            QString::number(l.free),
                            QString::number(l.highRisk),
                            QString::number(l.mediumRisk),
                            QString::number(l.pendingTransfers),
                            l.dataAge};
    }
    rows << QStringList{
        tr("Total"),           QString::number(beds),   QString::number(occupied), QString::number(free),
        QString::number(high), QString::number(medium), QString::number(pending),  QString()};
    w.table({tr("Ward"), tr("Beds"), tr("Inpatients"), tr("Free beds"), tr("NEWS2 high"), tr("NEWS2 medium"),
             tr("Transfers pending"), tr("Data")},
            rows, {0.25, 0.08, 0.10, 0.08, 0.09, 0.10, 0.10, 0.20});
    w.paragraph(tr("NEWS2 high: 7 or more; medium: 5 or 6. A ward's data is as recent as the newest record "
                   "received from the laptops that record its movements; call a ward marked STALE."),
                c.font(PrintStyle::small, false, true), PrintStyle::muted());
    w.space(3);

    w.heading(tr("Movements"));
    w.table({tr("Movement"), tr("Count")},
            {{tr("Admissions"), QString::number(m_admissions)},
             {tr("Transfers out to other hospitals"), QString::number(transfers)},
             {tr("Discharges"), QString::number(m_discharges)},
             {tr("Deaths"), QString::number(m_deaths)},
             {tr("Moves between wards"), QString::number(m_moves)}},
            {0.7, 0.3});
    w.space(3);

    w.heading(tr("Transfers out by destination"));
    if (m_transfers.isEmpty()) {
        w.paragraph(tr("No transfer out in the period."), c.font(PrintStyle::body, false, true),
                    PrintStyle::muted());
    } else {
        QList<QStringList> dest;
        for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
            dest << QStringList{it.key(), QString::number(it.value())};
        }
        w.table({tr("Destination"), tr("Patients")}, dest, {0.7, 0.3});
    }
    w.space(3);

    w.heading(tr("Theatres"));
    if (!m_theatre) {
        w.paragraph(tr("No theatre data: no theatre list has been imported on this laptop."),
                    c.font(PrintStyle::body, true));
    } else {
        const TheatreSummary& t = *m_theatre;
        w.table({tr("Theatre capacity"), tr("Open"), tr("Closed")},
                {{tr("Theatres today"), QString::number(t.theatresOpenToday),
                  QString::number(t.theatresClosedToday)},
                 {tr("Sessions from today on"), QString::number(t.sessionsOpen),
                  QString::number(t.sessionsClosed)}},
                {0.5, 0.25, 0.25});
        w.space(2);
        QList<QStringList> prio;
        int total = 0;
        for (const QString& p :
             {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4")}) {
            prio << QStringList{p, QString::number(t.postponedByPriority.value(p))};
            total += t.postponedByPriority.value(p);
        }
        prio << QStringList{tr("Total"), QString::number(total)};
        w.table({t.fromPlan ? tr("Operations postponed (not in the new plan), by priority")
                            : tr("Operations booked in closed sessions, by priority"),
                 tr("Operations")},
                prio, {0.7, 0.3});
        w.paragraph(tr("Source: %1").arg(t.source), c.font(PrintStyle::small, false, true),
                    PrintStyle::muted());
    }
    w.space(3);
    w.heading(tr("Newest record held from each laptop"));
    w.table({tr("Laptop"), tr("Records"), tr("Newest record"), tr("Data")}, m_devices, {0.2, 0.2, 0.3, 0.3});
    w.space(4);
    w.signatureLine(tr("Report checked by"));
    w.signatureLine(tr("Sent to the crisis unit at"));
    return m_flow.paginate(body.height(), 0);
}

void SituationReport::paintPage(PrintCanvas& canvas, const QRectF& body, int page)
{
    m_flow.paintPage(canvas, body, page);
}

} // namespace wp::printing
