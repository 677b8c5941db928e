#include "DowntimeNumber.h"

#include "DowntimeRange.h"
#include "foundation/QuotedText.h"

#include <QList>

namespace wp::clinical {

namespace {

constexpr qsizetype MinCodeLength = 2;
constexpr qsizetype MaxCodeLength = 6;

// Characters map to 0..35 as base-36 digits; the value v is split into an element
// u = v % 4 of GF(4) (bit polynomial, alpha^2 = alpha + 1) and w = v / 4 of GF(9)
// (w = c0 + 3 c1 for c0 + c1 i, i^2 = -1). Both fields have a multiplier a (alpha, i)
// with a != 0 and a - 1 != 0, which is exactly what makes x*y = a.x + y totally
// anti-symmetric: (c*x)*y == (c*y)*x implies (a - 1)(x - y) == 0, so x == y.
int value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'A' && u <= 'Z')
        return u - 'A' + 10;
    return -1;
}

QChar character(int v)
{
    return v < 10 ? QLatin1Char(static_cast<char>('0' + v)) : QLatin1Char(static_cast<char>('A' + v - 10));
}

int timesAlpha(int u)
{
    // Multiplication by alpha in GF(4): shift, then reduce by alpha^2 = alpha + 1.
    int r = u << 1;
    if (r & 4)
        r ^= 0b111;
    return r;
}

int combine(int interim, int v)
{
    const int u = timesAlpha(interim % 4) ^ (v % 4);
    const int w = interim / 4;
    const int c0 = w % 3;
    const int c1 = w / 3;
    // i * (c0 + c1 i) = -c1 + c0 i
    const int d0 = ((3 - c1) % 3 + (v / 4) % 3) % 3;
    const int d1 = (c0 + (v / 4) / 3) % 3;
    return u + 4 * (d0 + 3 * d1);
}

std::optional<int> reduce(const QString& s)
{
    int interim = 0;
    for (QChar c : s) {
        const int v = value(c);
        if (v < 0)
            return std::nullopt;
        interim = combine(interim, v);
    }
    return interim;
}

Error invalid(const QString& message)
{
    return makeError(message, Error::Code::InvalidInput);
}

} // namespace

std::optional<QChar> DowntimeNumber::checkCharacter(const QString& payload)
{
    const auto interim = reduce(payload);
    if (!interim)
        return std::nullopt;
    // combine() is a bijection in its second argument: exactly one character brings the
    // whole string to zero.
    for (int v = 0; v < 36; ++v) {
        if (combine(*interim, v) == 0)
            return character(v);
    }
    return std::nullopt;
}

bool DowntimeNumber::verify(const QString& payloadWithCheck)
{
    const auto interim = reduce(payloadWithCheck);
    return interim && *interim == 0;
}

Status DowntimeNumber::validateDeviceCode(const QString& code)
{
    if (code.size() < MinCodeLength || code.size() > MaxCodeLength) {
        return invalid(tr("A device code has 2 to 6 letters or digits, %1 has %2.")
                           .arg(QuotedText::quote(code))
                           .arg(code.size()));
    }
    for (QChar c : code) {
        if (value(c) < 0)
            return invalid(tr("A device code uses only capital letters A-Z and digits, not %1.")
                               .arg(QuotedText::quote(QString(c))));
    }
    return {};
}

Result<DowntimeNumber> DowntimeNumber::make(const QString& deviceCode, int sequence)
{
    if (auto st = validateDeviceCode(deviceCode); !st)
        return st.error();
    if (sequence < DowntimeRange::MinimumSequence || sequence > DowntimeRange::MaximumSequence) {
        return invalid(tr("A downtime sequence number is between %1 and %2, not %3.")
                           .arg(DowntimeRange::MinimumSequence)
                           .arg(DowntimeRange::MaximumSequence)
                           .arg(sequence));
    }
    const QString payload =
        deviceCode + QStringLiteral("%1").arg(sequence, SequenceDigits, 10, QLatin1Char('0'));
    return DowntimeNumber(deviceCode, sequence, *checkCharacter(payload));
}

Result<DowntimeNumber> DowntimeNumber::parse(const QString& input)
{
    QString s;
    // Where separators were typed, counted in characters of the compact form: they are
    // optional, but when present they must sit where the canonical form has its dashes,
    // otherwise "URG1-000042" (check character forgotten) would read as URG-100004-2.
    QList<qsizetype> separators;
    for (QChar c : input) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011) ||
            c == QChar(0x2013)) {
            separators.append(s.size());
            continue;
        }
        s.append(c.toUpper());
    }
    const QString example = QStringLiteral("URG1-000042-K");
    if (s.isEmpty())
        return invalid(tr("The downtime number is empty."));
    for (QChar c : s) {
        if (value(c) < 0) {
            return invalid(
                tr("A downtime number contains only letters, digits and dashes, not %1 (for example %2).")
                    .arg(QuotedText::quote(QString(c)))
                    .arg(example));
        }
    }
    const qsizetype minLength = MinCodeLength + SequenceDigits + 1;
    const qsizetype maxLength = MaxCodeLength + SequenceDigits + 1;
    if (s.size() < minLength || s.size() > maxLength) {
        return invalid(
            tr("A downtime number has a device code, 6 digits and a check character (for example %1): "
               "%2 has %3 characters, %4 to %5 expected.")
                .arg(example, QuotedText::quote(input.trimmed()))
                .arg(s.size())
                .arg(minLength)
                .arg(maxLength));
    }
    const qsizetype codeEnd = s.size() - 1 - SequenceDigits;
    for (qsizetype at : separators) {
        if (at != 0 && at != s.size() && at != codeEnd && at != s.size() - 1) {
            return invalid(
                tr("%1 does not have the form of a downtime number: device code, 6 digits and check "
                   "character, for example %2.")
                    .arg(QuotedText::quote(input.trimmed()), example));
        }
    }
    // Read from the end: the check character, then exactly six digits, then the code.
    const QString digits = s.mid(codeEnd, SequenceDigits);
    for (QChar c : digits) {
        if (!(c.unicode() >= '0' && c.unicode() <= '9')) {
            return invalid(tr("The six characters before the check character should be digits, not %1 (for "
                              "example %2).")
                               .arg(QuotedText::quote(digits), example));
        }
    }
    const QString code = s.left(codeEnd);
    if (auto st = validateDeviceCode(code); !st)
        return st.error();
    const int sequence = digits.toInt();
    if (sequence < DowntimeRange::MinimumSequence)
        return invalid(tr("The sequence number 000000 is never used: the number was probably mistyped."));
    if (!verify(s)) {
        return invalid(
            tr("%1 is not a valid downtime number: the check character does not match, a character "
               "was probably mistyped or two were swapped.")
                .arg(input.trimmed()));
    }
    return DowntimeNumber(code, sequence, s.back());
}

QString DowntimeNumber::text() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(m_code)
        .arg(m_sequence, SequenceDigits, 10, QLatin1Char('0'))
        .arg(m_check);
}

} // namespace wp::clinical
