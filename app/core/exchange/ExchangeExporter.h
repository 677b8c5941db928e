#pragma once

#include "ExportOptions.h"
#include "workspace/Workspace.h"

namespace wp::exchange {

/// Writes an encrypted exchange bundle for another laptop: wards, beds, users and the
/// record versions (all of them, or those not yet sent to `forDevice`). Audit entries
/// are not exported: each laptop's chain stays its own.
///
/// Payload (JSON Lines, one object per line, "t" gives the type):
///   {"t":"ward",...} {"t":"bed",...} {"t":"user",...} then {"t":"rv",...} for each
///   record version (its data kept as the exact JSON text), then {"t":"end", counts}.
class ExchangeExporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeExporter)

public:
    explicit ExchangeExporter(Workspace& ws) : m_ws(ws) {}

    Result<ExportSummary> exportTo(const QString& file, const QByteArray& passphrase,
                                   const ExportOptions& options = {});

private:
    Workspace& m_ws;
};

} // namespace wp::exchange
