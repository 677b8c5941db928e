#include "ReconciliationChecklist.h"

#include "AppointmentBuilder.h"
#include "OrderChecklist.h"
#include "RecordAdapter.h"

#include <QFile>

#include <functional>

#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace wp::fhir {

namespace {

/// One case in a few words: what the clerk looks for in the scheduling system.
QString caseSummary(const TheatreChange& c)
{
    const theatre::ScheduleCase& k = c.theatreCase;
    const QString now = c.postponed() ? ReconciliationChecklist::tr("cancelled (%1)").arg(c.reason)
                                      : ReconciliationChecklist::tr("booked %1 %2 %3")
                                            .arg(c.start().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                 c.current->theatre, c.current->id);
    return ReconciliationChecklist::tr("%1 %2 (%3): %4").arg(k.id, k.procedure, k.surgeon, now);
}

} // namespace

QList<ChecklistLine> ReconciliationChecklist::theatreLines(const QList<TheatreChange>& theatre,
                                                           const FhirBundle& bundle)
{
    QList<ChecklistLine> lines;
    lines.append({tr("Operations moved or postponed (Appointment)"),
                  tr("Theatre scheduling system"),
                  bundle.theatreCounts.value(QStringLiteral("Appointment")),
                  QStringLiteral("Appointment"),
                  {}});
    lines.append({tr("Origin of each entry (recorded during downtime)"),
                  tr("Filled in by the import"),
                  bundle.theatreCounts.value(QStringLiteral("Provenance")),
                  QStringLiteral("Provenance"),
                  {}});
    for (const auto& c : theatre) {
        if (!c.theatreCase.patientRecordId.isEmpty()) {
            continue;
        }
        lines.append({tr("IPP %1 — %2").arg(c.theatreCase.patientRef, caseSummary(c)),
                      c.theatreCase.phone.isEmpty() ? tr("Tell the patient")
                                                    : tr("Tell the patient: %1").arg(c.theatreCase.phone),
                      1, QString(), AppointmentBuilder::comment(c)});
    }
    return lines;
}

QList<ChecklistLine> ReconciliationChecklist::linesFor(const PatientRecords& pr, const FhirBundle& bundle,
                                                       const QList<TheatreChange>& theatre,
                                                       const OrderExport& orders)
{
    const QMap<QString, int> counts = bundle.countsByPatient.value(pr.patient.id);
    QList<ChecklistLine> lines;
    auto line = [&](const QString& what, const QString& where, const QString& type) {
        lines.append({what, where, counts.value(type), type, {}});
    };
    line(tr("Identity (create, or merge with the existing record)"),
         tr("Admissions office / identity vigilance"), QStringLiteral("Patient"));
    line(tr("Stays: admission, bed moves, transfer, discharge"), tr("Patient administration (movements)"),
         QStringLiteral("Encounter"));
    line(tr("Allergies"), tr("Patient record: allergies"), QStringLiteral("AllergyIntolerance"));
    line(tr("Vital signs and NEWS2 (one line per measurement)"), tr("Observation chart"),
         QStringLiteral("Observation"));
    // Laboratory results are Observations too: they are counted in their own section.
    lines.last().count -= OrderChecklist::resultObservations(pr, bundle);
    line(tr("Nursing notes (transmissions)"), tr("Nursing record"), QStringLiteral("DocumentReference"));
    line(tr("Medication administrations"), tr("Medication administration record"),
         QStringLiteral("MedicationAdministration"));
    lines << OrderChecklist::lines(pr, bundle, orders);
    QStringList operations;
    for (const auto& c : theatre) {
        if (c.theatreCase.patientRecordId == pr.patient.id) {
            operations << caseSummary(c);
        }
    }
    line(tr("Operations moved or postponed (tell the patient)"), tr("Theatre scheduling system"),
         QStringLiteral("Appointment"));
    lines.last().detail = operations.join(QStringLiteral("; "));
    line(tr("Origin of each entry (recorded during downtime)"), tr("Filled in by the import"),
         QStringLiteral("Provenance"));
    // Forms with no FHIR mapping: to be entered by hand, one line per kind.
    QMap<QString, QStringList> manual;
    for (const auto& v : pr.records) {
        if (v.kind != QLatin1String("observation") && v.kind != QLatin1String("nursing_note") &&
            v.kind != QLatin1String("medication_administration") && !orders.covers(v.recordId)) {
            manual[v.kind] << RecordAdapter::summary(v.kind, v.data);
        }
    }
    for (auto it = manual.cbegin(); it != manual.cend(); ++it) {
        lines.append({tr("Form \"%1\" (not in the FHIR file)").arg(it.key()), tr("Enter by hand"),
                      static_cast<int>(it.value().size()), QString(),
                      it.value().mid(0, 3).join(QStringLiteral("; "))});
    }
    return lines;
}

Result<int> ReconciliationChecklist::write(const QString& file, const QString& hospital,
                                           const QDateTime& printedAt, const QList<PatientRecords>& patients,
                                           const QList<TheatreChange>& theatre, const FhirBundle& bundle,
                                           const OrderExport& orders)
{
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(tr("Back-entry checklist"));
    pdf.setCreator(QStringLiteral("WhitePlan"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return Error(tr("Cannot write %1.").arg(file), Error::Code::Io);
    }
    const int width = pdf.width();
    const int height = pdf.height();
    const int margin = 20;
    QFont body(QStringLiteral("DejaVu Sans"), 9);
    QFont bold = body;
    bold.setBold(true);
    QFont title = bold;
    title.setPointSize(13);
    const QString stamp = tr("%1 — back-entry checklist — printed %2")
                              .arg(hospital, QLocale::c().toString(printedAt.toUTC(),
                                                                   QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    int pages = 0;
    int y = 0;
    auto newPage = [&](const QString& heading, const QString& subheading) {
        if (pages > 0) {
            pdf.newPage();
        }
        ++pages;
        painter.setPen(QPen(Qt::black, 2));
        painter.setFont(body);
        painter.drawText(QRect(margin, margin, width - 2 * margin, 30), Qt::AlignLeft, stamp);
        painter.drawText(QRect(margin, margin, width - 2 * margin, 30), Qt::AlignRight,
                         tr("page %1").arg(pages));
        painter.setFont(title);
        painter.drawText(QRect(margin, margin + 30, width - 2 * margin, 40), Qt::AlignLeft, heading);
        painter.setFont(body);
        painter.drawText(QRect(margin, margin + 70, width - 2 * margin, 30), Qt::AlignLeft, subheading);
        y = margin + 115;
    };
    auto patientPage = [&](const Patient& p) {
        // Identity on every page, as on every printout.
        newPage(
            QStringLiteral("%1 — %2 — %3")
                .arg(p.displayName(), p.birthDate.toString(QStringLiteral("dd/MM/yyyy")), p.downtimeNumber),
            tr("IPP: %1   INS: %2   identity: %3   status: %4 %5 %6")
                .arg(p.ipp.isEmpty() ? tr("unknown") : p.ipp, p.ins.isEmpty() ? tr("unknown") : p.ins,
                     p.identityStatus, p.status, p.wardCode, p.bedLabel));
    };
    const int colWhere = width * 45 / 100;
    const int colCount = width * 75 / 100;
    const int colBox = width * 83 / 100;
    auto table = [&](const QList<ChecklistLine>& lines, const std::function<void()>& continuePage) {
        painter.setFont(bold);
        painter.drawText(margin, y, tr("What to enter"));
        painter.drawText(colWhere, y, tr("Where"));
        painter.drawText(colCount, y, tr("Count"));
        painter.drawText(colBox, y, tr("Done / initials"));
        y += 10;
        painter.drawLine(margin, y, width - margin, y);
        y += 30;
        painter.setFont(body);
        for (const auto& l : lines) {
            if (y > height - 60) {
                continuePage();
            }
            painter.drawText(QRect(margin, y - 22, colWhere - margin - 10, 60), Qt::TextWordWrap, l.what);
            painter.drawText(QRect(colWhere, y - 22, colCount - colWhere - 10, 60), Qt::TextWordWrap,
                             l.where);
            painter.drawText(colCount, y, QString::number(l.count));
            painter.drawRect(colBox, y - 20, 24, 24);
            painter.drawLine(colBox + 40, y + 4, width - margin, y + 4);
            y += 40;
            if (!l.detail.isEmpty()) {
                painter.drawText(QRect(margin + 20, y - 22, width - 2 * margin - 20, 40), Qt::TextWordWrap,
                                 l.detail);
                y += 36;
            }
        }
    };
    for (const auto& pr : patients) {
        patientPage(pr.patient);
        table(linesFor(pr, bundle, theatre, orders), [&] { patientPage(pr.patient); });
    }
    const QList<ChecklistLine> theatreSection = theatreLines(theatre, bundle);
    if (theatreSection.size() > 2) {
        const QString heading = tr("Theatre: operations of patients not registered in WhitePlan");
        const QString subheading = tr("Find each patient by IPP in the hospital's systems.");
        newPage(heading, subheading);
        table(theatreSection, [&] { newPage(heading, subheading); });
    }
    if (pages == 0) {
        ++pages;
        painter.setFont(title);
        painter.drawText(QRect(margin, margin, width - 2 * margin, 60), Qt::AlignLeft,
                         tr("No patient to enter."));
    }
    if (!painter.end()) {
        return Error(tr("Cannot write %1.").arg(file), Error::Code::Io);
    }
    return pages;
}

} // namespace wp::fhir
