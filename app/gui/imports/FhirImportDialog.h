#pragma once

#include "Result.h"
#include "fhirimport/FhirImportReport.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace wp {
class Workspace;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

/// Imports the hospital's pre-attack record (FHIR R4 files or a Bulk Data folder) in two steps:
/// a preview that reads everything and runs the import as a dry run (nothing is written), then,
/// once confirmed, the real import, all or nothing. The files are read again at confirmation so
/// what is written is what is on the stick now.
class FhirImportDialog : public QDialog
{
    Q_OBJECT

public:
    FhirImportDialog(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent = nullptr);

    void setPaths(const QStringList& paths);
    QString previewText() const;
    bool canImport() const;
    void setAcceptMatches(bool accept);

public slots:
    /// Reads the files and runs a dry run. True when the record can be imported.
    bool preview();
    /// Imports the previewed files. True on success.
    bool import();

signals:
    void imported();

private:
    QStringList paths() const;
    Result<fhirimport::FhirImportReport> run(bool dryRun);
    QString describe(const fhirimport::FhirImportReport& report, bool dryRun) const;

    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
    QLineEdit* m_paths = nullptr;
    QCheckBox* m_acceptMatches = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_import = nullptr;
    QString m_previewText;
};

} // namespace wp::gui
