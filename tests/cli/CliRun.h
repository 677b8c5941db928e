#pragma once

#include "TestSupport.h"

#include <QProcessEnvironment>
#include <QStringList>

// What the end-to-end CLI tests give every whiteplan-cli they run (through runCli() or
// runRestrictedCli()): the secrets a script passes in the environment, and the laptop that
// `init` makes for most of them. One place, so that the tests start the CLI the same way.

namespace wp::test {

/// WHITEPLAN_PASSWORD, WHITEPLAN_BACKUP_PASSPHRASE (cliBackupPassphrase()) and, when not empty,
/// WHITEPLAN_BUNDLE_PASSPHRASE (an empty variable is the same as none for the CLI: it would ask
/// on standard input).
QProcessEnvironment cliSecrets(const QString& password, const QString& bundlePassphrase = {});

/// The passphrase of the encrypted backups the CLI tests write.
inline QString cliBackupPassphrase()
{
    return QStringLiteral("usb stick backup words");
}

/// The administrator that initArgs() creates, and the password the tests give it.
inline QString cliAdmin()
{
    return QStringLiteral("boss");
}
inline QString cliAdminPassword()
{
    return QStringLiteral("boss-password");
}

/// `init` of a laptop of `hospital` with device `device`, administrator cliAdmin() and one
/// ward MED (12 beds); more options may be appended (another --ward, --hospital-id).
QStringList initArgs(const QString& dir, const QString& device = QStringLiteral("URG1"),
                     const QString& hospital = QStringLiteral("CH Test"));

/// "--data-dir DIR --user USER", appended to a command that logs in.
QStringList asUser(const QString& dir, const QString& user = cliAdmin());

} // namespace wp::test
