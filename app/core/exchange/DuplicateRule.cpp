#include "DuplicateRule.h"

#include "clinical/DuplicateDetector.h"

namespace wp::exchange {

bool DuplicateRule::looksLikeSamePerson(const Patient& a, const Patient& b)
{
    // The same rule as when a nurse registers or imports a patient: one notion of "duplicate".
    return !clinical::DuplicateDetector::compare(a.identity(), b.identity()).isEmpty();
}

} // namespace wp::exchange
