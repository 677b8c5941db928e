#include "BlockFlow.h"

namespace wp::printing {

void BlockFlow::setRepeatedHeader(double height, Painter paint)
{
    m_headerHeight = height;
    m_header = std::move(paint);
}

void BlockFlow::add(double height, Painter paint, bool keepWithNext)
{
    m_blocks.append({height, std::move(paint), keepWithNext, m_pendingBreak});
    m_pendingBreak = false;
}

void BlockFlow::pageBreak()
{
    m_pendingBreak = true;
}

int BlockFlow::paginate(double pageHeight, double spacing)
{
    m_pages.clear();
    m_pages.append(QList<Placed>());
    const double top = m_header ? m_headerHeight : 0;
    double y = top;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block& b = m_blocks[i];
        // A heading moves with the block after it.
        double needed = b.height;
        if (b.keepWithNext && i + 1 < m_blocks.size()) {
            needed += spacing + m_blocks[i + 1].height;
        }
        const bool pageHasContent = y > top;
        if (pageHasContent && (b.breakBefore || y + needed > pageHeight)) {
            m_pages.append(QList<Placed>());
            y = top;
        }
        // A block taller than a page is placed anyway (and clipped) rather than looping.
        m_pages.last().append({i, y});
        y += b.height + spacing;
    }
    return static_cast<int>(m_pages.size());
}

void BlockFlow::paintPage(PrintCanvas& canvas, const QRectF& body, int page) const
{
    if (page < 0 || page >= m_pages.size()) {
        return;
    }
    if (m_header) {
        m_header(canvas, QRectF(body.left(), body.top(), body.width(), m_headerHeight));
    }
    for (const Placed& p : m_pages[page]) {
        const Block& b = m_blocks[p.block];
        b.paint(canvas, QRectF(body.left(), body.top() + p.y, body.width(), b.height));
    }
}

} // namespace wp::printing
