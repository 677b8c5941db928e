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
