#pragma once

#include "PrintCanvas.h"

#include <QList>

#include <functional>

namespace wp::printing {

/// Content measured first and paginated before anything is painted, so that the total
/// page count ("page x of y") is known when the first page is drawn. A block never
/// splits across pages; a header block (table headings) repeats at the top of each page.
class BlockFlow
{
public:
    using Painter = std::function<void(PrintCanvas&, const QRectF&)>;

    void setRepeatedHeader(double height, Painter paint);
    /// Adds a block `height` device pixels tall. `keepWithNext` keeps a heading on the
    /// page of what follows it.
    void add(double height, Painter paint, bool keepWithNext = false);
    /// Starts a new page before the next block.
    void pageBreak();

    /// Assigns blocks to pages of `pageHeight`; returns the page count (at least 1).
    int paginate(double pageHeight, double spacing);
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) const;
    int pageCount() const { return static_cast<int>(m_pages.size()); }

private:
    struct Block
    {
        double height = 0;
        Painter paint;
        bool keepWithNext = false;
        bool breakBefore = false;
    };
    struct Placed
    {
        int block = 0;
        double y = 0;
    };
    double m_headerHeight = 0;
    Painter m_header;
    QList<Block> m_blocks;
    bool m_pendingBreak = false;
    QList<QList<Placed>> m_pages;
};

} // namespace wp::printing
