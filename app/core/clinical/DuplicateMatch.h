#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wp::clinical {

/// Why an existing identity looks like the candidate. Every match shares the birth date.
enum class DuplicateReason {
    SameBirthName,
    SameUsedName,
    /// The birth name of one is the used name of the other (marriage, usage).
    BirthNameMatchesUsedName,
    /// First names typed as the family name and the other way round.
    SwappedNames,
    /// The names match only once accents, hyphens, apostrophes or spaces are ignored (a
    /// difference of case alone is not one: names are shown in capitals anyway).
    SpellingDiffers,
};

/// Translated one-line explanation, shown to the nurse beside the candidate.
QString label(DuplicateReason reason);

/// An existing identity that may be the same person as the candidate.
struct DuplicateMatch
{
    qsizetype index = -1; ///< position in the list of existing identities given
    QList<DuplicateReason> reasons;
    /// With SpellingDiffers: each pair of names that matched only once normalised, as typed
    /// then as registered ("LEFEVRE / Lefèvre").
    QStringList spellings;

    /// "same date of birth; same birth name; ..." ready to display.
    QString description() const;
};

} // namespace wp::clinical
