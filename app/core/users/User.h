#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace wp {

/// A person who can log in on this laptop.
struct User
{
    QString id;
    QString login;
    QString fullName;
    Role role = Role::Nurse;
    bool active = true;
};

} // namespace wp
