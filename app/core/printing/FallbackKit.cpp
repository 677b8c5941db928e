#include "FallbackKit.h"

#include "PrintStyle.h"

#include <algorithm>

namespace wp::printing {

namespace {

/// A blank grid: a heading row, then `rows` empty rows; `labels` fill the first column.
void grid(PrintCanvas& c, const QRectF& r, const QStringList& headers, const QList<double>& widthsMm,
          const QStringList& labels, int rows, double rowMm, double headMm)
{
    QList<double> cols;
    double fixed = 0;
    for (double w : widthsMm) {
        cols << c.mm(w);
        fixed += c.mm(w);
    }
    const int flexible = static_cast<int>(headers.size() - cols.size());
    for (int i = 0; i < flexible; ++i) {
        cols << (r.width() - fixed) / flexible;
    }
    const QFont headFont = c.font(PrintStyle::small, true);
    const QFont labelFont = c.font(PrintStyle::body, true);
    const QRectF head(r.left(), r.top(), r.width(), c.mm(headMm));
    c.fill(head, PrintStyle::headingFill());
    double x = r.left();
    for (int i = 0; i < headers.size(); ++i) {
        c.text(QRectF(x + c.mm(1), head.top() + c.mm(1), cols[i] - c.mm(2), head.height() - c.mm(1)),
               headers[i], headFont);
        x += cols[i];
    }
    const double bottom = head.bottom() + rows * c.mm(rowMm);
    for (int row = 0; row <= rows; ++row) {
        const double y = head.bottom() + row * c.mm(rowMm);
        c.hLine(r.left(), r.right(), y, row == 0 ? 0.35 : 0.2, row == 0 ? Qt::black : PrintStyle::rule());
        if (row < rows && row < labels.size()) {
            c.text(QRectF(r.left() + c.mm(1), y + c.mm(0.8), cols[0] - c.mm(2), c.mm(rowMm) - c.mm(1)),
                   labels[row], labelFont, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
        }
    }
    x = r.left();
    for (int i = 0; i < cols.size(); ++i) {
        if (i > 0) {
            c.vLine(x, head.top(), bottom, 0.2, PrintStyle::rule());
        }
        x += cols[i];
    }
    c.frame(QRectF(r.left(), r.top(), r.width(), bottom - r.top()), 0.4);
}

} // namespace

Result<std::unique_ptr<FallbackKit>> FallbackKit::build(Workspace& ws, const Patient& patient)
{
    auto data = PatientPrintData::load(ws, patient);
    if (!data) {
        return data.error();
    }
    std::unique_ptr<FallbackKit> kit(new FallbackKit(std::move(data).value()));
    PageInfo& info = kit->m_info;
    info.hospital = ws.hospitalName();
    info.ward = patient.wardCode;
    info.printedAt = ws.clock().now();
    info.printedBy = ws.currentUser() ? ws.currentUser()->login : QString();
    info.newestData = kit->m_data.newestData;
    info.identity = kit->m_data.identityLine(info.printedAt.toLocalTime().date());
    info.allergies = kit->m_data.allergyText();
    return kit;
}

QString FallbackKit::suggestedFileName() const
{
    return QStringLiteral("kit-%1").arg(m_data.patient.downtimeNumber);
}

int FallbackKit::layout(PrintCanvas&, const QRectF&)
{
    return PageCount;
}

PageInfo FallbackKit::pageInfo(int page) const
{
    PageInfo info = m_info;
    switch (page) {
    case ObservationChart:
        info.title = tr("Observation chart (NEWS2)");
        break;
    case MedicationRecord:
        info.title = tr("Medication administration record");
        break;
    default:
        info.title = tr("Nursing notes (focus charting: Data, Actions, Results)");
        break;
    }
    info.subtitle = tr("paper fallback");
    return info;
}

void FallbackKit::paintPage(PrintCanvas& canvas, const QRectF& body, int page)
{
    switch (page) {
    case ObservationChart:
        paintObservationChart(canvas, body);
        break;
    case MedicationRecord:
        paintMedicationRecord(canvas, body);
        break;
    default:
        paintNotes(canvas, body);
        break;
    }
}

void FallbackKit::paintObservationChart(PrintCanvas& c, const QRectF& body)
{
    const QStringList labels{tr("Date"),
                             tr("Time"),
                             tr("Resp. rate /min"),
                             tr("SpO₂ % (scale 1 or 2)"),
                             tr("Air or O₂ (L/min)"),
                             tr("BP systolic / diastolic"),
                             tr("Pulse /min"),
                             tr("ACVPU"),
                             tr("Temperature °C"),
                             tr("NEWS2 total"),
                             tr("Escalation / action"),
                             tr("Initials")};
    QStringList headers{tr("Parameter")};
    for (int i = 1; i <= 8; ++i) {
        headers << tr("Set %1").arg(i);
    }
    const QRectF chart(body.left(), body.top(), body.width(), c.mm(7) + labels.size() * c.mm(11.5));
    grid(c, chart, headers, {40}, labels, static_cast<int>(labels.size()), 11.5, 7);

    // The NEWS2 key exactly as the Royal College of Physicians' chart (2017).
    const double keyTop = chart.bottom() + c.mm(4);
    const QRectF key(body.left(), keyTop, body.width(), body.bottom() - keyTop);
    const QStringList keyHead{tr("NEWS2 key"),     QStringLiteral("3"), QStringLiteral("2"),
                              QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                              QStringLiteral("2"), QStringLiteral("3")};
    const QList<QStringList> keyRows{
        {tr("Resp. rate /min"), QStringLiteral("≤8"), QString(), QStringLiteral("9–11"),
         QStringLiteral("12–20"), QString(), QStringLiteral("21–24"), QStringLiteral("≥25")},
        {tr("SpO₂ scale 1 %"), QStringLiteral("≤91"), QStringLiteral("92–93"), QStringLiteral("94–95"),
         QStringLiteral("≥96"), QString(), QString(), QString()},
        {tr("SpO₂ scale 2 %"), QStringLiteral("≤83"), QStringLiteral("84–85"), QStringLiteral("86–87"),
         tr("88–92, ≥93 on air"), tr("93–94 on O₂"), tr("95–96 on O₂"), tr("≥97 on O₂")},
        {tr("Air or oxygen"), QString(), tr("oxygen"), QString(), tr("air"), QString(), QString(), QString()},
        {tr("Systolic BP mmHg"), QStringLiteral("≤90"), QStringLiteral("91–100"), QStringLiteral("101–110"),
         QStringLiteral("111–219"), QString(), QString(), QStringLiteral("≥220")},
        {tr("Pulse /min"), QStringLiteral("≤40"), QString(), QStringLiteral("41–50"), QStringLiteral("51–90"),
         QStringLiteral("91–110"), QStringLiteral("111–130"), QStringLiteral("≥131")},
        {tr("Consciousness"), QString(), QString(), QString(), tr("Alert"), QString(), QString(),
         tr("C, V, P or U")},
        {tr("Temperature °C"), QStringLiteral("≤35.0"), QString(), QStringLiteral("35.1–36.0"),
         QStringLiteral("36.1–38.0"), QStringLiteral("38.1–39.0"), QStringLiteral("≥39.1"), QString()}};
    QList<double> cols{c.mm(38)};
    for (int i = 1; i < keyHead.size(); ++i) {
        cols << (key.width() - c.mm(38)) / (keyHead.size() - 1);
    }
    const QFont f = c.font(PrintStyle::small);
    const QFont fb = c.font(PrintStyle::small, true);
    double y = key.top();
    for (int row = 0; row <= keyRows.size(); ++row) {
        const QStringList& cells = row == 0 ? keyHead : keyRows[row - 1];
        // Rows grow to hold wrapped cells ("88–92, ≥93 on air") instead of cutting them.
        double rowH = c.mm(5.2);
        for (int i = 0; i < cells.size(); ++i) {
            rowH = std::max(rowH, c.textHeight(cells[i], f, cols[i] - c.mm(2)) + c.mm(1.5));
        }
        double x = key.left();
        const QRectF line(key.left(), y, key.width(), rowH);
        if (row == 0) {
            c.fill(line, PrintStyle::headingFill());
        }
        for (int i = 0; i < cells.size(); ++i) {
            c.text(QRectF(x + c.mm(1), line.top(), cols[i] - c.mm(2), rowH), cells[i],
                   row == 0 || i == 0 ? fb : f,
                   Qt::AlignVCenter | Qt::TextWordWrap | (i == 0 ? Qt::AlignLeft : Qt::AlignHCenter));
            x += cols[i];
        }
        c.hLine(key.left(), key.right(), line.bottom(), 0.15, PrintStyle::rule());
        y += rowH;
    }
    const double notesTop = y + c.mm(2);
    c.text(
        QRectF(key.left(), notesTop, key.width(), key.bottom() - notesTop),
        tr("Total 0: observations at least 12-hourly. 1–4: low risk, at least 4–6-hourly. A 3 in any one "
           "parameter: low–medium risk, at least hourly. 5–6: medium risk, at least hourly. 7 or more: high "
           "risk, continuous monitoring. Scale 2 only for documented hypercapnic respiratory failure, chosen "
           "by "
           "a clinician."),
        c.font(PrintStyle::small), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

void FallbackKit::paintMedicationRecord(PrintCanvas& c, const QRectF& body)
{
    const QString legend =
        tr("Write each prescription in full (drug, dose, route, times, prescriber). In a day column write "
           "the time "
           "and your initials: G given · H held · R refused (say why in the nursing notes). Weight: %1 kg.")
            .arg(m_data.weight.isEmpty() ? QStringLiteral("____") : m_data.weight);
    const QFont f = c.font(PrintStyle::small);
    const double legendHeight = c.textHeight(legend, f, body.width()) + c.mm(2);
    c.text(QRectF(body.left(), body.top(), body.width(), legendHeight), legend, f);
    QStringList headers{tr("Drug · dose · route · prescriber"), tr("Times")};
    for (int day = 1; day <= 7; ++day) {
        headers << tr("Day %1\n__/__").arg(day);
    }
    const double top = body.top() + legendHeight;
    const int rows = static_cast<int>((body.bottom() - top - c.mm(10)) / c.mm(17));
    grid(c, QRectF(body.left(), top, body.width(), body.bottom() - top), headers, {62, 16}, {}, rows, 17, 9);
}

void FallbackKit::paintNotes(PrintCanvas& c, const QRectF& body)
{
    const QStringList headers{tr("Date, time"), tr("Target"), tr("D: data · A: actions · R: results"),
                              tr("Initials")};
    const int rows = static_cast<int>((body.height() - c.mm(8)) / c.mm(8));
    // grid() puts fixed columns first: the initials column is a second grid on the right.
    const QList<double> widths{28, 36};
    const double initials = c.mm(18);
    const QRectF area(body.left(), body.top(), body.width() - initials, body.height());
    grid(c, area, {headers[0], headers[1], headers[2]}, widths, {}, rows, 8, 7);
    grid(c, QRectF(area.right(), body.top(), initials, body.height()), {headers[3]}, {18}, {}, rows, 8, 7);
}

} // namespace wp::printing
