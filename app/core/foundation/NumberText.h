#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace wp {

/// The one place where text (a CSV cell, a number typed in a form) becomes a number, so that
/// nothing wraps or is half-read before a range check.
///
/// An integer is an optional `-` followed by digits (`007` is 7); a decimal may add a `.`
/// and more digits. At most 15 significant digits: every accepted value is then exact in
/// 64 bits and in a double (as form values are stored), and the caller's range check sees
/// the true value (`4294967312` is refused as out of range, never read as 0). Refused: empty
/// text, any space (` 5`), `+5`, exponents (`1e400`), `0x10`, `nan`, `inf`, a `,` separator,
/// `.5` or `5.`, and for an integer any decimal point (`5.0`).
///
/// Errors are InvalidInput, and their message says what was expected and quotes what was
/// found, to follow "column NAME: " or a field label.
class NumberText
{
    Q_DECLARE_TR_FUNCTIONS(NumberText)

public:
    static constexpr int MaximumDigits = 15;

    static Result<qint64> integer(const QString& text);
    static Result<double> decimal(const QString& text);
    /// Digits after the decimal point of a text that decimal() accepted.
    static int decimals(const QString& text);
};

} // namespace wp
