#pragma once

#include "users/User.h"

#include <QWidget>

class QFrame;
class QLabel;

namespace wp {
class Workspace;
}

namespace wp::gui {

class LoginForm;

/// Covers a window when the session is locked. The window underneath is only hidden,
/// never reset, so an unsaved form is still there after unlocking. The same user
/// unlocks with their password; another user may log in instead (switching user).
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    /// Covers `parent` entirely and follows its size.
    LockScreen(Workspace& ws, QWidget* parent);

    /// Shows the lock for the workspace's current user; `switchUser` starts with an
    /// empty user name so that someone else can log in.
    void engage(bool switchUser);
    LoginForm* form() const { return m_form; }

signals:
    /// The password was right. The workspace's current user is not changed here.
    void unlocked(const wp::User& user);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void onAuthenticated(const User& user);
    void placeCard();

    Workspace& m_ws;
    QFrame* m_card = nullptr;
    QLabel* m_title;
    QLabel* m_explanation;
    LoginForm* m_form;
};

} // namespace wp::gui
