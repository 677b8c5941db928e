#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace wp::printing {

/// The three nursing shifts of a ward day: morning 07:00–14:00, afternoon 14:00–21:00,
/// night 21:00–07:00 (the French 3×8 pattern, rounded to the hour).
class HandoverShift
{
    Q_DECLARE_TR_FUNCTIONS(HandoverShift)

public:
    enum Kind { Morning, Afternoon, Night };

    /// Codes `morning`, `afternoon`, `night`.
    static QString code(Kind kind);
    static std::optional<Kind> fromCode(const QString& code);
    static QString label(Kind kind);
    /// The shift running at `now`.
    static Kind current(const QDateTime& now);
    /// The next occurrence of `kind` that has not ended at `now` (the running one if it is running).
    static std::pair<QDateTime, QDateTime> window(Kind kind, const QDateTime& now);
};

} // namespace wp::printing
