#pragma once

#include "MainWindow.h"
#include "users/Role.h"

#include <QCoreApplication>

namespace wp::gui {

/// Which of the main window's pages each role works in, and the page it starts on. The core
/// refuses what a role may not do whatever the page; this keeps the pages a role never uses
/// (the ward census and the theatre board for the laboratory) out of its way.
class RolePages
{
    Q_DECLARE_TR_FUNCTIONS(RolePages)

public:
    /// Whether a user of `role` opens `page` from the sidebar. Administration is further
    /// limited to users who manage users (AdministrationPage::refusal()).
    static bool opens(Role role, MainWindow::Page page);
    /// The page a user of `role` starts on, and goes back to when the current page is not theirs.
    static MainWindow::Page home(Role role);
    /// Why `role` does not open `page` (the sidebar's tooltip); empty when it does.
    static QString refusal(Role role, MainWindow::Page page, const QString& pageName);
};

} // namespace wp::gui
