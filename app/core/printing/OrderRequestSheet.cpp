#include "OrderRequestSheet.h"

#include "FlowWriter.h"
#include "PageFrame.h"
#include "PrintStyle.h"
#include "QrCode.h"

namespace wp::printing {

namespace {
constexpr double qrMm = 34; // the request's code: read at the laboratory's desk
constexpr double swatchMm = 7;
} // namespace

Result<std::unique_ptr<OrderRequestSheet>> OrderRequestSheet::build(Workspace& ws, const QString& order)
{
    auto data = OrderPrintData::load(ws, order);
    if (!data) {
        return data.error();
    }
    std::unique_ptr<OrderRequestSheet> sheet(new OrderRequestSheet(std::move(data).value()));
    const OrderPrintData& d = sheet->m_data;
    const QDateTime now = ws.clock().now();
    PageInfo& info = sheet->m_info;
    info.title = d.imaging() ? tr("Imaging request") : tr("Laboratory request");
    info.subtitle = tr("bon de demande %1").arg(d.order.number);
    info.hospital = ws.hospitalName();
    info.ward = d.patient.patient.wardCode;
    info.printedAt = now;
    info.printedBy = ws.currentUser() ? ws.currentUser()->login : QString();
    info.newestData = d.order.orderedAt;
    info.identity = d.patient.identityLine(now.toLocalTime().date());
    info.allergies = d.patient.allergyText();
    return sheet;
}

QString OrderRequestSheet::suggestedFileName() const
{
    return QStringLiteral("request-%1").arg(m_data.order.number);
}

PageInfo OrderRequestSheet::pageInfo(int) const
{
    return m_info;
}

void OrderRequestSheet::addTop(PrintCanvas& c, double width)
{
    const OrderPrintData& d = m_data;
    const QString number = d.order.number;
    const QString payload = d.payload();
    const QString priority = d.priorityText();
    const bool urgent = d.urgent();
    const QString what = d.imaging() ? d.examName : d.requested.join(QStringLiteral(" · "));
    const QFont numberFont = c.font(24, true);
    const QFont labelFont = c.font(PrintStyle::small, true);
    const QFont priorityFont = c.font(urgent ? 16 : 12, true);
    const QFont whatFont = c.font(12, true);
    const double textWidth = width - c.mm(qrMm + 4);
    const double whatHeight = c.textHeight(what, whatFont, textWidth);
    const double height = std::max(c.mm(qrMm), c.mm(4 + 12 + 2 + 11 + 2) + whatHeight);
    const QString numberLabel = tr("Order number");
    const QString priorityLabel = tr("Priority");
    m_flow.add(height, [=](PrintCanvas& cv, const QRectF& r) {
        if (auto qr = QrCode::encode(payload)) {
            qr->paint(cv.painter(), QRectF(r.right() - cv.mm(qrMm), r.top(), cv.mm(qrMm), cv.mm(qrMm)));
        }
        double y = r.top();
        cv.text(QRectF(r.left(), y, textWidth, cv.mm(4)), numberLabel, labelFont,
                Qt::AlignLeft | Qt::AlignTop, PrintStyle::muted());
        y += cv.mm(4);
        cv.text(QRectF(r.left(), y, textWidth, cv.mm(12)), number, numberFont, Qt::AlignLeft | Qt::AlignTop);
        y += cv.mm(12) + cv.mm(2);
        // STAT and urgent are white on red and framed: still unmistakable in black and white.
        const QString shown = priorityLabel + QStringLiteral(": ") + priority;
        const double w = cv.textWidth(shown, priorityFont) + cv.mm(6);
        const QRectF box(r.left(), y, std::min(w, textWidth), cv.mm(10));
        if (urgent) {
            cv.fill(box, PrintStyle::alert());
            cv.frame(box, 0.8);
        } else {
            cv.frame(box, 0.3);
        }
        cv.text(box, shown, priorityFont, Qt::AlignCenter, urgent ? QColor(Qt::white) : QColor(Qt::black));
        y += cv.mm(11) + cv.mm(2);
        cv.text(QRectF(r.left(), y, textWidth, r.bottom() - y), what, whatFont);
    });
}

void OrderRequestSheet::addTubes(PrintCanvas& c, double width)
{
    const QFont tubeFont = c.font(PrintStyle::heading, true);
    const QFont testFont = c.font(10);
    const double textLeft = c.mm(swatchMm + 4);
    for (const OrderTube& t : m_data.tubes) {
        QStringList lines;
        for (int i = 0; i < t.tests.size(); ++i) {
            lines << QStringLiteral("☐ %1  (%2, LOINC %3)").arg(t.tests[i], t.shortNames[i], t.codes[i]);
        }
        const QString tests = lines.join(QLatin1Char('\n'));
        const QString name = t.name;
        const QColor colour = t.colour;
        const double h = c.lineHeight(tubeFont) + c.textHeight(tests, testFont, width - textLeft) + c.mm(4);
        m_flow.add(h, [=](PrintCanvas& cv, const QRectF& r) {
            const QRectF swatch(r.left() + cv.mm(1), r.top() + cv.mm(1.5), cv.mm(swatchMm), cv.mm(swatchMm));
            if (colour.isValid()) {
                cv.fill(swatch, colour);
            }
            cv.frame(swatch, 0.3);
            const double line = cv.lineHeight(tubeFont);
            cv.text(QRectF(r.left() + textLeft, r.top() + cv.mm(1), r.width() - textLeft, line), name,
                    tubeFont);
            cv.text(QRectF(r.left() + textLeft, r.top() + cv.mm(1) + line, r.width() - textLeft,
                           r.height() - line - cv.mm(1)),
                    tests, testFont);
            cv.hLine(r.left(), r.right(), r.bottom() - cv.mm(0.5), 0.15, QColor(0xb0, 0xb0, 0xb0));
        });
    }
}

int OrderRequestSheet::layout(PrintCanvas& c, const QRectF& body)
{
    m_flow = BlockFlow();
    FlowWriter w(c, m_flow, body.width());
    const OrderPrintData& d = m_data;
    const orders::Order& o = d.order;
    addTop(c, body.width());
    w.space(3);

    if (d.imaging()) {
        w.heading(tr("Exam"));
        w.field(tr("Exam"), d.examName, true);
        w.field(tr("Modality"), d.modality);
        w.field(tr("Region"), d.region);
    } else {
        w.heading(tr("Tests, by tube (%n tube(s))", nullptr, static_cast<int>(d.tubes.size())));
        addTubes(c, body.width());
    }
    w.space(2);

    w.heading(tr("Request"));
    w.field(tr("Clinical information"), o.clinicalInfo, true);
    QString by = o.orderedBy;
    if (o.underProtocol) {
        by += tr(" (nurse, under protocol)");
    }
    w.field(tr("Ordered by"), by);
    w.field(tr("Ordered at"), PageFrame::formatDateTime(o.orderedAt));
    if (!d.imaging()) {
        w.field(tr("Planned collection"), o.plannedCollection.isValid()
                                              ? PageFrame::formatDateTime(o.plannedCollection)
                                              : tr("as soon as possible"));
    }
    w.field(tr("Result expected by"), PageFrame::formatDateTime(o.dueAt));
    w.field(tr("Status when printed"), orders::label(o.status));
    if (o.status == orders::OrderStatus::Cancelled) {
        TextStack cancelled;
        cancelled.add(tr("CANCELLED: do not collect"), c.font(14, true), PrintStyle::alert());
        w.box(cancelled, PrintStyle::alert(), 0.8);
    }
    w.space(3);

    // Filled by hand at the bedside (or in imaging): the paper is the record until the
    // collection is entered on a laptop.
    TextStack handwritten;
    handwritten.add(d.imaging() ? tr("To be filled in by imaging") : tr("To be filled in at collection"),
                    c.font(PrintStyle::heading, true));
    handwritten.add(tr("Identity checked with the patient (name, birth date) and the wristband  ☐"),
                    c.font(PrintStyle::body));
    w.box(handwritten, Qt::black, 0.5);
    w.signatureLine(d.imaging() ? tr("Performed by (name)") : tr("Collected by (name)"));
    w.signatureLine(tr("At (date, time)"));
    if (!d.imaging()) {
        // Short enough for the label column of a signature line (a longer one is cut).
        w.signatureLine(tr("Lab received at"));
    }
    w.space(2);
    w.paragraph(tr("Scan the code or type the order number %1 to record the collection and the results.")
                    .arg(o.number),
                c.font(PrintStyle::small, false, true), PrintStyle::muted());
    return m_flow.paginate(body.height(), 0);
}

void OrderRequestSheet::paintPage(PrintCanvas& canvas, const QRectF& body, int page)
{
    m_flow.paintPage(canvas, body, page);
}

} // namespace wp::printing
