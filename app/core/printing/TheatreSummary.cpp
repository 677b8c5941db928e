#include "TheatreSummary.h"

#include "theatreplan/TheatreService.h"

#include <QCoreApplication>
#include <QSet>

namespace wp::printing {

std::optional<TheatreSummary> TheatreSummary::load(Workspace& ws, const QDate& from)
{
    auto schedule = theatre::TheatreService(ws).load();
    if (!schedule || schedule->sessions.empty()) {
        return std::nullopt;
    }
    TheatreSummary s;
    s.source = TheatreSummary::tr("the theatre schedule of this laptop");
    QSet<QString> openToday;
    QSet<QString> closedToday;
    for (const auto& session : schedule->sessions) {
        if (session.date >= from) {
            (session.open ? s.sessionsOpen : s.sessionsClosed) += 1;
        }
        if (session.date == from) {
            (session.open ? openToday : closedToday).insert(session.theatre);
        }
    }
    s.theatresOpenToday = static_cast<int>(openToday.size());
    s.theatresClosedToday = static_cast<int>((closedToday - openToday).size());
    s.fromPlan = true;
    for (const auto& k : schedule->cases) {
        if (k.bookedSession.isEmpty()) {
            s.postponedByPriority[QStringLiteral("P%1").arg(k.priority)] += 1;
        }
    }
    return s;
}

} // namespace wp::printing
