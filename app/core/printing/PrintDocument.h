#pragma once

#include "PageInfo.h"
#include "PrintCanvas.h"
#include "Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>

namespace wp::printing {

/// A printout: laid out once on the target device (so measurements match its
/// resolution), paginated, then painted page by page inside the common PageFrame.
/// Subclasses hold their data already loaded: painting never touches the database.
class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)

public:
    virtual ~PrintDocument() = default;

    /// "handover", "transfer", "labels", "kit", "sitrep": used in audit entries.
    virtual QString kind() const = 0;
    virtual QPageLayout::Orientation orientation() const { return QPageLayout::Portrait; }
    /// Suggested file name without extension ("handover-MED-morning").
    virtual QString suggestedFileName() const { return kind(); }

    /// Paints every page on `device` (a QPdfWriter or a QPrinter), A4 in this
    /// document's orientation.
    Status render(QPagedPaintDevice& device);
    /// Writes a 300 dpi PDF file.
    Status writePdf(const QString& path);
    /// Pages of the last render.
    int pageCount() const { return m_pageCount; }
    /// Later renders record every piece of text they draw into `log` (for layout checks).
    void setTextLog(std::vector<PrintCanvas::DrawnText>* log) { m_textLog = log; }

protected:
    /// Measures and paginates the content for a body of `body` size; returns the page count.
    virtual int layout(PrintCanvas& canvas, const QRectF& body) = 0;
    virtual PageInfo pageInfo(int page) const = 0;
    virtual void paintPage(PrintCanvas& canvas, const QRectF& body, int page) = 0;

private:
    int m_pageCount = 0;
    std::vector<PrintCanvas::DrawnText>* m_textLog = nullptr;
};

} // namespace wp::printing
