#include "UiPreferences.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QSettings>

namespace wp::gui {

UiPreferences::UiPreferences(const Workspace& ws)
    : m_path(QDir(ws.dataDirectory()).filePath(fileName())),
      m_login(ws.currentUser() ? ws.currentUser()->login : QString())
{}

QString UiPreferences::fullKey(const QString& key, bool perUser) const
{
    // Logins are lower-case letters, digits, dots and dashes: safe as a settings group.
    return perUser && !m_login.isEmpty() ? QStringLiteral("user-%1/%2").arg(m_login, key)
                                         : QStringLiteral("laptop/%1").arg(key);
}

QByteArray UiPreferences::value(const QString& key, bool perUser) const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    return settings.value(fullKey(key, perUser)).toByteArray();
}

void UiPreferences::setValue(const QString& key, const QByteArray& value, bool perUser)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(fullKey(key, perUser), value);
}

} // namespace wp::gui
