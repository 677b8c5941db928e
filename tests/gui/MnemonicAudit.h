#pragma once

#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace wp::test {

/// Finds two keyboard mnemonics (Alt+letter) that are the same within one window scope:
/// the menu bar, and the visible buttons, tabs, group boxes and labels with a buddy of
/// one window; or the actions of one menu. Each clash is one line naming both texts.
class MnemonicAudit
{
public:
    /// `where` names the scope in the lines returned ("main window · Patients").
    static QStringList clashesIn(QWidget* window, const QString& where);
    static QStringList clashesIn(QMenu* menu, const QString& where);
};

} // namespace wp::test
