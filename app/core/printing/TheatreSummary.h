#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace wp::printing {

/// Theatre figures for the situation report, read from the rescheduling contract's CSV
/// files (sessions, cases and, once planned, plan) kept in the data directory. The
/// theatre engine stores its lists there; until it has, there is simply no theatre data.
struct TheatreSummary
{
    QString source;         ///< folder the figures come from
    int sessionsOpen = 0;   ///< from `from` onwards
    int sessionsClosed = 0; ///< from `from` onwards
    int theatresOpenToday = 0;
    int theatresClosedToday = 0;
    QMap<QString, int> postponedByPriority; ///< P1…P4
    bool fromPlan = false; ///< postponed counted from a plan rather than from closed sessions

    /// Looks for `theatre/` then `demo/` in `dataDir`; nullopt when neither holds sessions.
    static std::optional<TheatreSummary> load(const QString& dataDir, const QDate& from);
};

} // namespace wp::printing
