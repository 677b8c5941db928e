#include "RolePages.h"

namespace wp::gui {

using Page = MainWindow::Page;

bool RolePages::opens(Role role, Page page)
{
    switch (role) {
    case Role::Laboratory:
        // The lab laptop: patients to find and read, printing, and the bundles that carry its
        // results to the wards. No ward census, no theatres, no administration.
        return page == Page::Laboratory || page == Page::Patients || page == Page::Printing ||
               page == Page::Exchange;
    case Role::Nurse:
    case Role::Doctor:
    case Role::TheatreManager:
    case Role::Administrator:
        return true;
    }
    return false;
}

Page RolePages::home(Role role)
{
    // The home page per role: the lab laptop opens on its worklist of requests (issue 15).
    switch (role) {
    case Role::Laboratory:
        return Page::Laboratory;
    case Role::Nurse:
    case Role::Doctor:
    case Role::TheatreManager:
    case Role::Administrator:
        return Page::Wards;
    }
    return Page::Wards;
}

QString RolePages::refusal(Role role, Page page, const QString& pageName)
{
    if (opens(role, page)) {
        return {};
    }
    //: %1 is a page of the sidebar (Wards, Theatres…), %2 a role (Laboratory).
    return tr("%1 is not part of your role's work (%2).").arg(pageName, Roles::label(role));
}

} // namespace wp::gui
