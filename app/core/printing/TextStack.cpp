#include "TextStack.h"

#include <algorithm>

namespace wp::printing {

TextStack& TextStack::add(const QString& text, const QFont& font, const QColor& colour, double spaceAfterMm)
{
    if (!text.trimmed().isEmpty()) {
        m_items.append({text.trimmed(), font, colour, spaceAfterMm});
    }
    return *this;
}

TextStack& TextStack::space(double mm)
{
    m_items.append({QString(), QFont(), Qt::black, mm});
    return *this;
}

double TextStack::height(const PrintCanvas& canvas, double width) const
{
    double h = 0;
    for (const Item& i : m_items) {
        h += canvas.textHeight(i.text, i.font, width) + canvas.mm(i.spaceAfterMm);
    }
    return h;
}

void TextStack::paint(PrintCanvas& canvas, const QRectF& rect) const
{
    double y = rect.top();
    for (const Item& i : m_items) {
        if (!i.text.isEmpty()) {
            const double h = canvas.textHeight(i.text, i.font, rect.width());
            canvas.text(QRectF(rect.left(), y, rect.width(), std::min(h, rect.bottom() - y)), i.text, i.font,
                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, i.colour);
            y += h;
        }
        y += canvas.mm(i.spaceAfterMm);
        if (y >= rect.bottom()) {
            break;
        }
    }
}

} // namespace wp::printing
