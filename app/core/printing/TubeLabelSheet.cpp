#include "TubeLabelSheet.h"

#include "LabelSheet.h"
#include "PrintStyle.h"
#include "QrCode.h"

#include <QLocale>

namespace wp::printing {

namespace {
// LabelSheet's geometry: the labels fall on the same cells of the same label stock.
constexpr double bandMm = 5 + 30; // the note and the wristband on the identity sheet
constexpr double gapMm = 6;
constexpr double padMm = 2.5;
constexpr double qrMm = 19;
} // namespace

Result<std::unique_ptr<TubeLabelSheet>> TubeLabelSheet::build(Workspace& ws, const QString& order)
{
    auto data = OrderPrintData::load(ws, order);
    if (!data) {
        return data.error();
    }
    if (data->imaging()) {
        return Error(tr("Order %1 is an imaging exam: it has no tube to label; print its request.")
                         .arg(data->order.number),
                     Error::Code::InvalidInput);
    }
    std::unique_ptr<TubeLabelSheet> sheet(new TubeLabelSheet(std::move(data).value()));
    const OrderPrintData& d = sheet->m_data;
    const QDateTime now = ws.clock().now();
    sheet->m_today = now.toLocalTime().date();
    PageInfo& info = sheet->m_info;
    info.title = tr("Tube labels");
    info.subtitle = tr("order %1").arg(d.order.number);
    info.hospital = ws.hospitalName();
    info.ward = d.patient.patient.wardCode;
    info.printedAt = now;
    info.printedBy = ws.currentUser() ? ws.currentUser()->login : QString();
    info.newestData = d.order.orderedAt;
    info.identity = d.patient.identityLine(sheet->m_today);
    return sheet;
}

QString TubeLabelSheet::suggestedFileName() const
{
    return QStringLiteral("tube-labels-%1").arg(m_data.order.number);
}

PageInfo TubeLabelSheet::pageInfo(int) const
{
    return m_info;
}

int TubeLabelSheet::layout(PrintCanvas&, const QRectF&)
{
    return 1; // at most seven tube types: one sheet of eighteen cells
}

QRectF TubeLabelSheet::cell(PrintCanvas& c, const QRectF& body, int index)
{
    const double top = body.top() + c.mm(bandMm + gapMm);
    const double w = body.width() / LabelSheet::columns;
    const double h = std::min((body.bottom() - top) / LabelSheet::rows, c.mm(40));
    const int row = index / LabelSheet::columns;
    const int col = index % LabelSheet::columns;
    return QRectF(body.left() + col * w, top + row * h, w, h);
}

void TubeLabelSheet::paintPage(PrintCanvas& c, const QRectF& body, int)
{
    paintSummary(c, QRectF(body.left(), body.top(), body.width(), c.mm(bandMm)));
    const int cells = LabelSheet::rows * LabelSheet::columns;
    for (int i = 0; i < m_data.tubes.size() && i < cells; ++i) {
        const QRectF r = cell(c, body, i);
        c.painter().save();
        c.painter().setPen(c.pen(0.15, QColor(0xa0, 0xa0, 0xa0), Qt::DashLine));
        c.painter().drawRect(r);
        c.painter().restore();
        paintLabel(c, r.adjusted(c.mm(padMm), c.mm(padMm), -c.mm(padMm), -c.mm(padMm)), m_data.tubes[i]);
    }
}

void TubeLabelSheet::paintSummary(PrintCanvas& c, const QRectF& r)
{
    const orders::Order& o = m_data.order;
    QStringList lines;
    lines << tr("Order %1 · %2 · ordered %3 by %4")
                 .arg(o.number, m_data.priorityText(),
                      QLocale().toString(o.orderedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
                      o.orderedBy);
    for (const OrderTube& t : m_data.tubes) {
        lines << QStringLiteral("%1: %2").arg(t.name, t.shortNames.join(QStringLiteral(", ")));
    }
    const QString note =
        tr("Stick each label on its tube at the bedside, after checking the identity with the patient "
           "and the wristband. One label per tube.");
    c.text(QRectF(r.left(), r.top(), r.width(), c.mm(4.5)), note, c.font(PrintStyle::small, false, true),
           Qt::AlignLeft | Qt::AlignTop, PrintStyle::muted());
    c.text(QRectF(r.left(), r.top() + c.mm(5), r.width(), r.height() - c.mm(5)),
           lines.join(QLatin1Char('\n')), c.font(PrintStyle::body),
           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

void TubeLabelSheet::paintLabel(PrintCanvas& c, const QRectF& r, const OrderTube& tube)
{
    const Patient& p = m_data.patient.patient;
    const double qrSide = std::min(r.height() * 0.62, c.mm(qrMm));
    if (auto qr = QrCode::encode(m_data.payload(tube.code))) {
        qr->paint(c.painter(), QRectF(r.right() - qrSide, r.top(), qrSide, qrSide));
    }
    const double textWidth = r.width() - qrSide - c.mm(1);
    double y = r.top();
    // The name shrinks rather than being cut, down to 6 pt; the identity band has it whole.
    const QString name = p.displayName();
    const double size = c.fittingSize(name, 9.5, 6, true, QSizeF(textWidth, c.mm(8)));
    y += c.text(QRectF(r.left(), y, textWidth, c.mm(8)), name, c.font(size, true)) + c.mm(0.3);
    c.text(QRectF(r.left(), y, textWidth, c.mm(4)),
           tr("Born %1 · %2").arg(QLocale().toString(p.birthDate, QStringLiteral("dd/MM/yyyy")), p.sex),
           c.font(PrintStyle::small));
    y += c.mm(4);
    const QString number = tr("No. %1").arg(p.downtimeNumber);
    double numberSize = 9;
    while (numberSize > 7 && c.textWidth(number, c.font(numberSize, true)) > textWidth) {
        numberSize -= 0.5;
    }
    c.text(QRectF(r.left(), y, textWidth, c.mm(4.5)), number, c.font(numberSize, true));
    y += c.mm(4.5);
    const QString order = tr("Order %1").arg(m_data.order.number);
    c.text(QRectF(r.left(), y, textWidth, c.mm(4.5)), order, c.font(PrintStyle::body, true));
    y = std::max(y + c.mm(4.5), r.top() + qrSide) + c.mm(0.5);

    // Bottom: the tube's colour and name, the priority white on red when not routine.
    const double swatch = c.mm(4);
    const QRectF sw(r.left(), y, swatch * 1.5, swatch);
    if (tube.colour.isValid()) {
        c.fill(sw, tube.colour);
    }
    c.frame(sw, 0.25);
    const QString priority = m_data.priorityText();
    const QFont priorityFont = c.font(m_data.urgent() ? 9 : PrintStyle::small, true);
    const double priorityWidth = c.textWidth(priority, priorityFont) + c.mm(2);
    const QRectF pr(r.right() - priorityWidth, y, priorityWidth, swatch);
    if (m_data.urgent()) {
        c.fill(pr, PrintStyle::alert());
    }
    c.frame(pr, 0.25);
    c.text(pr, priority, priorityFont, Qt::AlignCenter,
           m_data.urgent() ? QColor(Qt::white) : QColor(Qt::black));
    const QRectF tubeText(sw.right() + c.mm(1), y, pr.left() - sw.right() - c.mm(2), r.bottom() - y);
    const double tubeSize = c.fittingSize(tube.name, PrintStyle::small, 7, true, tubeText.size());
    c.text(tubeText, tube.name, c.font(tubeSize, true));
}

} // namespace wp::printing
