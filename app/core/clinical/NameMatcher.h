#pragma once

#include <QString>
#include <QStringList>

namespace wp::clinical {

/// Name comparison for identity vigilance: ignores case, accents and diacritics,
/// ligatures (œ, æ, ß), hyphens, apostrophes, dots and repeated spaces.
class NameMatcher
{
public:
    /// Lower-case words separated by single spaces: "Lefèvre-D'Hôte " -> "lefevre d hote".
    static QString normalise(const QString& name);
    /// Normalised with the spaces removed too, so "Dupont-Martin" == "DUPONT MARTIN" == "Dupontmartin".
    static QString compact(const QString& name);
    /// Whether two family names are the same name ignoring the differences above.
    static bool sameName(const QString& a, const QString& b);
    /// Whether two lists of first names designate the same person: same names, or one list
    /// starts with all of the other's ("Marie" and "Marie Claire").
    static bool sameFirstNames(const QString& a, const QString& b);
};

} // namespace wp::clinical
