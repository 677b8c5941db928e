#pragma once

#include <QDialog>

class QButtonGroup;
class QLabel;
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

/// Imports census.csv or observations.csv in two steps: a preview that checks the whole
/// file and writes nothing (counts, likely duplicates, or the errors with file, line and
/// column), then the import itself, all or nothing, once the nurse confirms.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Census, Observations };

    ImportDialog(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent = nullptr);

    void setKind(Kind kind);
    void setFile(const QString& path);
    /// The ward on screen: the hospital record import puts patients without a bed there
    /// unless the user chooses another.
    void setCurrentWard(const QString& wardCode) { m_currentWard = wardCode; }
    QString previewText() const;
    bool canImport() const;

public slots:
    /// Checks the file without writing. True when it can be imported.
    bool preview();
    /// Imports the previewed file. True on success.
    bool import();

signals:
    void imported();

private:
    void chooseFile();
    Kind kind() const;

    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
    QButtonGroup* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_import = nullptr;
    QString m_previewText;
    QString m_currentWard;
};

} // namespace wp::gui
