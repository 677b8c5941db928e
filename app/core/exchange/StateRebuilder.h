#pragma once

#include "ExchangeConflict.h"
#include "RebuildSummary.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp::exchange {

/// Recomputes the mutable state (the `patient` table: identity, status, ward, bed) from
/// the append-only records alone, so that any laptop holding the same records gets the
/// same state whatever the order they arrived in.
///
/// Rule (last writer wins, deterministic):
/// - a record's current version is its head (a version no other version supersedes);
///   with several heads (two laptops amended the same version) the head with the highest
///   version, then the greatest (created_at, device, version_id) wins (RecordStore::latest's
///   rule) and an identity_fork is listed; forks of other records are listed as
///   record_fork (ForkDetector);
/// - movements (records of kind "movement" not entered in error) apply in the order
///   (occurred_at, created_at, device, version_id) with the same rules as on one laptop;
///   an admission of a patient already admitted still applies (the later one wins) and
///   is listed; a move, transfer or discharge of a patient not admitted is skipped and
///   listed;
/// - a bed claimed by several admitted patients goes to the earliest claim; the others
///   stay admitted without a bed and are listed. Likewise an IPP or a downtime number
///   held by two patients stays with the earliest registration;
/// - patients registered on different laptops who look like the same person
///   (DuplicateRule) are listed as duplicate candidates, never merged automatically.
class StateRebuilder
{
    Q_DECLARE_TR_FUNCTIONS(StateRebuilder)

public:
    explicit StateRebuilder(Workspace& ws) : m_ws(ws) {}

    /// Rewrites the patient table and the unconfirmed conflicts. Call inside a transaction.
    Result<RebuildSummary> rebuild();

private:
    Workspace& m_ws;
};

} // namespace wp::exchange
