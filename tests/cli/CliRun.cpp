#include "CliRun.h"

namespace wp::test {

QProcessEnvironment cliSecrets(const QString& password, const QString& bundlePassphrase)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("WHITEPLAN_PASSWORD"), password);
    env.insert(QStringLiteral("WHITEPLAN_BACKUP_PASSPHRASE"), cliBackupPassphrase());
    if (!bundlePassphrase.isEmpty()) {
        env.insert(QStringLiteral("WHITEPLAN_BUNDLE_PASSPHRASE"), bundlePassphrase);
    }
    return env;
}

QStringList initArgs(const QString& dir, const QString& device, const QString& hospital)
{
    return {QStringLiteral("init"),
            QStringLiteral("--data-dir"),
            dir,
            QStringLiteral("--hospital"),
            hospital,
            QStringLiteral("--device-code"),
            device,
            QStringLiteral("--admin"),
            cliAdmin(),
            QStringLiteral("--ward"),
            QStringLiteral("MED:Médecine:12")};
}

QStringList asUser(const QString& dir, const QString& user)
{
    return {QStringLiteral("--data-dir"), dir, QStringLiteral("--user"), user};
}

} // namespace wp::test
