#pragma once

#include <QString>

namespace wp::clinical {

/// A label written in the form definition in English and French. Form definitions carry
/// their own translations because staff add forms without rebuilding the application.
struct LocalisedText
{
    QString en;
    QString fr;

    /// Text for a language code (`fr`, `en`); empty means the current locale. Falls back
    /// to the other language when one is missing.
    QString text(const QString& language = {}) const;
    bool isEmpty() const { return en.isEmpty() && fr.isEmpty(); }
    bool operator==(const LocalisedText&) const = default;
};

} // namespace wp::clinical
