#pragma once

#include "Result.h"
#include "fhirimport/FhirImportReport.h"

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
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
/// what is written is what is on the stick now. A large folder takes seconds: a progress bar
/// follows the reading and the writing, and Cancel stops either (a cancelled import rolls back:
/// nothing is written). Patients whose record gives no bed of this laptop go to the chosen ward.
class FhirImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the progress bar follows.
    enum class Phase {
        Reading,  ///< the files (bytes)
        Checking, ///< the preview's dry run (patients and items)
        Writing,  ///< the import (patients and items)
    };
    Q_ENUM(Phase)

    FhirImportDialog(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent = nullptr);

    void setPaths(const QStringList& paths);
    QString previewText() const;
    bool canImport() const;
    void setAcceptMatches(bool accept);
    /// Selects the ward for patients without a bed in the record (the ward on screen); an
    /// unknown or empty code selects none (they are registered without a bed).
    void setDefaultWard(const QString& wardCode);
    QString defaultWard() const;
    bool isBusy() const { return m_busy; }

public slots:
    /// Reads the files and runs a dry run. True when the record can be imported.
    bool preview();
    /// Imports the previewed files. True on success.
    bool import();
    /// Stops the reading, the preview or the import under way (nothing is written).
    void cancel();
    /// Closing while busy cancels first, then closes.
    void reject() override;

signals:
    void imported();
    /// After each resource read (bytes) or patient and item imported.
    void progressed(wp::gui::FhirImportDialog::Phase phase, qint64 done, qint64 total);

private:
    QStringList paths() const;
    Result<fhirimport::FhirImportReport> run(bool dryRun);
    QString describe(const fhirimport::FhirImportReport& report, bool dryRun) const;
    /// The progress callback of the core: updates the bar, keeps the window alive, says whether
    /// to go on.
    bool onProgress(Phase phase, qint64 done, qint64 total);
    void setBusy(bool busy);
    void loadWards();

    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
    QLineEdit* m_paths = nullptr;
    QComboBox* m_ward = nullptr;
    QCheckBox* m_acceptMatches = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_import = nullptr;
    QList<QWidget*> m_inputs; // disabled while busy
    QString m_previewText;
    bool m_busy = false;
    bool m_cancelRequested = false;
    bool m_closeWhenDone = false;
    QElapsedTimer m_sinceRepaint;
};

} // namespace wp::gui
