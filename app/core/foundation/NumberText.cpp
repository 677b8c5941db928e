#include "NumberText.h"

#include "QuotedText.h"

#include <QLocale>

namespace wp {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

struct Shape
{
    bool valid = false;
    int integerDigits = 0;
    int fractionDigits = 0;
    int significantDigits = 0; // leading zeros do not count
};

// -?[0-9]+(\.[0-9]+)? and its digit counts, without conversion.
Shape shapeOf(const QString& text)
{
    Shape s;
    qsizetype i = 0;
    if (i < text.size() && text[i] == QLatin1Char('-')) {
        ++i;
    }
    bool leading = true;
    for (; i < text.size() && isDigit(text[i]); ++i) {
        ++s.integerDigits;
        leading = leading && text[i] == QLatin1Char('0');
        if (!leading) {
            ++s.significantDigits;
        }
    }
    if (s.integerDigits == 0) {
        return s;
    }
    if (i < text.size() && text[i] == QLatin1Char('.')) {
        for (++i; i < text.size() && isDigit(text[i]); ++i) {
            ++s.fractionDigits;
            leading = leading && text[i] == QLatin1Char('0');
            if (!leading) {
                ++s.significantDigits;
            }
        }
        if (s.fractionDigits == 0) {
            return s;
        }
    }
    s.valid = i == text.size();
    return s;
}

Error invalid(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

} // namespace

Result<qint64> NumberText::integer(const QString& text)
{
    const Shape s = shapeOf(text);
    if (s.valid && s.fractionDigits > 0) {
        return invalid(tr("a whole number without a decimal point, not %1").arg(QuotedText::quote(text)));
    }
    if (!s.valid) {
        return invalid(
            tr("a whole number (digits, with a leading - if negative), not %1").arg(QuotedText::quote(text)));
    }
    if (s.significantDigits > MaximumDigits) {
        return invalid(tr("a whole number of at most %1 digits, not %2 (%3 digits)")
                           .arg(MaximumDigits)
                           .arg(QuotedText::quote(text))
                           .arg(s.significantDigits));
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    if (!ok) { // cannot happen with 15 digits; kept so that no path ever wraps
        return invalid(tr("a whole number, not %1").arg(QuotedText::quote(text)));
    }
    return value;
}

Result<double> NumberText::decimal(const QString& text)
{
    const Shape s = shapeOf(text);
    if (!s.valid) {
        return invalid(tr("a number like 37.5 (digits, '.' as the decimal point, a leading - if "
                          "negative), not %1")
                           .arg(QuotedText::quote(text)));
    }
    if (s.significantDigits > MaximumDigits) {
        return invalid(tr("a number of at most %1 significant digits, not %2 (%3 digits)")
                           .arg(MaximumDigits)
                           .arg(QuotedText::quote(text))
                           .arg(s.significantDigits));
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok) {
        return invalid(tr("a number, not %1").arg(QuotedText::quote(text)));
    }
    return value;
}

int NumberText::decimals(const QString& text)
{
    return shapeOf(text).fractionDigits;
}

} // namespace wp
