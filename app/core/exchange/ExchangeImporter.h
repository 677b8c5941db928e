#pragma once

#include "ImportSummary.h"
#include "workspace/Workspace.h"

namespace wp::exchange {

/// Imports an exchange bundle in one transaction: record versions are united (by
/// version_id; a version already here is left alone), wards, beds and users are added
/// when missing (an existing user, and their password, is never changed), then the
/// patients' current state and the conflicts are recomputed from all the records
/// (StateRebuilder). One audit entry summarises the import; the sender's audit trail is
/// not copied. Importing the same bundle twice, or bundles in any order, gives the same
/// records and patients.
///
/// A bad bundle (not a bundle, newer format, wrong passphrase, altered, truncated) is
/// refused with a clear message before anything is committed.
class ExchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImporter)

public:
    explicit ExchangeImporter(Workspace& ws) : m_ws(ws) {}

    Result<ImportSummary> importFile(const QString& file, const QByteArray& passphrase);
    /// Everything importFile does, then rolled back: what would be merged.
    Result<ImportSummary> preview(const QString& file, const QByteArray& passphrase);

private:
    Result<ImportSummary> run(const QString& file, const QByteArray& passphrase, bool preview);
    Workspace& m_ws;
};

} // namespace wp::exchange
