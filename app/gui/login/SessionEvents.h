#pragma once

#include "users/User.h"

#include <QObject>

#include <optional>

namespace wp {
class Workspace;
}

namespace wp::gui {

/// The one signal for "someone else is logged in now". Every page that shows or hides what
/// a role may do connects to userChanged() and re-reads Workspace::require, so that switching
/// user never leaves the previous user's buttons behind (nor hides the new user's).
class SessionEvents : public QObject
{
    Q_OBJECT

public:
    /// The events of `ws`: one object per workspace, made on first use.
    static SessionEvents& of(const Workspace& ws);
    /// Makes `user` the current user of `ws`; emits userChanged() when the login or the role
    /// differs from before. The login dialog and the lock screen log in through here.
    static void logIn(Workspace& ws, const std::optional<User>& user);

signals:
    void userChanged();

private:
    using QObject::QObject;
};

} // namespace wp::gui
