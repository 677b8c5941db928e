#pragma once

#include <QtGlobal>

#include <functional>

namespace wp::fhirimport {

/// Told how far a long read or import of the hospital record has gone: `done` of `total`
/// steps (bytes read by FhirReader, patients and items by FhirImporter). Returning false asks
/// it to stop: it then fails with Error::Code::Cancelled and keeps nothing (the reader returns
/// no snapshot, the importer rolls its transaction back). Called often (each resource): a
/// caller that updates a screen decides itself how often to repaint.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace wp::fhirimport
