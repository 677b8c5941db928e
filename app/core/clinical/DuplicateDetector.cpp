#include "DuplicateDetector.h"

#include "NameMatcher.h"

namespace wp::clinical {

namespace {

// Same name once normalised, but not as typed: worth telling the nurse. Case alone is not
// a difference anyone sees: family names are displayed in capitals.
bool spellingDiffers(const QString& a, const QString& b)
{
    return NameMatcher::sameName(a, b) && a.simplified().toCaseFolded() != b.simplified().toCaseFolded();
}

} // namespace

QString label(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameBirthName:
        return DuplicateDetector::tr("same birth name");
    case DuplicateReason::SameUsedName:
        return DuplicateDetector::tr("same used name");
    case DuplicateReason::BirthNameMatchesUsedName:
        return DuplicateDetector::tr("the birth name of one is the used name of the other");
    case DuplicateReason::SwappedNames:
        return DuplicateDetector::tr("first and last names swapped");
    case DuplicateReason::SpellingDiffers:
        break;
    }
    return DuplicateDetector::tr("names spelt differently (accents, hyphens, apostrophes or spaces)");
}

QString DuplicateMatch::description() const
{
    QStringList parts{DuplicateDetector::tr("same date of birth")};
    for (auto r : reasons) {
        // Say which names differ rather than every kind of difference there could be.
        if (r == DuplicateReason::SpellingDiffers && !spellings.isEmpty())
            parts << DuplicateDetector::tr("spelt differently: %1").arg(spellings.join(QStringLiteral(", ")));
        else
            parts << label(r);
    }
    return parts.join(QStringLiteral("; "));
}

QList<DuplicateReason> DuplicateDetector::compare(const PatientIdentity& c, const PatientIdentity& e)
{
    return compare(c, e, nullptr);
}

QList<DuplicateReason> DuplicateDetector::compare(const PatientIdentity& c, const PatientIdentity& e,
                                                  QStringList* spellings)
{
    QList<DuplicateReason> reasons;
    QStringList differing;
    auto differs = [&differing](const QString& a, const QString& b) {
        if (!spellingDiffers(a, b))
            return false;
        const QString pair = QStringLiteral("%1 / %2").arg(a.simplified(), b.simplified());
        if (!differing.contains(pair))
            differing << pair;
        return true;
    };
    if (!c.birthDate.isValid() || c.birthDate != e.birthDate)
        return reasons;

    // Which spellings matched, to tell the nurse when the match needed normalising.
    bool exact = true;
    auto note = [&reasons, &exact, &differs](DuplicateReason r, const QString& a, const QString& b) {
        if (!reasons.contains(r))
            reasons.append(r);
        if (differs(a, b))
            exact = false;
    };

    if (NameMatcher::sameFirstNames(c.firstNames, e.firstNames)) {
        if (differs(c.firstNames, e.firstNames))
            exact = false;
        if (NameMatcher::sameName(c.birthName, e.birthName))
            note(DuplicateReason::SameBirthName, c.birthName, e.birthName);
        if (NameMatcher::sameName(c.usedName, e.usedName))
            note(DuplicateReason::SameUsedName, c.usedName, e.usedName);
        if (NameMatcher::sameName(c.birthName, e.usedName))
            note(DuplicateReason::BirthNameMatchesUsedName, c.birthName, e.usedName);
        if (NameMatcher::sameName(c.usedName, e.birthName))
            note(DuplicateReason::BirthNameMatchesUsedName, c.usedName, e.birthName);
    }

    // Swapped: a family name of one is the (usual) first name of the other and vice versa.
    const QStringList cFamily{c.birthName, c.usedName};
    const QStringList eFamily{e.birthName, e.usedName};
    for (const QString& cf : cFamily) {
        for (const QString& ef : eFamily) {
            if (NameMatcher::sameFirstNames(cf, e.firstNames) &&
                NameMatcher::sameFirstNames(c.firstNames, ef) && !NameMatcher::sameName(cf, ef)) {
                if (!reasons.contains(DuplicateReason::SwappedNames))
                    reasons.append(DuplicateReason::SwappedNames);
                const bool first = differs(cf, e.firstNames);
                if (differs(c.firstNames, ef) || first)
                    exact = false;
            }
        }
    }

    if (!reasons.isEmpty() && !exact) {
        reasons.append(DuplicateReason::SpellingDiffers);
        if (spellings)
            *spellings = differing;
    }
    return reasons;
}

QList<DuplicateMatch> DuplicateDetector::find(const PatientIdentity& candidate,
                                              const QList<PatientIdentity>& existing)
{
    QList<DuplicateMatch> matches;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        QStringList spellings;
        auto reasons = compare(candidate, existing.at(i), &spellings);
        if (!reasons.isEmpty())
            matches.append({i, std::move(reasons), std::move(spellings)});
    }
    return matches;
}

} // namespace wp::clinical
