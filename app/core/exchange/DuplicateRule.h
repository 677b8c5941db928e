#pragma once

#include "patients/Patient.h"

namespace wp::exchange {

/// Whether two patients registered on different laptops look like the same person:
/// wp::clinical::DuplicateDetector's rule (same birth date, names matching ignoring case,
/// accents, hyphens, birth versus used name and swapped names). The only place the
/// exchange decides this.
class DuplicateRule
{
public:
    static bool looksLikeSamePerson(const Patient& a, const Patient& b);
};

} // namespace wp::exchange
