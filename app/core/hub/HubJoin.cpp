#include "HubJoin.h"

#include "HubFiles.h"
#include "HubLinkStore.h"
#include "Transaction.h"
#include "audit/AuditLog.h"

#include <QDir>
#include <QFile>

namespace wp::hub {

namespace {

/// A PEM file's text, checked to hold `marker` ("CERTIFICATE", "PRIVATE KEY").
Result<QByteArray> readPem(const QString& file, const QByteArray& marker)
{
    QFile in(file);
    if (!in.exists()) {
        return Error(HubJoin::tr("%1 does not exist.").arg(file), Error::Code::NotFound);
    }
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(HubJoin::tr("Cannot read %1: %2").arg(file, in.errorString()), Error::Code::Io);
    }
    const QByteArray text = in.read(1 << 20);
    if (!text.contains("-----BEGIN ") || !text.contains(marker)) {
        return Error(HubJoin::tr("%1 is not a PEM file holding a %2.").arg(file, QString::fromLatin1(marker)),
                     Error::Code::InvalidInput);
    }
    return text;
}

Status writeFile(const QString& path, const QByteArray& text, QFileDevice::Permissions permissions)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text) != text.size() ||
        !out.setPermissions(permissions) || !out.flush()) {
        return Error(HubJoin::tr("Cannot write %1: %2").arg(path, out.errorString()), Error::Code::Io);
    }
    return {};
}

} // namespace

Result<std::optional<HubLink>> HubJoin::link()
{
    return HubLinkStore(m_ws.db()).load();
}

Status HubJoin::join(const JoinRequest& r)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st.error();
    }
    if (r.host.trimmed().isEmpty()) {
        return Error(tr("The hub's host name or address is required."), Error::Code::InvalidInput);
    }
    if (r.port < 1 || r.port > 65535) {
        return Error(tr("The hub's port must be between 1 and 65535."), Error::Code::InvalidInput);
    }
    auto existing = link();
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error(tr("This laptop already uses the hub %1 port %2: leave it first (hub leave).")
                         .arg((*existing)->host)
                         .arg((*existing)->port),
                     Error::Code::Conflict);
    }
    auto ca = readPem(r.caFile, "CERTIFICATE");
    if (!ca) {
        return ca.error();
    }
    auto cert = readPem(r.certFile, "CERTIFICATE");
    if (!cert) {
        return cert.error();
    }
    auto key = readPem(r.keyFile, "PRIVATE KEY");
    if (!key) {
        return key.error();
    }
    const HubFiles files(m_ws.dataDirectory());
    if (!QDir().mkpath(files.folder())) {
        return Error(tr("Cannot create %1.").arg(files.folder()), Error::Code::Io);
    }
    QFile::setPermissions(files.folder(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto readable =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // libpq refuses a key that others may read.
    for (const auto& [path, text, permissions] :
         {std::tuple{files.caCertificate(), *ca, readable}, std::tuple{files.certificate(), *cert, readable},
          std::tuple{files.key(), *key, QFileDevice::ReadOwner | QFileDevice::WriteOwner}}) {
        if (auto st = writeFile(path, text, permissions); !st) {
            return st.error();
        }
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    HubLink l;
    l.host = r.host.trimmed();
    l.hostAddress = r.hostAddress.trimmed();
    l.port = r.port;
    l.joinedAt = m_ws.clock().now();
    l.joinedBy = m_ws.actor().login;
    if (auto st = HubLinkStore(m_ws.db()).insert(l); !st) {
        return st.error();
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("hub.join"), QStringLiteral("hub"), l.host,
                                        QStringLiteral("port=%1").arg(l.port));
        !st) {
        return st.error();
    }
    return tx->commit();
}

Status HubJoin::leave()
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st.error();
    }
    auto existing = link();
    if (!existing) {
        return existing.error();
    }
    if (!existing->has_value()) {
        return Error(tr("This laptop has not joined a hub."), Error::Code::Conflict);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = HubLinkStore(m_ws.db()).remove(); !st) {
        return st.error();
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("hub.leave"), QStringLiteral("hub"), (*existing)->host,
                                        QStringLiteral("port=%1").arg((*existing)->port));
        !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    // The certificate and key go with the link: this laptop can no longer reach the hub.
    QDir(HubFiles(m_ws.dataDirectory()).folder()).removeRecursively();
    return {};
}

} // namespace wp::hub
