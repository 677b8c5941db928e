#include "NameMatcher.h"

namespace wp::clinical {

QString NameMatcher::normalise(const QString& name)
{
    // NFD splits "é" into "e" + combining accent; the marks are then dropped. Ligatures
    // and a few letters with strokes do not decompose, so they are spelled out first.
    QString s = name;
    s.replace(QChar(0x0153), QStringLiteral("oe")); // œ
    s.replace(QChar(0x0152), QStringLiteral("oe")); // Œ
    s.replace(QChar(0x00E6), QStringLiteral("ae")); // æ
    s.replace(QChar(0x00C6), QStringLiteral("ae")); // Æ
    s.replace(QChar(0x00DF), QStringLiteral("ss")); // ß
    s.replace(QChar(0x00F8), QLatin1Char('o'));     // ø
    s.replace(QChar(0x00D8), QLatin1Char('o'));     // Ø
    s.replace(QChar(0x0142), QLatin1Char('l'));     // ł
    s.replace(QChar(0x0141), QLatin1Char('l'));     // Ł
    s = s.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isMark())
            continue;
        out.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    }
    return out.simplified();
}

QString NameMatcher::compact(const QString& name)
{
    return normalise(name).remove(QLatin1Char(' '));
}

bool NameMatcher::sameName(const QString& a, const QString& b)
{
    const QString ca = compact(a);
    return !ca.isEmpty() && ca == compact(b);
}

bool NameMatcher::sameFirstNames(const QString& a, const QString& b)
{
    if (sameName(a, b))
        return true;
    const QStringList wa = normalise(a).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wb = normalise(b).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    const QStringList& shorter = wa.size() <= wb.size() ? wa : wb;
    const QStringList& longer = wa.size() <= wb.size() ? wb : wa;
    return longer.mid(0, shorter.size()) == shorter;
}

} // namespace wp::clinical
