#pragma once

#include "ExchangeConflict.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace wp::exchange {

/// Finds the clinical records (observations, notes, medication, forms, movements…) that
/// two laptops amended independently: two versions superseding the same version. The
/// record's current version is then chosen by RecordStore's rule (highest version, then
/// the greatest (created_at, device, version_id)), the same on every laptop; each fork is
/// listed as a `record_fork` conflict so that someone checks which amendment is right.
/// Patient identities have their own kind (identity_fork, StateRebuilder).
class ForkDetector
{
    Q_DECLARE_TR_FUNCTIONS(ForkDetector)

public:
    explicit ForkDetector(Workspace& ws) : m_ws(ws) {}

    /// One conflict per forked version, with an id that depends only on the versions
    /// involved (the same on every laptop). `patientNames`: display name by patient id.
    Result<QList<ExchangeConflict>> find(const QHash<QString, QString>& patientNames);

private:
    Workspace& m_ws;
};

} // namespace wp::exchange
