#pragma once

#include "FhirBundle.h"
#include "workspace/Workspace.h"

namespace wp::fhir {

/// The back-entry export's settings: the hospital's IPP identifier system, the URI its
/// patient administration system files IPPs under (Identifier.system). Until it is set,
/// exports use urn:whiteplan:ipp, which the receiving system must map. Changing it needs
/// ConfigureSite and is audited.
class FhirSettings
{
    Q_DECLARE_TR_FUNCTIONS(FhirSettings)

public:
    static QString ippSystemKey() { return QStringLiteral("fhir.ipp_system"); }
    static constexpr int maximumUriLength = 255;

    explicit FhirSettings(Workspace& ws) : m_ws(ws) {}

    /// The stored system, or the default when none (or an invalid one) is stored.
    QString ippSystem();
    /// `uri` trimmed must be an absolute URI: urn:NID:… (urn:oid:… included) or http(s)://host/….
    Status setIppSystem(const QString& uri);
    /// Why `uri` cannot be an identifier system, in words; empty when it can.
    static QString checkUri(const QString& uri);

private:
    Workspace& m_ws;
};

} // namespace wp::fhir
