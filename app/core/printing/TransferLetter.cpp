#include "TransferLetter.h"

#include "FlowWriter.h"
#include "PageFrame.h"
#include "PrintStyle.h"
#include "orders/OrderService.h"

#include <QLocale>

namespace wp::printing {

Result<std::unique_ptr<TransferLetter>> TransferLetter::build(Workspace& ws, const Patient& patient)
{
    auto data = PatientPrintData::load(ws, patient);
    if (!data) {
        return data.error();
    }
    std::unique_ptr<TransferLetter> letter(new TransferLetter(std::move(data).value()));
    letter->m_now = ws.clock().now();
    orders::Catalogue catalogue;
    catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    auto patientOrders = orders::OrderService(ws, catalogue).forPatient(patient.id);
    if (!patientOrders) {
        return patientOrders.error();
    }
    // Every result of the stay: the receiving team wants the latest value even when old.
    letter->m_lab = LabSummary::from(*patientOrders, catalogue, letter->m_now, 0);
    PageInfo& info = letter->m_info;
    info.title = tr("Transfer letter");
    info.subtitle = tr("fiche de liaison");
    info.hospital = ws.hospitalName();
    info.ward = patient.wardCode;
    info.printedAt = letter->m_now;
    info.printedBy = ws.currentUser() ? ws.currentUser()->login : QString();
    info.newestData = letter->m_data.newestData;
    info.hospitalSnapshotAt = letter->m_data.hospitalSnapshotAt;
    info.identity = letter->m_data.identityLine(letter->m_now.date());
    info.allergies = letter->m_data.allergyText();
    return letter;
}

QString TransferLetter::suggestedFileName() const
{
    return QStringLiteral("transfer-%1").arg(m_data.patient.downtimeNumber);
}

PageInfo TransferLetter::pageInfo(int) const
{
    return m_info;
}

int TransferLetter::layout(PrintCanvas& c, const QRectF& body)
{
    m_flow = BlockFlow();
    FlowWriter w(c, m_flow, body.width());
    const PatientPrintData& d = m_data;
    const PrintTransfer t = d.transfer.value_or(PrintTransfer{});
    const auto when = [](const QDateTime& at) {
        return PageFrame::formatDateTime(at);
    };

    w.heading(tr("Transfer"));
    w.field(tr("Reason for transfer"), t.reason, true);
    QString destination = t.destination;
    if (!t.destinationWard.isEmpty()) {
        destination += QStringLiteral(" — ") + t.destinationWard;
    }
    w.field(tr("Destination"), destination, true);
    w.field(tr("SAMU regulation number"), t.samuNumber, true);
    w.field(tr("Transport"), t.transport);
    w.field(tr("Departure"), when(t.departure));
    w.field(tr("Receiving contact"), t.receivingContact);
    w.field(tr("From"),
            QStringLiteral("%1 — %2 %3").arg(m_info.hospital, d.patient.wardCode, d.patient.bedLabel));
    w.field(tr("Admitted"), when(d.patient.admittedAt) + QStringLiteral("  ") + d.reason);
    w.space(2);

    TextStack allergy;
    allergy.add(tr("ALLERGIES"), c.font(PrintStyle::small, true), PrintStyle::alert(), 0.3);
    allergy.add(d.allergyText(), c.font(12, true), PrintStyle::alert(), 0);
    if (!t.allergies.isEmpty() && t.allergies != d.allergies) {
        allergy.add(tr("On the transfer form: %1").arg(t.allergies), c.font(PrintStyle::body, true),
                    PrintStyle::alert(), 0);
    }
    w.box(allergy, PrintStyle::alert(), 0.7);
    w.space(2);

    w.heading(tr("Medical summary"));
    if (t.medicalSummary.isEmpty()) {
        w.paragraph(tr("Not recorded in WhitePlan: to be written by the doctor."),
                    c.font(PrintStyle::body, false, true), PrintStyle::muted());
        w.writingLines(5);
    } else {
        w.paragraph(t.medicalSummary, c.font(10));
    }
    w.field(tr("Code status"), d.codeStatus);
    w.field(tr("Isolation"), d.isolation);
    w.field(tr("Weight / height"), d.weight.isEmpty() && d.height.isEmpty()
                                       ? QString()
                                       : tr("%1 kg / %2 cm")
                                             .arg(d.weight.isEmpty() ? QStringLiteral("?") : d.weight,
                                                  d.height.isEmpty() ? QStringLiteral("?") : d.height));

    w.heading(tr("Current treatments"));
    const QString treatments = !t.treatments.isEmpty() ? t.treatments : d.currentTreatments;
    if (!treatments.isEmpty()) {
        w.paragraph(treatments, c.font(PrintStyle::body));
    }
    if (!d.medications.isEmpty()) {
        QList<QStringList> rows;
        for (const PrintMedication& m : d.medications) {
            const QString schedule =
                m.asNeeded
                    ? tr("as needed") +
                          (m.indication.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.indication))
                    : m.times.join(QStringLiteral(" "));
            QString drug = m.drug;
            if (m.fromHospitalRecord) {
                drug +=
                    m.confirmed ? tr(" (hospital record, confirmed)") : tr(" (hospital record, TO CONFIRM)");
            }
            rows << QStringList{drug, m.dose, m.route, schedule, when(m.start), when(m.end)};
        }
        w.table({tr("Drug"), tr("Dose"), tr("Route"), tr("Schedule"), tr("Since"), tr("Until")}, rows,
                {0.28, 0.12, 0.1, 0.2, 0.15, 0.15});
    } else if (treatments.isEmpty()) {
        w.paragraph(tr("No treatment recorded."), c.font(PrintStyle::body, false, true), PrintStyle::muted());
        w.writingLines(3);
    }
    w.space(2);

    w.heading(tr("Risks"));
    w.field(tr("Resistant organisms"), t.resistantOrganisms, !t.resistantOrganisms.isEmpty());
    w.field(tr("Devices and implants"), !t.devices.isEmpty() ? t.devices : d.linesAndDrains);
    w.field(tr("Blood products given"), t.bloodProducts);
    w.space(2);

    w.heading(tr("Latest observations"));
    if (d.observations.isEmpty()) {
        w.paragraph(tr("No observations recorded."), c.font(PrintStyle::body, false, true),
                    PrintStyle::muted());
    } else {
        QList<QStringList> rows;
        const auto v = [](const std::optional<int>& x) {
            return x ? QString::number(*x) : QStringLiteral("—");
        };
        for (qsizetype i = d.observations.size() - 1; i >= 0 && rows.size() < 4; --i) {
            const PrintObservation& o = d.observations[i];
            rows << QStringList{
                when(o.takenAt),
                v(o.respirationRate),
                v(o.spo2) + (o.spo2Scale == 2 ? tr(" (s2)") : QString()),
                o.oxygen == QLatin1String("oxygen") ? tr("O₂") : tr("air"),
                v(o.systolic) + QLatin1Char('/') + v(o.diastolic),
                v(o.pulse),
                o.consciousness,
                o.temperature ? QLocale().toString(*o.temperature, 'f', 1) : QStringLiteral("—"),
                o.news2.total
                    ? QStringLiteral("%1 (%2)").arg(*o.news2.total).arg(PatientPrintData::riskText(o.news2))
                    : tr("incomplete")};
        }
        w.table({tr("Taken at"), tr("RR /min"), tr("SpO₂ %"), tr("Air/O₂"), tr("BP mmHg"), tr("Pulse"),
                 tr("ACVPU"), tr("Temp °C"), tr("NEWS2")},
                rows, {0.17, 0.08, 0.09, 0.07, 0.11, 0.07, 0.07, 0.09, 0.25});
    }
    w.space(2);
    addResults(c, w);

    w.heading(tr("Contacts"));
    QStringList contacts = d.contacts;
    if (!t.contacts.isEmpty()) {
        contacts.prepend(t.contacts);
    }
    if (contacts.isEmpty()) {
        w.paragraph(FlowWriter::notRecorded(), c.font(PrintStyle::body, false, true), PrintStyle::muted());
    } else {
        w.paragraph(contacts.join(QLatin1Char('\n')), c.font(PrintStyle::body));
    }
    w.space(3);

    // Signatures: the letter is a medical document once signed.
    const QFont sigFont = c.font(PrintStyle::body, true);
    const double sigHeight = c.mm(24);
    const QString doctor = tr("Doctor (name, signature)");
    const QString nurse = tr("Nurse (name, signature)");
    m_flow.add(sigHeight, [=](PrintCanvas& cv, const QRectF& r) {
        const double half = (r.width() - cv.mm(4)) / 2;
        const QRectF left(r.left(), r.top(), half, r.height());
        const QRectF right(r.left() + half + cv.mm(4), r.top(), half, r.height());
        cv.frame(left, 0.3);
        cv.frame(right, 0.3);
        cv.text(left.adjusted(cv.mm(2), cv.mm(1.5), 0, 0), doctor, sigFont);
        cv.text(right.adjusted(cv.mm(2), cv.mm(1.5), 0, 0), nurse, sigFont);
    });
    return m_flow.paginate(body.height(), 0);
}

void TransferLetter::addResults(PrintCanvas& c, FlowWriter& w)
{
    w.heading(tr("Latest results"));
    if (m_lab.latest.isEmpty()) {
        w.paragraph(tr("No result recorded in WhitePlan."), c.font(PrintStyle::body, false, true),
                    PrintStyle::muted());
    } else {
        QList<QStringList> rows;
        for (const LabLatest& l : m_lab.latest) {
            rows << QStringList{l.name, l.value, l.unit, LabSummary::flagText(l.flag),
                                PageFrame::formatDateTime(l.at)};
        }
        w.table({tr("Test"), tr("Value"), tr("Unit"), tr("Flag"), tr("Resulted at")}, rows,
                {0.36, 0.16, 0.12, 0.16, 0.2});
    }
    w.space(2);
    w.heading(tr("Pending orders"));
    if (m_lab.pending.isEmpty()) {
        w.paragraph(tr("No order waiting for a result."), c.font(PrintStyle::body, false, true),
                    PrintStyle::muted());
    } else {
        QList<QStringList> rows;
        for (const LabPending& p : m_lab.pending) {
            QString status = orders::label(p.status);
            if (p.overdue) {
                status += tr(", OVERDUE");
            }
            rows << QStringList{p.number, p.names.join(QStringLiteral(", ")), orders::label(p.priority),
                                PageFrame::formatDateTime(p.orderedAt), status};
        }
        w.table({tr("Order"), tr("Waiting for"), tr("Priority"), tr("Ordered at"), tr("Status")}, rows,
                {0.14, 0.38, 0.12, 0.18, 0.18});
    }
    w.space(2);
}

void TransferLetter::paintPage(PrintCanvas& canvas, const QRectF& body, int page)
{
    m_flow.paintPage(canvas, body, page);
}

} // namespace wp::printing
