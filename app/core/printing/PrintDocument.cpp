#include "PrintDocument.h"

#include "PageFrame.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace wp::printing {

namespace {
// Wide enough for every office printer's unprintable border.
const QMarginsF pageMargins(8, 8, 8, 8);
} // namespace

Status PrintDocument::render(QPagedPaintDevice& device)
{
    // A printer may refuse a margin below its hardware limit; it then keeps its own, and
    // the layout follows the area it reports, so nothing is cut off either way.
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(orientation());
    device.setPageMargins(pageMargins, QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error(tr("Cannot start printing: the printer or the file is not available."), Error::Code::Io);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    PrintCanvas canvas(painter, device);
    PageFrame frame(canvas);
    const QRectF body = frame.body(pageInfo(0));
    m_pageCount = std::max(1, layout(canvas, body));
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error(tr("The printer stopped after page %1.").arg(page), Error::Code::Io);
        }
        const PageInfo info = pageInfo(page);
        canvas.setTextLog(m_textLog, page);
        frame.paint(info, page, m_pageCount);
        painter.save();
        paintPage(canvas, frame.body(info), page);
        painter.restore();
    }
    if (!painter.end()) {
        return Error(tr("The printout could not be finished."), Error::Code::Io);
    }
    return {};
}

Status PrintDocument::writePdf(const QString& path)
{
    const QFileInfo target(path);
    if (!QDir(target.absolutePath()).exists()) {
        return Error(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())),
                     Error::Code::Io);
    }
    {
        // QPdfWriter reports no open error: check that the file can be written first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), probe.errorString()),
                         Error::Code::Io);
        }
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("WhitePlan"));
    writer.setTitle(suggestedFileName());
    return render(writer);
}

} // namespace wp::printing
