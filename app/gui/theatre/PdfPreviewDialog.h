#pragma once

#include <QDialog>

class QPdfDocument;
class QPdfView;

namespace wp::gui {

/// Shows a PDF written by the core (QtPdf), saves a copy or prints it on a system printer.
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PdfPreviewDialog(const QString& pdfPath, const QString& title, QWidget* parent = nullptr);

    int pageCount() const;
    /// Copies the PDF to `path`; false when it cannot be written.
    bool saveAs(const QString& path) const;

private:
    void askSave();
    void print();

    QString m_path;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
};

} // namespace wp::gui
