#pragma once

#include "users/User.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// User name, password and the service's answer shown inline. Shared by the login
/// dialog and the lock screen. Keyboard-first: Enter in either field logs in.
class LoginForm : public QWidget
{
    Q_OBJECT

public:
    explicit LoginForm(Workspace& ws, QWidget* parent = nullptr);

    void setLogin(const QString& login);
    QString login() const;
    void setButtonText(const QString& text);
    /// Empties the password and the error, and puts the cursor where typing starts.
    void reset();
    QString errorText() const;

public slots:
    void submit();

signals:
    /// The password was right; the workspace's current user is not changed here.
    void authenticated(const wp::User& user);

private:
    Workspace& m_ws;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_button;
};

} // namespace wp::gui
