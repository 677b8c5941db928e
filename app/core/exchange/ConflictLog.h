#pragma once

#include "ExchangeConflict.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp::exchange {

/// The conflicts and duplicate candidates found by merges, for a human to confirm.
class ConflictLog
{
    Q_DECLARE_TR_FUNCTIONS(ConflictLog)

public:
    explicit ConflictLog(Workspace& ws) : m_ws(ws) {}

    /// Unconfirmed first, then by kind and id.
    Result<QList<ExchangeConflict>> list(bool includeResolved = false);
    /// Records a human decision: "confirmed" (keep what the merge decided), and for
    /// duplicate candidates "merged" (same person: exported as Patient.link) or "distinct".
    Status resolve(const QString& id, const QString& resolution);

private:
    Workspace& m_ws;
};

} // namespace wp::exchange
