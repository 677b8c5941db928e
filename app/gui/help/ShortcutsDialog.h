#pragma once

#include <QDialog>

class QTableWidget;

namespace wp::gui {

/// Every keyboard shortcut of a window, read from its actions when the dialog opens, so the
/// list can never disagree with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QWidget* window, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace wp::gui
