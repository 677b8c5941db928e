#pragma once

#include "users/User.h"

#include <QDialog>

#include <optional>

class QLabel;

namespace wp {
class Workspace;
}

namespace wp::gui {

class LoginForm;

/// The first screen after start-up: who is using this laptop.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Workspace& ws, QWidget* parent = nullptr);

    /// Extra text under the form (the demo hospital's passwords).
    void setHint(const QString& text);
    LoginForm* form() const { return m_form; }
    /// Set once the dialog is accepted; also made the workspace's current user.
    const std::optional<User>& user() const { return m_user; }

private:
    void onAuthenticated(const User& user);

    Workspace& m_ws;
    LoginForm* m_form;
    QLabel* m_hint;
    std::optional<User> m_user;
};

} // namespace wp::gui
