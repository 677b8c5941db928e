#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wp::clinical {

/// A French INS-NIR (numéro d'inscription au répertoire), checked for structure and key.
///
/// Layout (15 characters): sex (1), year (2), month (2), department (2, `2A`/`2B` for
/// Corsica), commune (3), order (3), key (2). The key is 97 - (first 13 digits mod 97),
/// with `2A` counted as 19 and `2B` as 18.
///
/// Accepted on purpose: sex 1 or 2 only (temporary NIA numbers 3/4/7/8 are refused, the
/// message says so); month 01-12 and the special codes 20 and 30-42 and 50-99 that INSEE uses
/// when the month of birth is unknown; any department 01-99, `2A` or `2B`; order 001-999.
/// Spaces are tolerated in input and letters may be lower case.
class Nir
{
    Q_DECLARE_TR_FUNCTIONS(Nir)

public:
    /// Removes spaces (including non-breaking ones) and upper-cases `2a`/`2b`.
    static QString normalise(const QString& text);
    /// Parses and checks a number; the error says exactly what is wrong.
    static Result<Nir> parse(const QString& text);
    /// Key of the first 13 characters (already normalised), or nullopt if they are not
    /// 13 digits (with `2A`/`2B` allowed at positions 6-7).
    static std::optional<int> computeKey(const QString& first13);

    /// The 15 characters without spaces.
    QString text() const { return m_text; }
    /// Grouped for reading: `1 84 12 75 056 123 45`.
    QString formatted() const;
    int sexDigit() const { return m_text.at(0).digitValue(); }
    int birthYear2() const { return m_text.mid(1, 2).toInt(); }
    /// Month of birth, or nullopt when the number carries a special "unknown" code.
    std::optional<int> birthMonth() const;
    QString department() const { return m_text.mid(5, 2); }
    QString commune() const { return m_text.mid(7, 3); }
    int key() const { return m_text.mid(13, 2).toInt(); }

    bool operator==(const Nir& other) const = default;

private:
    explicit Nir(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

} // namespace wp::clinical
