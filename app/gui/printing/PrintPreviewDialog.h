#pragma once

#include "printing/PrintDocument.h"
#include "printing/PrintService.h"

#include <QDialog>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;

namespace wp::gui {

/// Shows a printout as it will come out of the printer (rendered to a temporary PDF and
/// displayed with QPdfView), then prints it through the system's print dialog or saves it
/// as a PDF. Printing and saving are audited; previewing is not.
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// Test seam: asked for the PDF file name (empty: cancelled). Default: QFileDialog.
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggested)>;
    /// Test seam: sets up `printer` and returns false when cancelled. Default: QPrintDialog.
    using PrintChooser = std::function<bool(QWidget* parent, QPrinter& printer)>;

    PrintPreviewDialog(printing::PrintService& service, std::unique_ptr<printing::PrintDocument> document,
                       QWidget* parent = nullptr);
    ~PrintPreviewDialog() override;

    /// Renders the preview; on failure the message says why and the buttons stay disabled.
    bool renderPreview();
    int pageCount() const;
    QPdfDocument* pdfDocument() const { return m_pdf; }
    QString message() const;

    void setSaveChooser(SaveChooser chooser) { m_saveChooser = std::move(chooser); }
    void setPrintChooser(PrintChooser chooser) { m_printChooser = std::move(chooser); }

public slots:
    void print();
    void saveAsPdf();

signals:
    /// After a successful print or save, with the printer name or the file.
    void printed(const QString& target);

private:
    void showMessage(const QString& text, bool error);

    printing::PrintService& m_service;
    std::unique_ptr<printing::PrintDocument> m_document;
    QTemporaryDir m_tmp;
    QPdfDocument* m_pdf;
    QPdfView* m_view;
    QLabel* m_message;
    QPushButton* m_printButton;
    QPushButton* m_saveButton;
    SaveChooser m_saveChooser;
    PrintChooser m_printChooser;
};

} // namespace wp::gui
