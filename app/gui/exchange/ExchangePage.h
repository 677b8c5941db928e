#pragma once

#include "exchange/ImportSummary.h"
#include "workspace/Workspace.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace wp::gui {

/// The "Exchange" page: write a bundle for another laptop onto a USB stick, or merge a
/// bundle found there after seeing what it would change (a dry run), then list the
/// conflicts and duplicate candidates to confirm. Messages appear inline, never in popups.
class ExchangePage : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangePage(Workspace& ws, QWidget* parent = nullptr);

    /// The folder (USB stick) bundles are written to and read from.
    void setFolder(const QString& folder);
    QString folder() const;
    QString message() const;

signals:
    /// After a successful import: views showing patients should reload.
    void dataImported();

private:
    void chooseFolder();
    void exportBundle();
    void previewSelected();
    void importSelected();
    void refreshBundles();
    void refreshConflicts();
    void resolveSelected(const QString& resolution);
    void showMessage(const QString& text, bool error);
    QString selectedFile() const;

    Workspace& m_ws;
    QLineEdit* m_folder;
    QLineEdit* m_passphrase;
    QLineEdit* m_forDevice;
    QListWidget* m_bundles;
    QLabel* m_preview;
    QPushButton* m_import;
    QTableWidget* m_conflicts;
    QLabel* m_message;
    QString m_previewedFile;
    exchange::ImportSummary m_previewed;
};

} // namespace wp::gui
