#pragma once

#include "PrintCanvas.h"

#include <QList>

namespace wp::printing {

/// Paragraphs stacked top to bottom in a column, each with its own font and colour:
/// measured once for pagination, painted later with the same wrapping.
class TextStack
{
public:
    TextStack& add(const QString& text, const QFont& font, const QColor& colour = Qt::black,
                   double spaceAfterMm = 0.6);
    /// Leaves `mm` of empty space (for handwriting, or between groups).
    TextStack& space(double mm);
    bool isEmpty() const { return m_items.isEmpty(); }

    double height(const PrintCanvas& canvas, double width) const;
    void paint(PrintCanvas& canvas, const QRectF& rect) const;

private:
    struct Item
    {
        QString text;
        QFont font;
        QColor colour;
        double spaceAfterMm = 0;
    };
    QList<Item> m_items;
};

} // namespace wp::printing
