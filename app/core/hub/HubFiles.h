#pragma once

#include <QString>

namespace wp::hub {

/// Where a joined laptop keeps the hub's CA certificate and its own certificate and key:
/// the data directory's `hub` folder (the key readable by its owner only).
class HubFiles
{
public:
    explicit HubFiles(const QString& dataDirectory);
    QString folder() const { return m_folder; }
    QString caCertificate() const;
    QString certificate() const;
    QString key() const;

private:
    QString m_folder;
};

} // namespace wp::hub
