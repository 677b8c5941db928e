#pragma once

#include <QByteArray>
#include <QString>

namespace wp {
class Workspace;
}

namespace wp::gui {

/// How the screens were left on this laptop (window size, board columns): comfort, not
/// clinical data, so it lives in a plain file of the data directory, never in the database,
/// and a lost or damaged file only brings the defaults back.
class UiPreferences
{
public:
    explicit UiPreferences(const Workspace& ws);

    /// Per user when `perUser` (the logged-in user's own layout), else for the laptop.
    QByteArray value(const QString& key, bool perUser = false) const;
    void setValue(const QString& key, const QByteArray& value, bool perUser = false);

    static QString fileName() { return QStringLiteral("preferences.ini"); }

private:
    QString fullKey(const QString& key, bool perUser) const;

    QString m_path;
    QString m_login;
};

} // namespace wp::gui
