#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace wp {
class Workspace;
}

namespace wp::printing {

/// Theatre figures for the situation report, from the theatre schedule stored on this
/// laptop (TheatreService): what the theatre manager sees is what the crisis unit gets.
struct TheatreSummary
{
    Q_DECLARE_TR_FUNCTIONS(TheatreSummary)

public:
    QString source;         ///< where the figures come from, for the report's footnote
    int sessionsOpen = 0;   ///< from `from` onwards
    int sessionsClosed = 0; ///< from `from` onwards
    int theatresOpenToday = 0;
    int theatresClosedToday = 0;
    QMap<QString, int> postponedByPriority; ///< P1…P4
    bool fromPlan = false; ///< postponed counted from a plan rather than from closed sessions

    /// Figures from `from` on; nullopt when no theatre list was imported or created.
    static std::optional<TheatreSummary> load(Workspace& ws, const QDate& from);
};

} // namespace wp::printing
