#include "TextRules.h"

#include "QuotedText.h"

namespace wp {

bool TextRules::isForbidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || QChar::isSurrogate(c);
}

qsizetype TextRules::length(const QString& text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        }
        ++n;
    }
    return n;
}

std::optional<TextRules::Problem> TextRules::check(const QString& text, int maxCharacters, Lines lines)
{
    qsizetype position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        ++position;
        if (!isForbidden(c)) {
            continue;
        }
        if (lines == Lines::Many &&
            (c == U'\n' || (c == U'\r' && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')))) {
            continue;
        }
        Problem p;
        p.kind = Problem::Kind::ForbiddenCharacter;
        p.character = c;
        p.position = position;
        p.length = length(text);
        p.limit = maxCharacters;
        return p;
    }
    if (maxCharacters > 0 && position > maxCharacters) {
        Problem p;
        p.length = position;
        p.limit = maxCharacters;
        return p;
    }
    return std::nullopt;
}

QString TextRules::expected(const Problem& p)
{
    if (p.kind == Problem::Kind::TooLong) {
        return tr("at most %1 characters, not %2").arg(p.limit).arg(p.length);
    }
    if (p.character == U'\n' || p.character == U'\r') {
        return tr("text on one line (a line break was found at character %1)").arg(p.position);
    }
    return tr("text without control or direction-changing characters (%1 found at character %2)")
        .arg(QuotedText::codePoint(p.character))
        .arg(p.position);
}

QString TextRules::sentence(const QString& label, const Problem& p)
{
    if (p.kind == Problem::Kind::TooLong) {
        return tr("%1 is too long: %2 characters, at most %3.").arg(label).arg(p.length).arg(p.limit);
    }
    if (p.character == U'\n' || p.character == U'\r') {
        return tr("%1 must be on one line (a line break was found at character %2).")
            .arg(label)
            .arg(p.position);
    }
    return tr("%1 contains the invisible character %2 at character %3, which is not allowed.")
        .arg(label, QuotedText::codePoint(p.character))
        .arg(p.position);
}

} // namespace wp
