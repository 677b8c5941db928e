#include "FhirSettings.h"

#include "Transaction.h"
#include "audit/AuditLog.h"

#include <QRegularExpression>
#include <QUrl>

namespace wp::fhir {

QString FhirSettings::checkUri(const QString& uri)
{
    const QString text = uri.trimmed();
    if (text.isEmpty()) {
        return tr("Enter the URI of the hospital's IPP system.");
    }
    if (text.size() > maximumUriLength) {
        return tr("The URI is too long (at most %1 characters).").arg(maximumUriLength);
    }
    if (text.contains(QRegularExpression(QStringLiteral("\\s")))) {
        return tr("A URI has no spaces.");
    }
    // RFC 8141: urn:<NID>:<NSS>, the NID being 2 to 32 letters, digits or hyphens.
    static const QRegularExpression urn(QStringLiteral("^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:\\S+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (text.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        return urn.match(text).hasMatch()
                   ? QString()
                   : tr("A URN reads urn:NAMESPACE:VALUE, for example urn:oid:1.2.250.1.71.4.2.7.");
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && url.isValid() &&
        !url.host().isEmpty()) {
        return {};
    }
    return tr("Enter an absolute URI: urn:… or http(s)://… (for example https://hospital.example/ipp).");
}

QString FhirSettings::ippSystem()
{
    const QString stored = m_ws.setting(ippSystemKey()).trimmed();
    return checkUri(stored).isEmpty() ? stored : systems::defaultIpp();
}

Status FhirSettings::setIppSystem(const QString& uri)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st;
    }
    if (const QString why = checkUri(uri); !why.isEmpty()) {
        return Error(why, Error::Code::InvalidInput);
    }
    const QString value = uri.trimmed();
    const QString before = ippSystem();
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = m_ws.setSetting(ippSystemKey(), value); !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("setting.change"), QStringLiteral("setting"),
                                        ippSystemKey(), QStringLiteral("%1 -> %2").arg(before, value));
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp::fhir
