#include "DuplicateRule.h"

namespace wp::exchange {

QString DuplicateRule::fold(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetter()) {
            out.append(c.toUpper());
        }
    }
    return out;
}

bool DuplicateRule::looksLikeSamePerson(const Patient& a, const Patient& b)
{
    if (!a.birthDate.isValid() || a.birthDate != b.birthDate) {
        return false;
    }
    const bool sexKnown = a.sex != QLatin1String("U") && b.sex != QLatin1String("U");
    if (sexKnown && a.sex != b.sex) {
        return false;
    }
    const QString firstA = fold(a.firstNames.section(QLatin1Char(' '), 0, 0));
    const QString firstB = fold(b.firstNames.section(QLatin1Char(' '), 0, 0));
    if (firstA.isEmpty() || firstA != firstB) {
        return false;
    }
    QStringList namesA{fold(a.birthName), fold(a.usedName)};
    QStringList namesB{fold(b.birthName), fold(b.usedName)};
    namesA.removeAll(QString());
    namesB.removeAll(QString());
    for (const QString& n : namesA) {
        if (namesB.contains(n)) {
            return true;
        }
    }
    return false;
}

} // namespace wp::exchange
