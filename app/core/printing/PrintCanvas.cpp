#include "PrintCanvas.h"

#include <QFontMetricsF>

#include <algorithm>

namespace wp::printing {

PrintCanvas::PrintCanvas(QPainter& painter, QPaintDevice& device)
    : m_painter(painter), m_device(device), m_pixelsPerMm(device.logicalDpiX() / 25.4)
{}

QRectF PrintCanvas::area() const
{
    return QRectF(0, 0, m_device.width(), m_device.height());
}

QFont PrintCanvas::font(double points, bool bold, bool italic) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // Kerning off: the PDF text then extracts with predictable spacing for checks and copy-paste.
    f.setKerning(false);
    return f;
}

QPen PrintCanvas::pen(double widthMm, const QColor& colour, Qt::PenStyle style) const
{
    QPen p(colour);
    p.setWidthF(mm(widthMm));
    p.setStyle(style);
    p.setCosmetic(false);
    return p;
}

int PrintCanvas::wrapFlags(const QString& text, const QFont& font, double width, int flags) const
{
    if (!(flags & Qt::TextWordWrap) || text.isEmpty()) {
        return flags;
    }
    // A word wider than the column (a 100-letter name) would run out of it and be cut by
    // the clip: such text breaks anywhere instead, so every character is printed.
    const QFontMetricsF metrics(font, &m_device);
    if (metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).width() <= width + 0.5) {
        return flags;
    }
    return (flags & ~Qt::TextWordWrap) | Qt::TextWrapAnywhere;
}

double PrintCanvas::textHeight(const QString& text, const QFont& font, double width, int flags) const
{
    if (text.isEmpty()) {
        return 0;
    }
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), wrapFlags(text, font, width, flags), text).height();
}

double PrintCanvas::textWidth(const QString& text, const QFont& font) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

double PrintCanvas::lineHeight(const QFont& font) const
{
    return QFontMetricsF(font, &m_device).height();
}

double PrintCanvas::text(const QRectF& rect, const QString& text, const QFont& font, int flags,
                         const QColor& colour)
{
    if (text.isEmpty()) {
        return 0;
    }
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(colour);
    m_painter.setClipRect(rect);
    QRectF used;
    m_painter.drawText(rect, wrapFlags(text, font, rect.width(), flags), text, &used);
    m_painter.restore();
    if (m_log) {
        m_log->push_back({m_logPage, rect, used, text});
    }
    return std::min(used.height(), rect.height());
}

QString PrintCanvas::elided(const QString& text, const QFont& font, double width) const
{
    return QFontMetricsF(font, &m_device).elidedText(text, Qt::ElideRight, width);
}

bool PrintCanvas::fits(const QString& text, const QFont& font, const QSizeF& size, int flags) const
{
    const QFontMetricsF metrics(font, &m_device);
    const QRectF needed = metrics.boundingRect(QRectF(QPointF(0, 0), size), flags, text);
    // A word wider than the box overflows it sideways even when wrapping is allowed.
    return needed.height() <= size.height() + 0.5 && needed.width() <= size.width() + 0.5;
}

double PrintCanvas::fittingSize(const QString& text, double points, double minPoints, bool bold,
                                const QSizeF& size, int flags) const
{
    double p = points;
    while (p > minPoints && !fits(text, font(p, bold), size, flags)) {
        p -= 0.5;
    }
    return std::max(p, minPoints);
}

void PrintCanvas::frame(const QRectF& rect, double widthMm, const QColor& colour)
{
    m_painter.save();
    m_painter.setPen(pen(widthMm, colour));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect);
    m_painter.restore();
}

void PrintCanvas::fill(const QRectF& rect, const QColor& colour)
{
    m_painter.fillRect(rect, colour);
}

void PrintCanvas::hLine(double x1, double x2, double y, double widthMm, const QColor& colour,
                        Qt::PenStyle style)
{
    m_painter.save();
    m_painter.setPen(pen(widthMm, colour, style));
    m_painter.drawLine(QPointF(x1, y), QPointF(x2, y));
    m_painter.restore();
}

void PrintCanvas::vLine(double x, double y1, double y2, double widthMm, const QColor& colour)
{
    m_painter.save();
    m_painter.setPen(pen(widthMm, colour));
    m_painter.drawLine(QPointF(x, y1), QPointF(x, y2));
    m_painter.restore();
}

} // namespace wp::printing
