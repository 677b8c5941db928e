#pragma once

#include "User.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp {

/// Users of this laptop: creation, login with a growing delay after wrong
/// passwords, password changes. Every change is audited.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    /// Wrong passwords allowed before delays start.
    static constexpr int freeAttempts = 3;
    /// Delay imposed after `failures` consecutive wrong passwords (0 while under freeAttempts).
    static qint64 lockoutSeconds(int failures);
    /// An administrator's separate, shorter delay: anyone can type wrong passwords for
    /// "admin", so an administrator's password is checked again this long after the last
    /// wrong one even while lockoutSeconds() runs (docs/data-safety.md gives the trade-off).
    static constexpr qint64 administratorRetrySeconds = 30;
    /// The delay that applies to a user of `role` after `failures` wrong passwords.
    static qint64 delaySeconds(Role role, int failures);
    static constexpr int minimumPasswordLength = 8;

    explicit UserService(Workspace& ws) : m_ws(ws) {}

    /// Needs ManageUsers, except for the very first user (who must be an administrator).
    Result<User> create(const QString& login, const QString& fullName, Role role, const QString& password);
    /// Checks a password. On success the workspace's current user is NOT changed: call
    /// Workspace::setCurrentUser (the GUI may be unlocking for the same user).
    Result<User> authenticate(const QString& login, const QString& password);
    Status changePassword(const QString& login, const QString& newPassword);
    Status setActive(const QString& login, bool active);

    Result<QList<User>> list();
    Result<User> find(const QString& login);
    int count();

    static QString checkPasswordStrength(const QString& password);

private:
    Status recordFailure(const QString& login, int failures);
    Workspace& m_ws;
};

} // namespace wp
