#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// Sets a new password: the logged-in user's own (asking for the current one first) or,
/// for an administrator, anyone's (a reset).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { ChangeOwn, Reset };

    PasswordDialog(Workspace& ws, Mode mode, const QString& login, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Workspace& m_ws;
    Mode m_mode;
    QString m_login;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_error;
};

} // namespace wp::gui
