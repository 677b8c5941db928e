#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli import fhir PATH... --user NAME [--dry-run] [--ward CODE] [--accept-matches]`:
/// the hospital's pre-attack record (FHIR R4 Bundles or Bulk Data NDJSON folders), all or nothing.
class FhirImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FhirImportCommand)

public:
    QString name() const override { return QStringLiteral("import fhir"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
