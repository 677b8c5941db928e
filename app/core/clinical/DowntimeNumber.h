#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wp::clinical {

/// A patient number handed out during downtime: `<DEVICE CODE>-<6 digits>-<check>`, for
/// example `URG1-000042-K`. The device code (2-6 characters A-Z, 0-9) is unique per laptop.
///
/// The check character is computed over code and digits with a totally anti-symmetric
/// quasigroup of order 36 (Damm's method; the group is GF(4) x GF(9) with x*y = a.x + y,
/// a = (alpha, i)). Unlike Luhn mod 36 or ISO 7064 MOD 37,36, which miss some adjacent
/// transpositions, it detects every single-character substitution and every adjacent
/// transposition, including one involving the check character itself.
class DowntimeNumber
{
    Q_DECLARE_TR_FUNCTIONS(DowntimeNumber)

public:
    static constexpr int SequenceDigits = 6;

    /// Reads a typed number: case-insensitive, dashes and spaces optional
    /// (`urg1 000042 k`, `URG1000042K`). The error explains what is wrong without giving
    /// away the expected check character, so that a typo cannot be "fixed" by copying it.
    static Result<DowntimeNumber> parse(const QString& text);
    /// Builds the number for a device code and sequence (1..999999).
    static Result<DowntimeNumber> make(const QString& deviceCode, int sequence);
    /// Checks a device code on its own (2-6 characters A-Z or 0-9, upper case).
    static Status validateDeviceCode(const QString& deviceCode);
    /// Check character for an upper-case payload of [0-9A-Z] (code followed by the digits);
    /// nullopt if the payload holds another character.
    static std::optional<QChar> checkCharacter(const QString& payload);
    /// Whether payload + check character verify (the whole string reduces to zero).
    static bool verify(const QString& payloadWithCheck);

    QString deviceCode() const { return m_code; }
    int sequence() const { return m_sequence; }
    QChar check() const { return m_check; }
    /// Canonical form `URG1-000042-K`.
    QString text() const;

    bool operator==(const DowntimeNumber&) const = default;

private:
    DowntimeNumber(QString code, int sequence, QChar check)
        : m_code(std::move(code)), m_sequence(sequence), m_check(check)
    {}
    QString m_code;
    int m_sequence = 0;
    QChar m_check;
};

} // namespace wp::clinical
