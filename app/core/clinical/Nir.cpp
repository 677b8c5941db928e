#include "Nir.h"

#include "foundation/QuotedText.h"

namespace wp::clinical {

namespace {

constexpr qsizetype NirLength = 15;

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    }
    return true;
}

Error invalid(const QString& message)
{
    return makeError(message, Error::Code::InvalidInput);
}

} // namespace

QString Nir::normalise(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

std::optional<int> Nir::computeKey(const QString& first13)
{
    if (first13.size() != 13)
        return std::nullopt;
    QString digits = first13;
    const QString department = first13.mid(5, 2);
    if (department == QLatin1String("2A"))
        digits.replace(5, 2, QStringLiteral("19"));
    else if (department == QLatin1String("2B"))
        digits.replace(5, 2, QStringLiteral("18"));
    if (!allDigits(digits))
        return std::nullopt;
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return static_cast<int>(97 - value % 97);
}

Result<Nir> Nir::parse(const QString& input)
{
    const QString s = normalise(input);
    if (s.isEmpty())
        return invalid(tr("The INS/NIR is empty."));
    if (s.size() != NirLength)
        return invalid(tr("The INS/NIR should have 15 characters, got %1.").arg(s.size()));

    // Check character classes first so that the structural messages can rely on them.
    for (qsizetype i = 0; i < NirLength; ++i) {
        const QChar c = s.at(i);
        const bool corsica =
            (i == 6) && s.at(5) == QLatin1Char('2') && (c == QLatin1Char('A') || c == QLatin1Char('B'));
        if (corsica)
            continue;
        if (!allDigits(QStringView(s).mid(i, 1))) {
            if (i == 5 || i == 6) {
                return invalid(tr("The department (characters 6-7) should be two digits, 2A or 2B, not %1.")
                                   .arg(QuotedText::quote(s.mid(5, 2))));
            }
            return invalid(tr("Character %1 of the INS/NIR should be a digit, not %2.")
                               .arg(i + 1)
                               .arg(QuotedText::quote(s.mid(i, c.isHighSurrogate() ? 2 : 1))));
        }
    }

    const int sex = s.at(0).digitValue();
    if (sex == 3 || sex == 4 || sex == 7 || sex == 8) {
        return invalid(
            tr("The first character (sex) should be 1 or 2, not %1: temporary numbers (NIA) are not "
               "accepted as an INS here.")
                .arg(sex));
    }
    if (sex != 1 && sex != 2)
        return invalid(tr("The first character (sex) should be 1 (male) or 2 (female), not %1.").arg(sex));

    const int month = s.mid(3, 2).toInt();
    const bool specialMonth = month == 20 || (month >= 30 && month <= 42) || month >= 50;
    if (!(month >= 1 && month <= 12) && !specialMonth) {
        return invalid(
            tr("The month of birth (characters 4-5) should be 01 to 12 (or a special code 20, 30-42 or "
               "50-99), not %1.")
                .arg(s.mid(3, 2)));
    }

    if (s.mid(5, 2) == QLatin1String("00"))
        return invalid(tr("The department (characters 6-7) cannot be 00."));

    if (s.mid(10, 3) == QLatin1String("000"))
        return invalid(tr("The order number (characters 11-13) cannot be 000."));

    const int expected = *computeKey(s.left(13));
    const int given = s.mid(13, 2).toInt();
    if (expected != given) {
        return invalid(tr("The key should be %1, not %2: check the number for a typing error.")
                           .arg(expected, 2, 10, QLatin1Char('0'))
                           .arg(s.mid(13, 2)));
    }
    return Nir(s);
}

QString Nir::formatted() const
{
    return QStringList{m_text.left(1),   m_text.mid(1, 2),  m_text.mid(3, 2), m_text.mid(5, 2),
                       m_text.mid(7, 3), m_text.mid(10, 3), m_text.mid(13, 2)}
        .join(QLatin1Char(' '));
}

std::optional<int> Nir::birthMonth() const
{
    const int month = m_text.mid(3, 2).toInt();
    if (month >= 1 && month <= 12)
        return month;
    return std::nullopt;
}

} // namespace wp::clinical
