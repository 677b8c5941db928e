#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wp {

/// The rules every free-text value obeys, whatever brings it in (a form, a CSV import, the
/// patient dialog): no character that hides or reorders text and a documented maximum length
/// (docs/data-safety.md, "Limits"). Lengths count characters (Unicode code points), so an
/// emoji is one.
///
/// Refused anywhere: C0 controls (NUL included) except line breaks in multi-line text, DEL,
/// C1 controls, the bidi embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069,
/// and lone surrogates. Multi-line text accepts `\n` and `\r\n`; a lone `\r` is refused
/// (it lets a terminal overwrite what was printed before it).
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    enum class Lines { One, Many };

    // The limits of docs/data-safety.md.
    static constexpr int NameLength = 100;      ///< birth name, used name, first names
    static constexpr int CodeLength = 16;       ///< ward code, bed label
    static constexpr int IdentifierLength = 64; ///< theatre, session, case, surgeon ids, specialty
    static constexpr int LineLength = 200;      ///< any other one-line text
    static constexpr int FreeTextLength = 4000; ///< multi-line text: notes, allergies, summaries

    struct Problem
    {
        enum class Kind { TooLong, ForbiddenCharacter } kind = Kind::TooLong;
        qsizetype length = 0;   ///< characters in the text
        int limit = 0;          ///< the maximum that applied
        char32_t character = 0; ///< the forbidden character
        qsizetype position = 0; ///< 1-based character position of it
    };

    /// The first problem of `text` under these rules, if any.
    static std::optional<Problem> check(const QString& text, int maxCharacters, Lines lines = Lines::One);
    /// What was expected, to follow "column NAME: " ("at most 100 characters, not 1,048,576").
    static QString expected(const Problem& problem);
    /// A sentence about the field `label` ("Birth name is too long: ...").
    static QString sentence(const QString& label, const Problem& problem);

    static bool isForbidden(char32_t c);
    /// Characters (code points) in `text`.
    static qsizetype length(const QString& text);
};

} // namespace wp
