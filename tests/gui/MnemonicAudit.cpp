#include "MnemonicAudit.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace wp::test {

namespace {

struct Mnemonics
{
    QMap<QString, QStringList> byKey;

    void add(const QString& text, const char* kind)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty()) {
            byKey[key.toString(QKeySequence::PortableText)]
                << QStringLiteral("\"%1\" (%2)").arg(text, QLatin1String(kind));
        }
    }

    QStringList clashes(const QString& where) const
    {
        QStringList lines;
        for (auto it = byKey.begin(); it != byKey.end(); ++it) {
            if (it.value().size() > 1) {
                lines << QStringLiteral("%1: %2 is %3")
                             .arg(where, it.key(), it.value().join(QStringLiteral(" and ")));
            }
        }
        return lines;
    }
};

} // namespace

QStringList MnemonicAudit::clashesIn(QWidget* window, const QString& where)
{
    Mnemonics m;
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->menuBar()->isVisible()) {
        for (const QAction* action : main->menuBar()->actions()) {
            if (action->isVisible() && !action->isSeparator()) {
                m.add(action->text(), "menu");
            }
        }
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        // Popups and dialogs are scopes of their own; hidden widgets hold no active shortcut.
        if (w->window() != window || !w->isVisible() || qobject_cast<QMenuBar*>(w)) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!qobject_cast<QTabBar*>(button->parentWidget())) {
                m.add(button->text(), "button");
            }
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->buddy()) {
                m.add(label->text(), "label");
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i)) {
                    m.add(tabs->tabText(i), "tab");
                }
            }
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            m.add(box->title(), "group");
        }
    }
    return m.clashes(where);
}

QStringList MnemonicAudit::clashesIn(QMenu* menu, const QString& where)
{
    Mnemonics m;
    for (const QAction* action : menu->actions()) {
        if (action->isVisible() && !action->isSeparator()) {
            m.add(action->text(), "menu item");
        }
    }
    return m.clashes(where);
}

} // namespace wp::test
