#pragma once

#include <QWidget>

class QTableWidget;

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class FormEntryPanel;

/// The entries of one form for a patient (newest first, "entered in error" shown struck
/// through) beside the panel to write a new one or amend the selected one.
class FormTab : public QWidget
{
    Q_OBJECT

public:
    FormTab(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
            const QString& formId, const QString& patientId, QWidget* parent = nullptr);

    FormEntryPanel* panel() const { return m_panel; }
    QTableWidget* list() const { return m_list; }

public slots:
    void reload();

signals:
    void changed();

private:
    FormEntryService& m_entries;
    const clinical::FormRegistry& m_forms;
    QString m_formId;
    QString m_patientId;
    QTableWidget* m_list = nullptr;
    FormEntryPanel* m_panel = nullptr;
};

} // namespace wp::gui
