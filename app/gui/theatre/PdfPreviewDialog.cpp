#include "PdfPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

PdfPreviewDialog::PdfPreviewDialog(const QString& pdfPath, const QString& title, QWidget* parent)
    : QDialog(parent), m_path(pdfPath)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_document = new QPdfDocument(this);
    m_document->load(pdfPath);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    auto* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &PdfPreviewDialog::askSave);
    connect(printButton, &QPushButton::clicked, this, &PdfPreviewDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 700);
}

int PdfPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

bool PdfPreviewDialog::saveAs(const QString& path)
{
    QFile::remove(path);
    if (!QFile::copy(m_path, path)) {
        return false;
    }
    emit delivered(path);
    return true;
}

void PdfPreviewDialog::askSave()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), windowTitle() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !saveAs(path)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot write %1.").arg(path));
    }
}

void PdfPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // The PDF is already laid out: print its pages as images at the printer's resolution.
    QPainter painter;
    if (!painter.begin(&printer)) {
        QMessageBox::warning(this, windowTitle(), tr("The printer could not be started."));
        return;
    }
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0) {
            printer.newPage();
        }
        const QRect target = painter.viewport();
        const QSizeF points = m_document->pagePointSize(page);
        const QSize pixels = (points * printer.resolution() / 72.0).toSize().boundedTo(target.size());
        const QImage image = m_document->render(page, pixels);
        painter.drawImage(QRect(target.topLeft(), image.size().scaled(target.size(), Qt::KeepAspectRatio)),
                          image);
    }
    painter.end();
    emit delivered(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName());
}

} // namespace wp::gui
