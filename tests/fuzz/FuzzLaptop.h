#pragma once

// What every fuzz target shares: Qt started once, and one laptop set up like the tests'
// (hospital, wards MED and SURG, a nurse, the census of tests/data imported, three orders),
// so that importers get past "unknown patient" and reach their deep checks. Importers run
// in dry-run or preview mode on it: the database never changes between inputs, so a
// crash always reproduces from its input alone.

#include "clinical/forms/FormRegistry.h"
#include "orders/Catalogue.h"
#include "workspace/Workspace.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace wp::fuzz {

/// Starts a QCoreApplication (once) and quiets Qt's messages.
void startQt();

/// The shared laptop (built on first use, in a temporary folder removed at exit), with the
/// nurse logged in.
Workspace& laptop();
const clinical::FormRegistry& forms();
const orders::Catalogue& catalogue();

/// A temporary folder for files a target writes (removed at exit).
QString scratchDirectory();

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace wp::fuzz
