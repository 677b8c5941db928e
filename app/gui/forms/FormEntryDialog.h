#pragma once

#include <QDialog>
#include <QJsonObject>

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class FormEntryPanel;

/// A FormEntryPanel in its own window (a prescription line, a dose given); it closes
/// once the entry is saved.
class FormEntryDialog : public QDialog
{
    Q_OBJECT

public:
    FormEntryDialog(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
                    const QString& formId, const QString& patientId, const QJsonObject& defaults = {},
                    QWidget* parent = nullptr);
    FormEntryPanel* panel() const { return m_panel; }

private:
    FormEntryPanel* m_panel = nullptr;
};

} // namespace wp::gui
