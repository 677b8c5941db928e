#include "HubFiles.h"

#include <QDir>

namespace wp::hub {

HubFiles::HubFiles(const QString& dataDirectory)
    : m_folder(QDir(dataDirectory).filePath(QStringLiteral("hub")))
{}

QString HubFiles::caCertificate() const
{
    return QDir(m_folder).filePath(QStringLiteral("ca.crt"));
}

QString HubFiles::certificate() const
{
    return QDir(m_folder).filePath(QStringLiteral("device.crt"));
}

QString HubFiles::key() const
{
    return QDir(m_folder).filePath(QStringLiteral("device.key"));
}

} // namespace wp::hub
