#include "FlowWriter.h"

#include "PrintStyle.h"

#include <algorithm>

namespace wp::printing {

namespace {
constexpr double labelMm = 48;
constexpr double cellPadMm = 1.2;
} // namespace

QString FlowWriter::notRecorded()
{
    return tr("not recorded");
}

void FlowWriter::heading(const QString& title)
{
    const QFont f = m_c.font(PrintStyle::heading, true);
    const double h = m_c.lineHeight(f) + m_c.mm(2.5);
    m_flow.add(
        h,
        [title, f](PrintCanvas& c, const QRectF& r) {
            c.text(r.adjusted(0, c.mm(1.2), 0, 0), title, f);
            c.hLine(r.left(), r.right(), r.bottom() - c.mm(0.3), 0.4);
        },
        true);
}

void FlowWriter::paragraph(const QString& text, const QFont& font, const QColor& colour)
{
    const double h = m_c.textHeight(text, font, m_width) + m_c.mm(1);
    m_flow.add(h, [text, font, colour](PrintCanvas& c, const QRectF& r) {
        c.text(r, text, font, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, colour);
    });
}

void FlowWriter::field(const QString& label, const QString& value, bool emphasise)
{
    const QFont labelFont = m_c.font(PrintStyle::body, true);
    const bool missing = value.trimmed().isEmpty();
    const QFont valueFont = missing ? m_c.font(PrintStyle::body, false, true)
                                    : m_c.font(emphasise ? 10.5 : PrintStyle::body, emphasise);
    const QString shown = missing ? notRecorded() : value;
    const double labelWidth = m_c.mm(labelMm);
    const double valueWidth = m_width - labelWidth;
    const double h = std::max(m_c.textHeight(label, labelFont, labelWidth - m_c.mm(2)),
                              m_c.textHeight(shown, valueFont, valueWidth)) +
                     m_c.mm(1.3);
    m_flow.add(h, [=](PrintCanvas& c, const QRectF& r) {
        c.text(QRectF(r.left(), r.top(), labelWidth - c.mm(2), r.height()), label, labelFont);
        c.text(QRectF(r.left() + labelWidth, r.top(), valueWidth, r.height()), shown, valueFont,
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               missing ? PrintStyle::muted() : QColor(Qt::black));
        c.hLine(r.left(), r.right(), r.bottom() - c.mm(0.4), 0.1, QColor(0xc8, 0xc8, 0xc8));
    });
}

void FlowWriter::signatureLine(const QString& label)
{
    const QFont labelFont = m_c.font(PrintStyle::body, true);
    const double labelWidth = m_c.mm(labelMm);
    const double h = m_c.mm(9);
    m_flow.add(h, [=](PrintCanvas& c, const QRectF& r) {
        c.text(QRectF(r.left(), r.bottom() - c.mm(5), labelWidth - c.mm(2), c.mm(5)), label, labelFont);
        c.hLine(r.left() + labelWidth, r.left() + labelWidth + c.mm(90), r.bottom() - c.mm(1.2), 0.2,
                PrintStyle::rule(), Qt::DotLine);
    });
}

void FlowWriter::box(const TextStack& content, const QColor& border, double borderMm)
{
    const double pad = m_c.mm(2);
    const double h = content.height(m_c, m_width - 2 * pad) + 2 * pad;
    m_flow.add(h, [=](PrintCanvas& c, const QRectF& r) {
        c.frame(r, borderMm, border);
        content.paint(c, r.adjusted(pad, pad, -pad, -pad));
    });
}

void FlowWriter::table(const QStringList& headers, const QList<QStringList>& rows,
                       const QList<double>& widths)
{
    QList<double> cols;
    for (double w : widths) {
        cols << w * m_width;
    }
    const double pad = m_c.mm(cellPadMm);
    const auto addRow = [&](const QStringList& cells, const QFont& font, bool head) {
        double h = 0;
        for (int i = 0; i < cells.size() && i < cols.size(); ++i) {
            h = std::max(h, m_c.textHeight(cells[i], font, cols[i] - 2 * pad));
        }
        h = std::max(h, m_c.lineHeight(font)) + 2 * pad;
        m_flow.add(
            h,
            [=](PrintCanvas& c, const QRectF& r) {
                if (head) {
                    c.fill(r, PrintStyle::headingFill());
                }
                double x = r.left();
                for (int i = 0; i < cells.size() && i < cols.size(); ++i) {
                    c.text(QRectF(x + pad, r.top() + pad, cols[i] - 2 * pad, r.height() - 2 * pad), cells[i],
                           font);
                    if (i > 0) {
                        c.vLine(x, r.top(), r.bottom(), 0.15, PrintStyle::rule());
                    }
                    x += cols[i];
                }
                c.frame(r, 0.25, PrintStyle::rule());
            },
            head);
    };
    addRow(headers, m_c.font(PrintStyle::small, true), true);
    for (const QStringList& row : rows) {
        addRow(row, m_c.font(PrintStyle::body), false);
    }
}

void FlowWriter::writingLines(int lines)
{
    const double step = m_c.mm(7);
    m_flow.add(step * lines, [step, lines](PrintCanvas& c, const QRectF& r) {
        for (int i = 1; i <= lines; ++i) {
            c.hLine(r.left(), r.right(), r.top() + i * step - c.mm(0.5), 0.15, QColor(0x90, 0x90, 0x90));
        }
    });
}

void FlowWriter::space(double mm)
{
    m_flow.add(m_c.mm(mm), [](PrintCanvas&, const QRectF&) {});
}

} // namespace wp::printing
