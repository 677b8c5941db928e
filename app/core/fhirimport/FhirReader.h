#pragma once

#include "FhirSnapshot.h"
#include "ImportProgress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace wp::fhirimport {

/// Reads the hospital's pre-attack record from FHIR R4 files: JSON Bundles (document, collection,
/// transaction, batch, searchset), single resources, or folders of Bulk Data NDJSON files. Nothing
/// is written anywhere: the result is a Snapshot for the importer to match and store. Any defect
/// (malformed JSON, a resource that is not FHIR R4, a reference that resolves to nothing, an
/// unreadable file) refuses the whole read with file, line (NDJSON line) and JSON path.
class FhirReader
{
    Q_DECLARE_TR_FUNCTIONS(FhirReader)

public:
    /// `ippSystem`: the identifier system whose values are the hospital's IPP (fhir.ipp_system).
    explicit FhirReader(QString ippSystem) : m_ippSystem(std::move(ippSystem)) {}

    /// `progress` (may be empty) is told the bytes read of all the files' bytes after each
    /// resource; returning false stops the read (Error::Code::Cancelled).
    Result<Snapshot> read(const QStringList& paths, const ImportProgress& progress = {});

private:
    QString m_ippSystem;
};

} // namespace wp::fhirimport
