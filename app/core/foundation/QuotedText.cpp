#include "QuotedText.h"

#include <QStringView>

#include <algorithm>

namespace wp {

namespace {

// Appends the escaped form of the code points of `value`, at most `max` of them (-1: all);
// returns how many code points `value` has in all.
qsizetype appendEscaped(QString& out, QStringView value, qsizetype max, bool escapeQuotes)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t c = value[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value[i].unicode(), value[i + 1].unicode());
            ++i;
        }
        ++count;
        if (max >= 0 && count > max) {
            continue;
        }
        if (escapeQuotes && (c == U'"' || c == U'\\')) {
            out += QLatin1Char('\\');
            out += QChar(c);
        } else if (QuotedText::isEscaped(c)) {
            out += QStringLiteral("\\u{") + QString::number(static_cast<uint>(c), 16).toUpper() +
                   QLatin1Char('}');
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return count;
}

} // namespace

bool QuotedText::isEscaped(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return true;
    }
    if (QChar::isSurrogate(c)) {
        return true; // only a lone half reaches here
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi marks, overrides and isolates, zero-width characters, BOM
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

QString QuotedText::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString QuotedText::escaped(const QString& value)
{
    QString out;
    out.reserve(value.size());
    appendEscaped(out, value, -1, false);
    return out;
}

QString QuotedText::quote(const QString& value, int maxCharacters)
{
    QString out(QLatin1Char('"'));
    const qsizetype length = appendEscaped(out, value, std::max(maxCharacters, 1), true);
    out += QLatin1Char('"');
    if (length > maxCharacters) {
        // Cut inside the quotes, so the reader sees where the value stops being shown.
        out.insert(out.size() - 1, QChar(0x2026));
        out += QLatin1Char(' ') + tr("(%1 characters in all)").arg(length);
    }
    return out;
}

} // namespace wp
