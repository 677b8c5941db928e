#include "HandoverSheet.h"

#include "PageFrame.h"
#include "PrintStyle.h"
#include "TextStack.h"
#include "orders/OrderService.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"
#include "theatreplan/PlannedSurgeryQuery.h"

#include <QLocale>

#include <algorithm>

namespace wp::printing {

namespace {

// Column widths in millimetres; the last column (to do) takes what is left.
const QList<double> columnMm{13, 50, 46, 52, 50, 38};
constexpr double padMm = 1.5;
constexpr double minRowMm = 25; // room to write by hand, six rows a page
constexpr int labHours = 72;    // results older than that are not news at a handover
constexpr int labValues = 6;    // values on the laboratory line; the rest are counted

bool isMediumOrHigh(const PatientPrintData& p)
{
    const PrintObservation* o = p.latestObservation();
    return o && (o->news2.risk == clinical::News2Risk::Medium || o->news2.risk == clinical::News2Risk::High);
}

bool isSelected(const QStringList& selection, const Patient& p)
{
    return std::any_of(selection.cbegin(), selection.cend(), [&](const QString& s) {
        return s == p.id || s.compare(p.downtimeNumber, Qt::CaseInsensitive) == 0 ||
               (!p.ipp.isEmpty() && s == p.ipp);
    });
}

QString timeText(const QDateTime& t, const QDateTime& now)
{
    const QDateTime local = t.toLocalTime();
    if (local.date() == now.toLocalTime().date()) {
        return local.toString(QStringLiteral("HH:mm"));
    }
    return QLocale().toString(local, QStringLiteral("dd/MM HH:mm"));
}

QString userName(Workspace& ws)
{
    return ws.currentUser() ? ws.currentUser()->login : QString();
}

} // namespace

Result<std::unique_ptr<HandoverSheet>> HandoverSheet::build(Workspace& ws, const HandoverOptions& options)
{
    auto wards = SiteService(ws).wards();
    if (!wards) {
        return wards.error();
    }
    // Ward codes are compared ignoring case (--ward med prints MED).
    auto known = SiteService(ws).existingWardCode(options.wardCode);
    if (!known) {
        return known.error();
    }
    const auto ward = std::find_if(wards->cbegin(), wards->cend(),
                                   [&](const Ward& w) { return !known->isEmpty() && w.code == *known; });
    if (ward == wards->cend()) {
        QStringList codes;
        for (const Ward& w : *wards) {
            codes << w.code;
        }
        return Error(tr("No ward %1 (wards: %2).").arg(options.wardCode, codes.join(QStringLiteral(", "))),
                     Error::Code::NotFound);
    }
    auto census = PatientService(ws).census(ward->code);
    if (!census) {
        return census.error();
    }
    std::unique_ptr<HandoverSheet> sheet(new HandoverSheet);
    sheet->m_options = options;
    sheet->m_options.wardCode = ward->code;
    sheet->m_now = ws.clock().now();
    std::tie(sheet->m_shiftStart, sheet->m_shiftEnd) = HandoverShift::window(options.shift, sheet->m_now);
    // Every order once for the whole sheet, then shared out by patient.
    orders::Catalogue catalogue;
    catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    auto allOrders = orders::OrderService(ws, catalogue).all();
    if (!allOrders) {
        return allOrders.error();
    }
    QHash<QString, QList<orders::Order>> ordersByPatient;
    for (const orders::Order& o : *allOrders) {
        ordersByPatient[o.patientId] << o;
    }
    for (const CensusRow& row : *census) {
        if (!row.patient) {
            sheet->m_freeBeds << row.bedLabel;
            continue;
        }
        if (!options.patients.isEmpty() && !isSelected(options.patients, *row.patient)) {
            continue;
        }
        auto data = PatientPrintData::load(ws, *row.patient);
        if (!data) {
            return data.error();
        }
        // The theatre schedule knows the operation's current date; the admission form's text
        // (kept when nothing is scheduled) may predate a postponement.
        auto surgery = theatre::PlannedSurgeryQuery(ws).next(*row.patient, sheet->m_now.toLocalTime().date());
        if (!surgery) {
            return surgery.error();
        }
        if (*surgery) {
            data->plannedSurgery = theatre::PlannedSurgeryQuery::describe(**surgery, true);
        }
        if (options.mediumOrHighRiskOnly && !isMediumOrHigh(*data)) {
            ++sheet->m_filteredOut;
            continue;
        }
        sheet->m_labs.insert(row.patient->id, LabSummary::from(ordersByPatient.value(row.patient->id),
                                                               catalogue, sheet->m_now, labHours));
        sheet->m_patients << std::move(data).value();
    }
    PageInfo& info = sheet->m_info;
    info.title = tr("Ward handover");
    info.hospital = ws.hospitalName();
    info.ward = QStringLiteral("%1 — %2").arg(ward->code, ward->name);
    info.subtitle = HandoverShift::label(options.shift) + QStringLiteral(" ") +
                    QLocale().toString(sheet->m_shiftStart.date(), QStringLiteral("ddd dd/MM/yyyy"));
    if (options.mediumOrHighRiskOnly) {
        info.subtitle += tr(" · medium or high risk only");
    } else if (!options.patients.isEmpty()) {
        info.subtitle += tr(" · selected patients");
    }
    info.printedAt = sheet->m_now;
    info.printedBy = userName(ws);
    for (const PatientPrintData& p : sheet->m_patients) {
        if (p.newestData.isValid() && (!info.newestData.isValid() || p.newestData > info.newestData)) {
            info.newestData = p.newestData;
        }
        if (p.hospitalSnapshotAt.isValid() &&
            (!info.hospitalSnapshotAt.isValid() || p.hospitalSnapshotAt < info.hospitalSnapshotAt)) {
            info.hospitalSnapshotAt = p.hospitalSnapshotAt;
        }
    }
    return sheet;
}

QString HandoverSheet::suggestedFileName() const
{
    return QStringLiteral("handover-%1-%2").arg(m_options.wardCode, HandoverShift::code(m_options.shift));
}

PageInfo HandoverSheet::pageInfo(int) const
{
    return m_info;
}

int HandoverSheet::layout(PrintCanvas& c, const QRectF& body)
{
    m_flow = BlockFlow();
    QList<double> columns;
    double used = 0;
    for (double w : columnMm) {
        columns << c.mm(w);
        used += c.mm(w);
    }
    columns << body.width() - used;

    const QStringList headings{tr("Bed"),
                               tr("Patient"),
                               tr("Allergies · code status · isolation"),
                               tr("Situation · background"),
                               tr("Observations · NEWS2 · severity"),
                               tr("Due this shift"),
                               tr("To do (owner) · notes")};
    const QFont headFont = c.font(PrintStyle::small, true);
    double headHeight = 0;
    for (int i = 0; i < headings.size(); ++i) {
        headHeight = std::max(headHeight, c.textHeight(headings[i], headFont, columns[i] - c.mm(2 * padMm)));
    }
    headHeight += c.mm(2 * padMm);
    m_flow.setRepeatedHeader(headHeight, [columns, headings, headFont](PrintCanvas& cv, const QRectF& r) {
        cv.fill(r, PrintStyle::headingFill());
        double x = r.left();
        for (int i = 0; i < headings.size(); ++i) {
            cv.text(QRectF(x + cv.mm(padMm), r.top() + cv.mm(padMm), columns[i] - cv.mm(2 * padMm),
                           r.height() - cv.mm(padMm)),
                    headings[i], headFont);
            x += columns[i];
        }
        cv.frame(r, 0.35);
    });

    // Summary line: how many, how sick, which beds are free.
    int high = 0;
    int medium = 0;
    for (const PatientPrintData& p : m_patients) {
        if (const PrintObservation* o = p.latestObservation()) {
            high += o->news2.risk == clinical::News2Risk::High ? 1 : 0;
            medium += o->news2.risk == clinical::News2Risk::Medium ? 1 : 0;
        }
    }
    QString summary = tr("Patients: %1 · NEWS2 high risk: %2 · medium risk: %3")
                          .arg(m_patients.size())
                          .arg(high)
                          .arg(medium);
    if (m_filteredOut > 0) {
        summary += tr(" · lower-risk patients not shown: %1").arg(m_filteredOut);
    }
    if (!m_freeBeds.isEmpty() && m_options.patients.isEmpty()) {
        // "free beds: 217" read as a count: name the beds as beds, with their number when several.
        summary += m_freeBeds.size() == 1 ? tr(" · free: bed %1").arg(m_freeBeds.first())
                                          : tr(" · free: %1 beds (%2)")
                                                .arg(m_freeBeds.size())
                                                .arg(m_freeBeds.join(QStringLiteral(", ")));
    }
    const QFont summaryFont = c.font(PrintStyle::body, true);
    const double summaryHeight = c.textHeight(summary, summaryFont, body.width()) + c.mm(1);
    m_flow.add(summaryHeight, [summary, summaryFont](PrintCanvas& cv, const QRectF& r) {
        cv.text(r, summary, summaryFont);
    });

    for (const PatientPrintData& p : m_patients) {
        addPatientRow(c, columns, p);
    }
    if (m_patients.isEmpty()) {
        const QString none = m_options.mediumOrHighRiskOnly ? tr("No patient at medium or high risk.")
                                                            : tr("No patient in this ward.");
        const QFont f = c.font(PrintStyle::heading, true);
        m_flow.add(c.mm(12), [none, f](PrintCanvas& cv, const QRectF& r) { cv.text(r, none, f); });
    }
    return m_flow.paginate(body.height(), 0);
}

void HandoverSheet::addPatientRow(PrintCanvas& c, const QList<double>& columns, const PatientPrintData& p)
{
    const QFont name = c.font(10, true);
    const QFont normal = c.font(PrintStyle::body);
    const QFont bold = c.font(PrintStyle::body, true);
    const QFont small = c.font(PrintStyle::small);
    const QFont smallBold = c.font(PrintStyle::small, true);
    const Patient& pt = p.patient;
    const PrintObservation* obs = p.latestObservation();

    QList<TextStack> cells(columns.size());
    cells[0].add(pt.bedLabel, c.font(13, true));

    cells[1].add(pt.displayName(), name, Qt::black, 0.4);
    cells[1].add(tr("%1 y · %2 · born %3")
                     .arg(pt.ageOn(m_now.date()))
                     .arg(pt.sex, QLocale().toString(pt.birthDate, QStringLiteral("dd/MM/yyyy"))),
                 normal);
    cells[1].add(tr("No. %1").arg(pt.downtimeNumber), bold);
    if (!pt.ipp.isEmpty()) {
        cells[1].add(tr("IPP %1").arg(pt.ipp), small);
    }
    if (pt.admittedAt.isValid()) {
        cells[1].add(tr("Admitted %1").arg(timeText(pt.admittedAt, m_now)), small);
    }

    const bool allergic =
        !p.allergies.isEmpty() && p.allergies.compare(QLatin1String("none"), Qt::CaseInsensitive);
    cells[2].add(tr("ALLERGIES"), smallBold, PrintStyle::alert(), 0.2);
    cells[2].add(p.allergyText(), allergic || p.allergies.isEmpty() ? c.font(10, true) : normal,
                 allergic || p.allergies.isEmpty() ? PrintStyle::alert() : Qt::black, 1.2);
    cells[2].add(tr("Code status: %1").arg(p.codeStatus.isEmpty() ? tr("not recorded") : p.codeStatus),
                 normal);
    if (!p.isolation.isEmpty()) {
        cells[2].add(tr("Isolation: %1").arg(p.isolation), p.isolation == tr("None") ? normal : bold);
    }

    cells[3].add(p.reason.isEmpty() ? tr("Reason for admission not recorded") : p.reason, bold);
    if (!p.linesAndDrains.isEmpty()) {
        cells[3].add(tr("Lines/drains: %1").arg(p.linesAndDrains), normal);
    }
    if (p.transfer && !p.transfer->done) {
        QString planned = tr("Planned transfer: %1").arg(p.transfer->destination);
        if (p.transfer->departure.isValid()) {
            planned += QStringLiteral(" ") + timeText(p.transfer->departure, m_now);
        }
        if (!p.transfer->samuNumber.isEmpty()) {
            planned += tr(" (SAMU %1)").arg(p.transfer->samuNumber);
        }
        cells[3].add(planned, bold);
    }
    if (!p.plannedSurgery.isEmpty()) {
        cells[3].add(tr("Planned surgery: %1").arg(p.plannedSurgery), bold);
    }
    const LabSummary lab = m_labs.value(pt.id);
    if (!lab.pending.isEmpty()) {
        // An overdue result is a result nobody is chasing: red, like overdue observations.
        cells[3].add(tr("Lab pending: %1").arg(lab.pendingText(m_now)), lab.anyOverdue() ? smallBold : small,
                     lab.anyOverdue() ? PrintStyle::alert() : Qt::black, 0.3);
    }
    if (!lab.latest.isEmpty()) {
        cells[3].add(tr("Lab latest: %1").arg(lab.latestText(m_now, labValues)), small);
    }

    clinical::News2Risk risk = clinical::News2Risk::Incomplete;
    if (obs) {
        risk = obs->news2.risk;
        QString score = obs->news2.total ? tr("NEWS2 %1").arg(*obs->news2.total) : tr("NEWS2 incomplete");
        if (const QString t = p.trend(); !t.isEmpty()) {
            const PrintObservation* before = p.previousObservation();
            score += QStringLiteral(" %1 (%2)").arg(t).arg(*before->news2.total);
        }
        cells[4].add(score, c.font(11, true), Qt::black, 0.3);
        cells[4].add(tr("%1 risk · %2").arg(PatientPrintData::riskText(obs->news2), p.severity()), bold);
        cells[4].add(tr("at %1: %2").arg(timeText(obs->takenAt, m_now), PatientPrintData::vitalsText(*obs)),
                     small);
    } else {
        cells[4].add(tr("No observations recorded"), bold);
    }

    const QDateTime due = p.observationsDue(m_now);
    // Plain values rather than an optional: GCC 12 sees a maybe-uninitialised optional here.
    bool hasFrequency = false;
    auto frequency = clinical::MonitoringFrequency::TwelveHourly;
    if (const auto f = obs ? clinical::News2::monitoring(obs->news2) : std::nullopt) {
        hasFrequency = true;
        frequency = *f;
    }
    const bool continuous = hasFrequency && frequency == clinical::MonitoringFrequency::Continuous;
    QString obsDue;
    bool alert = due <= m_now;
    if (!obs) {
        obsDue = tr("Observations: now");
    } else if (!obs->news2.complete()) {
        obsDue = tr("Observations: now (last set incomplete)");
    } else if (continuous) {
        // NEWS2's zero interval is not "overdue": the patient is watched all the time.
        obsDue = tr("CONTINUOUS monitoring (last set %1)").arg(timeText(obs->takenAt, m_now));
        alert = true;
    } else if (due < m_now) {
        obsDue = tr("Observations OVERDUE since %1").arg(timeText(due, m_now));
    } else {
        obsDue = tr("Observations by %1").arg(timeText(due, m_now));
    }
    if (hasFrequency && !continuous) {
        obsDue += QStringLiteral(" (%1)").arg(clinical::label(frequency));
    }
    cells[5].add(obsDue, alert ? bold : normal, alert ? PrintStyle::alert() : Qt::black, 1);
    const QStringList meds = p.medicationsDue(m_shiftStart, m_shiftEnd);
    if (!meds.isEmpty()) {
        cells[5].add(tr("Medications:"), smallBold, Qt::black, 0.2);
        for (const QString& m : meds) {
            cells[5].add(m, small, Qt::black, 0.2);
        }
    }

    QStringList asNeeded;
    for (const PrintMedication& m : p.medications) {
        if (m.asNeeded) {
            asNeeded << QStringLiteral("%1 %2 %3").arg(m.drug, m.dose, m.route).simplified();
        }
    }
    if (!asNeeded.isEmpty()) {
        cells[5].add(tr("As needed: %1").arg(asNeeded.join(QStringLiteral("; "))), small, Qt::black, 0.2);
    }

    for (const PrintAction& a : p.actions) {
        QString line = QStringLiteral("☐ ") + a.text;
        QStringList who;
        if (!a.owner.isEmpty()) {
            who << a.owner;
        }
        if (a.due.isValid()) {
            who << timeText(a.due, m_now);
        }
        if (!who.isEmpty()) {
            line += QStringLiteral(" (") + who.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        cells[6].add(line, normal);
    }

    double height = c.mm(minRowMm);
    for (int i = 0; i < cells.size(); ++i) {
        height = std::max(height, cells[i].height(c, columns[i] - c.mm(2 * padMm)) + c.mm(2 * padMm));
    }
    const QColor riskFill = PrintStyle::riskFill(risk);
    m_flow.add(height, [cells, columns, riskFill, obs = obs != nullptr](PrintCanvas& cv, const QRectF& r) {
        double x = r.left();
        for (int i = 0; i < cells.size(); ++i) {
            const QRectF cell(x, r.top(), columns[i], r.height());
            if (i == 4 && obs) {
                cv.fill(cell, riskFill);
            }
            if (i == 6) {
                // Ruled lines to write on.
                const double written = cells[i].height(cv, cell.width() - cv.mm(2 * padMm));
                for (double y = cell.top() + written + cv.mm(6); y < cell.bottom() - cv.mm(1);
                     y += cv.mm(5.5)) {
                    cv.hLine(cell.left() + cv.mm(padMm), cell.right() - cv.mm(padMm), y, 0.15,
                             QColor(0xb0, 0xb0, 0xb0));
                }
            }
            cells[i].paint(cv, cell.adjusted(cv.mm(padMm), cv.mm(padMm), -cv.mm(padMm), -cv.mm(padMm)));
            if (i > 0) {
                cv.vLine(x, r.top(), r.bottom(), 0.2, PrintStyle::rule());
            }
            x += columns[i];
        }
        cv.frame(r, 0.35);
    });
}

void HandoverSheet::paintPage(PrintCanvas& canvas, const QRectF& body, int page)
{
    m_flow.paintPage(canvas, body, page);
}

} // namespace wp::printing
