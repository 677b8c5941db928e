#pragma once

#include "patients/Patient.h"

namespace wp::exchange {

/// Whether two patients registered on different laptops look like the same person.
/// Minimal rule (same birth date, same sex unless unknown, same first first-name and
/// a shared birth or used name, ignoring case, accents, spaces and hyphens). It is the
/// only place the exchange decides this: swap it for wp::clinical's duplicate matcher
/// (NameMatcher / DuplicateDetector, on another branch) when both are merged.
class DuplicateRule
{
public:
    static bool looksLikeSamePerson(const Patient& a, const Patient& b);
    /// Upper case, no accents, letters only: "Lefèvre-Dupont" → "LEFEVREDUPONT".
    static QString fold(const QString& name);
};

} // namespace wp::exchange
