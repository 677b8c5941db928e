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
    /// Copies the PDF to `path` (delivered() follows); false when it cannot be written.
    bool saveAs(const QString& path);

signals:
    /// The printout left the laptop's screen: saved to a file or sent to a printer (`target`),
    /// for the caller to audit like every other printout.
    void delivered(const QString& target);

private:
    void askSave();
    void print();

    QString m_path;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
};

} // namespace wp::gui
