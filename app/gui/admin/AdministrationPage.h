#pragma once

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableView;

namespace wp {
class Workspace;
}

namespace wp::gui {

class FhirSettingsBox;
class MessageBar;
class UserTableModel;

/// Users of this laptop: add, enable or disable, reset a password; the idle lock and the
/// FHIR export's IPP system. Administrators only; the role check itself is the core's, and
/// its message is what others see.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdministrationPage(Workspace& ws, QWidget* parent = nullptr);

    /// Why the logged-in user may not manage users (empty when they may).
    QString refusal() const;
    UserTableModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_messages; }
    /// Selects the row of `login` in the table.
    void select(const QString& login);

public slots:
    /// Reloads the users and re-applies the logged-in user's rights (after a switch).
    void refresh();
    /// Opens the add-user dialog (window-modal, not blocking).
    void addUser();
    void toggleSelectedActive();
    void resetSelectedPassword();
    /// Stores the idle time shown in the spin box.
    void applyIdleLockMinutes();

signals:
    void idleLockMinutesChanged(int minutes);

private:
    QString selectedLogin() const;
    void updateButtons();

    Workspace& m_ws;
    MessageBar* m_messages;
    MessageBar* m_refusal;
    UserTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_reset;
    QSpinBox* m_idleMinutes;
    QPushButton* m_applyIdle;
    FhirSettingsBox* m_fhir;
};

} // namespace wp::gui
