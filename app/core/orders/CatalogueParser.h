#pragma once

#include "CatalogueFile.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace wp::orders {

class Catalogue;

/// Reads one catalogue file (format in docs/catalogue.md) and checks it thoroughly, because
/// hospital IT writes these files without a developer: every problem is reported, one per
/// line, each starting with the file name ("site.json: test '2823-3': unknown tube 'hep'").
/// References (a test's tube, a panel's tests) may point into the same file or into
/// `known`, the catalogue loaded so far.
class CatalogueParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueParser)

public:
    /// `fileName` only labels the messages (its last path component is used).
    static Result<CatalogueFile> parse(const QByteArray& json, const QString& fileName,
                                       const Catalogue& known);
    /// Reads and parses a file (a Qt resource path works).
    static Result<CatalogueFile> load(const QString& path, const Catalogue& known);
};

} // namespace wp::orders
