#include "PrintPreviewDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace wp::gui {

PrintPreviewDialog::PrintPreviewDialog(printing::PrintService& service,
                                       std::unique_ptr<printing::PrintDocument> document, QWidget* parent)
    : QDialog(parent), m_service(service), m_document(std::move(document)), m_pdf(new QPdfDocument(this)),
      m_view(new QPdfView(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Print preview"));
    resize(1000, 760);
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    m_saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_printButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    // Print and Save act without closing: a nurse often wants both.
    connect(m_printButton, &QPushButton::clicked, this, &PrintPreviewDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &PrintPreviewDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    m_saveChooser = [](QWidget* p, const QString& suggested) {
        return QFileDialog::getSaveFileName(p, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    };
    m_printChooser = [](QWidget* p, QPrinter& printer) {
        QPrintDialog dialog(&printer, p);
        return dialog.exec() == QDialog::Accepted;
    };
}

PrintPreviewDialog::~PrintPreviewDialog()
{
    // Release the temporary file before its folder is removed.
    m_view->setDocument(nullptr);
    m_pdf->close();
}

bool PrintPreviewDialog::renderPreview()
{
    if (!m_tmp.isValid()) {
        showMessage(tr("Cannot create a temporary folder for the preview."), true);
        return false;
    }
    const QString file = m_tmp.filePath(QStringLiteral("preview.pdf"));
    m_pdf->close();
    if (auto st = m_document->writePdf(file); !st) {
        showMessage(st.errorMessage(), true);
        return false;
    }
    if (m_pdf->load(file) != QPdfDocument::Error::None) {
        showMessage(tr("The preview could not be displayed."), true);
        return false;
    }
    m_printButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    setWindowTitle(tr("Print preview — %n page(s)", nullptr, m_pdf->pageCount()));
    return true;
}

int PrintPreviewDialog::pageCount() const
{
    return m_pdf->pageCount();
}

QString PrintPreviewDialog::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void PrintPreviewDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                                   : QStringLiteral("QLabel { color: #1b5e20; }"));
    m_message->show();
}

void PrintPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("WhitePlan ") + m_document->suggestedFileName());
    printer.setPageOrientation(m_document->orientation());
    if (!m_printChooser(this, printer)) {
        return;
    }
    const QString target =
        printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : printer.printerName();
    if (auto st = m_service.print(*m_document, printer, target); !st) {
        showMessage(st.errorMessage(), true);
        return;
    }
    showMessage(tr("%n page(s) sent to %1.", nullptr, m_document->pageCount()).arg(target), false);
    emit printed(target);
}

void PrintPreviewDialog::saveAsPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(m_document->suggestedFileName() + QStringLiteral(".pdf"));
    QString file = m_saveChooser(this, suggested);
    if (file.isEmpty()) {
        return;
    }
    if (!file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        file += QStringLiteral(".pdf");
    }
    if (auto st = m_service.printToPdf(*m_document, file); !st) {
        showMessage(st.errorMessage(), true);
        return;
    }
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(file)), false);
    emit printed(file);
}

} // namespace wp::gui
