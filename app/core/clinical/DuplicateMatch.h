#pragma once

#include <QList>
#include <QString>

namespace wp::clinical {

/// Why an existing identity looks like the candidate. Every match shares the birth date.
enum class DuplicateReason {
    SameBirthName,
    SameUsedName,
    /// The birth name of one is the used name of the other (marriage, usage).
    BirthNameMatchesUsedName,
    /// First names typed as the family name and the other way round.
    SwappedNames,
    /// The names match only once accents, case, hyphens or spaces are ignored.
    SpellingDiffers,
};

/// Translated one-line explanation, shown to the nurse beside the candidate.
QString label(DuplicateReason reason);

/// An existing identity that may be the same person as the candidate.
struct DuplicateMatch
{
    qsizetype index = -1; ///< position in the list of existing identities given
    QList<DuplicateReason> reasons;

    /// "same date of birth; same birth name; ..." ready to display.
    QString description() const;
};

} // namespace wp::clinical
