#pragma once

#include "BundleHeader.h"
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
/// refused with a clear message before anything is committed. So is a bundle of another
/// hospital (different hospital id; by name for laptops set up before hospital ids),
/// unless an administrator accepts it as a transfer of that hospital's patients
/// (ImportOptions::acceptTransferFrom; its users are then not added, and the audit entry
/// says who accepted it); a bundle written for another laptop (`--for`), which holds only
/// what that laptop lacked; and a bundle of a laptop using this laptop's code.
class ExchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImporter)

public:
    explicit ExchangeImporter(Workspace& ws) : m_ws(ws) {}

    Result<ImportSummary> importFile(const QString& file, const QByteArray& passphrase,
                                     const ImportOptions& options = {});
    /// Everything importFile does, then rolled back: what would be merged. What would make
    /// the import refused is listed in ImportSummary::warnings instead.
    Result<ImportSummary> preview(const QString& file, const QByteArray& passphrase,
                                  const ImportOptions& options = {});

private:
    Result<ImportSummary> run(const QString& file, const QByteArray& passphrase, const ImportOptions& options,
                              bool preview);
    /// Why this laptop must not take the bundle: made here, by another laptop with this
    /// laptop's code, for another laptop, or by another hospital (unless accepted as a transfer).
    Result<QList<Error>> refusals(const BundleHeader& header, const ImportOptions& options, bool& transfer);
    Workspace& m_ws;
};

} // namespace wp::exchange
