#include "SituationReport.h"

#include "FlowWriter.h"
#include "PageFrame.h"
#include "PatientPrintData.h"
#include "PrintStyle.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "site/SiteService.h"

namespace wp::printing {

Result<std::unique_ptr<SituationReport>> SituationReport::build(Workspace& ws, int periodHours)
{
    std::unique_ptr<SituationReport> r(new SituationReport);
    const QDateTime now = ws.clock().now();
    r->m_from = now.addSecs(-3600LL * periodHours);
    auto wards = SiteService(ws).wards();
    if (!wards) {
        return wards.error();
    }
    PatientService patients(ws);
    for (const Ward& w : *wards) {
        auto census = patients.census(w.code);
        if (!census) {
            return census.error();
        }
        WardLine line{w.code, w.name, static_cast<int>(w.beds.size()), 0, 0, 0};
        for (const CensusRow& row : *census) {
            if (!row.patient) {
                continue;
            }
            ++line.occupied;
            auto data = PatientPrintData::load(ws, *row.patient);
            if (!data) {
                return data.error();
            }
            if (const PrintObservation* o = data->latestObservation()) {
                line.highRisk += o->news2.risk == clinical::News2Risk::High ? 1 : 0;
                line.mediumRisk += o->news2.risk == clinical::News2Risk::Medium ? 1 : 0;
            }
        }
        r->m_wards << line;
    }
    auto movements =
        RecordStore(ws).latestOfKindBetween(QStringLiteral("movement"), r->m_from, now.addSecs(1));
    if (!movements) {
        return movements.error();
    }
    for (const RecordVersion& v : *movements) {
        const QString type = v.data.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("admit")) {
            ++r->m_admissions;
        } else if (type == QLatin1String("discharge")) {
            ++r->m_discharges;
        } else if (type == QLatin1String("death")) {
            ++r->m_deaths;
        } else if (type == QLatin1String("move")) {
            ++r->m_moves;
        } else if (type == QLatin1String("transfer")) {
            QString destination = v.data.value(QStringLiteral("destination")).toString().trimmed();
            if (destination.isEmpty()) {
                destination = tr("(destination not recorded)");
            }
            r->m_transfers[destination] += 1;
        }
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
    for (const WardLine& l : m_wards) {
        beds += l.beds;
        occupied += l.occupied;
        high += l.highRisk;
        medium += l.mediumRisk;
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
            .arg(std::max(0, beds - occupied))
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
                            QString::number(std::max(0, l.beds - l.occupied)),
                            QString::number(l.highRisk),
                            QString::number(l.mediumRisk)};
    }
    rows << QStringList{tr("Total"),
                        QString::number(beds),
                        QString::number(occupied),
                        QString::number(std::max(0, beds - occupied)),
                        QString::number(high),
                        QString::number(medium)};
    w.table({tr("Ward"), tr("Beds"), tr("Inpatients"), tr("Free beds"), tr("NEWS2 high"), tr("NEWS2 medium")},
            rows, {0.40, 0.12, 0.12, 0.12, 0.12, 0.12});
    w.space(3);

    w.heading(tr("Movements"));
    w.table({tr("Movement"), tr("Count")},
            {{tr("Admissions"), QString::number(m_admissions)},
             {tr("Transfers out to other hospitals"), QString::number(transfers)},
             {tr("Discharges"), QString::number(m_discharges)},
             {tr("Deaths"), QString::number(m_deaths)},
             {tr("Moves between wards or beds"), QString::number(m_moves)}},
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
