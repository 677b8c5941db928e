#include "SessionEvents.h"

#include "workspace/Workspace.h"

#include <QHash>
#include <QPointer>

namespace wp::gui {

SessionEvents& SessionEvents::of(const Workspace& ws)
{
    // Kept for the life of the application: a page connected to a workspace that is gone is
    // gone too, and its connections with it.
    static QHash<const Workspace*, QPointer<SessionEvents>> events;
    QPointer<SessionEvents>& e = events[&ws];
    if (!e) {
        e = new SessionEvents;
    }
    return *e;
}

void SessionEvents::logIn(Workspace& ws, const std::optional<User>& user)
{
    const auto& before = ws.currentUser();
    const bool same = before.has_value() == user.has_value() &&
                      (!user || (before->login == user->login && before->role == user->role));
    ws.setCurrentUser(user);
    if (!same) {
        emit of(ws).userChanged();
    }
}

} // namespace wp::gui
