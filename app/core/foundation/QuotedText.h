#pragma once

#include <QCoreApplication>
#include <QString>

namespace wp {

/// The one way a message quotes a value the user or a file supplied, so that no value can
/// disguise a message: between double quotes, with `"` and `\` escaped, every invisible or
/// reordering character (control characters, DEL, C1, bidi overrides and isolates, other
/// format characters, line and paragraph separators, lone surrogates) written as `\u{202E}`,
/// and a very long value cut after `maxCharacters` characters with its full length given.
class QuotedText
{
    Q_DECLARE_TR_FUNCTIONS(QuotedText)

public:
    static constexpr int DefaultMaximum = 60;

    /// `"value"`, escaped and cut as described above.
    static QString quote(const QString& value, int maxCharacters = DefaultMaximum);
    /// `value` with the same escapes, no quotes and no cut (for a single character, say).
    static QString escaped(const QString& value);
    /// Whether a message would write the code point `c` as `\u{...}`.
    static bool isEscaped(char32_t c);
    /// `U+202E` style name of a code point.
    static QString codePoint(char32_t c);
};

} // namespace wp
