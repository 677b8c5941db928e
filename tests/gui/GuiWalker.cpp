#include "GuiWalker.h"

#include "MnemonicAudit.h"
#include "common/Ask.h"
#include "common/FolderPicker.h"
#include "login/LockScreen.h"
#include "login/LoginForm.h"
#include "mainwindow/MainWindow.h"
#include "theatre/TheatreBoard.h"
#include "theatre/TheatrePage.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace wp::test {

namespace {

QtMessageHandler s_previousHandler = nullptr;
QStringList* s_warnings = nullptr;

/// Warnings that always mean a bug in our code: a null object, a failed connection, a widget
/// or layout used the wrong way.
void failOnBadWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const QRegularExpression bad(
        QStringLiteral("null|QObject::connect|QWidget::\\w+: .* is not|QLayout|QPainter::|QAction::"),
        QRegularExpression::CaseInsensitiveOption);
    if (s_warnings && type != QtDebugMsg && type != QtInfoMsg && bad.match(message).hasMatch()) {
        *s_warnings << QStringLiteral("Qt warning: ") + message;
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/// `w` belongs to `area` itself, not to a page of a tab widget inside it (walked on its own).
bool directlyIn(const QWidget* w, const QWidget* area)
{
    const QWidget* p = w->parentWidget();
    for (; p && p != area; p = p->parentWidget()) {
        if (qobject_cast<const QTabWidget*>(p)) {
            return false;
        }
    }
    return p == area;
}

template<typename T> QList<QPointer<T>> directChildren(QWidget* area)
{
    QList<QPointer<T>> found;
    for (T* child : area->findChildren<T*>()) {
        if (child->isVisible() && directlyIn(child, area)) {
            found << QPointer<T>(child);
        }
    }
    return found;
}

gui::TheatrePage* theatrePageOf(QWidget* w)
{
    for (; w; w = w->parentWidget()) {
        if (auto* page = qobject_cast<gui::TheatrePage*>(w)) {
            return page;
        }
    }
    return nullptr;
}

} // namespace

GuiWalker::GuiWalker(Workspace& ws, Options options) : m_ws(ws), m_options(std::move(options))
{
    m_watcher = new QTimer(this);
    m_watcher->setInterval(5);
    connect(m_watcher, &QTimer::timeout, this, &GuiWalker::watch);
    s_warnings = &m_problems;
    s_previousHandler = qInstallMessageHandler(failOnBadWarnings);
}

GuiWalker::~GuiWalker()
{
    qInstallMessageHandler(s_previousHandler);
    s_warnings = nullptr;
}

void GuiWalker::walk(const QString& login, const QString& password)
{
    gui::Ask::reset();
    auto user = UserService(m_ws).find(login);
    REQUIRE(user.ok());
    m_ws.setCurrentUser(*user);
    m_login = login;
    m_password = password;

    gui::MainWindow window(m_ws);
    m_window = &window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    m_baseline.clear();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible()) {
            m_baseline.insert(w);
        }
    }
    if (auto* theatre = qobject_cast<gui::TheatrePage*>(window.page(gui::MainWindow::Page::Theatres))) {
        // The smoke test exercises the button, not the engine's search.
        theatre::PlannerOptions quick;
        quick.timeLimitSeconds = 0.5;
        quick.exactCaseLimit = 0;
        quick.perturbationRounds = 2;
        theatre->setPlannerOptions(quick);
    }
    m_watcher->start();
    for (int page = 0; page < 6; ++page) {
        if (window.isPageEnabled(static_cast<gui::MainWindow::Page>(page))) {
            visitPage(page);
        }
    }
    // The menus last, from the first page: File, Session (lock, switch user…), Go, Help.
    m_currentPage = 0;
    m_path.clear();
    restore();
    for (QAction* top : window.menuBar()->actions()) {
        if (QMenu* menu = top->menu()) {
            triggerMenu(menu, QStringLiteral("menu ") + plain(top->text()));
        }
    }
    m_watcher->stop();
    settle();
    m_window = nullptr;
}

void GuiWalker::visitPage(int page)
{
    m_currentPage = page;
    m_path.clear();
    m_menusDone.clear();
    restore();
    ++m_pages;
    const QString name = m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(page)->text();
    visitArea(m_window->page(static_cast<gui::MainWindow::Page>(page)), name);
}

void GuiWalker::visitArea(QWidget* area, const QString& where)
{
    audit(m_window, where);
    exercise(area, where);
    for (const QPointer<QTabWidget>& tabs : directChildren<QTabWidget>(area)) {
        // Charts open during the walk add tabs: a handful is enough.
        for (int i = 0; tabs && i < std::min(tabs->count(), 5); ++i) {
            if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i)) {
                continue;
            }
            const bool chart = tabs->objectName() == QLatin1String("patientTabs") && i > 0;
            m_path.append({tabs.data(), i});
            restore();
            if (tabs && tabs->widget(i)) {
                visitArea(tabs->widget(i), where + QStringLiteral(" · ") +
                                               (chart ? QStringLiteral("chart") : plain(tabs->tabText(i))));
            }
            m_path.removeLast();
        }
    }
}

void GuiWalker::exercise(QWidget* area, const QString& where)
{
    QList<QPointer<QAbstractButton>> buttons;
    for (const auto& b : directChildren<QAbstractButton>(area)) {
        if (!qobject_cast<QTabBar*>(b->parentWidget())) {
            buttons << b;
        }
    }
    const auto signature = [&buttons] {
        QString s;
        for (const auto& b : buttons) {
            s += b && b->isVisible() && b->isEnabled() ? QLatin1Char('1') : QLatin1Char('0');
        }
        return s;
    };
    QSet<QString> clicked;
    const auto clickAll = [&] {
        const QString state = signature();
        for (int i = 0; i < buttons.size(); ++i) {
            const QString key = QString::number(i) + QLatin1Char('@') + state;
            if (buttons[i] && buttons[i]->isVisible() && buttons[i]->isEnabled() && !clicked.contains(key)) {
                clicked.insert(key);
                click(buttons[i], where);
            }
        }
    };
    clickAll();

    // Each row that changes which buttons are enabled (an occupied bed, an empty one…).
    for (const QPointer<QAbstractItemView>& view : directChildren<QAbstractItemView>(area)) {
        if (!view || qobject_cast<QHeaderView*>(view.data()) || !view->model()) {
            continue;
        }
        QList<int> rows;
        QSet<QString> states;
        for (int r = 0; view && r < std::min(view->model()->rowCount(), 40) && rows.size() < 3; ++r) {
            view->setCurrentIndex(view->model()->index(r, 0));
            if (const QString s = signature(); !states.contains(s)) {
                states.insert(s);
                rows << r;
            }
        }
        for (int r : rows) {
            if (!view || r >= view->model()->rowCount()) {
                break;
            }
            const QModelIndex index = view->model()->index(r, 0);
            view->setCurrentIndex(index);
            view->scrollTo(index);
            clickAll();
            exploreContextMenu(
                [&view, r] {
                    if (!view || r >= view->model()->rowCount()) {
                        return;
                    }
                    const QRect rect = view->visualRect(view->model()->index(r, 0));
                    if (rect.isEmpty()) {
                        return;
                    }
                    QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                                            view->viewport()->mapToGlobal(rect.center()));
                    QApplication::sendEvent(view->viewport(), &event);
                },
                where + QStringLiteral(" · context menu of a row"));
        }
    }

    // The theatre board is drawn, not a view: a booked case and a case waiting for a slot.
    for (const QPointer<gui::TheatreBoard>& board : directChildren<gui::TheatreBoard>(area)) {
        auto* page = theatrePageOf(board);
        if (!page) {
            continue;
        }
        QStringList cases;
        int booked = 0;
        bool waiting = false;
        for (const auto& k : page->schedule().cases) {
            if (!k.bookedSession.isEmpty() && booked < 2) {
                ++booked;
                cases << k.id;
            } else if (k.bookedSession.isEmpty() && !waiting) {
                waiting = true;
                cases << k.id;
            }
        }
        for (const QString& id : std::as_const(cases)) {
            if (!board) {
                break;
            }
            board->selectCase(id);
            clickAll();
            const QString session =
                page->schedule().findCase(id) ? page->schedule().findCase(id)->bookedSession : QString();
            exploreContextMenu(
                [&board, id, session] {
                    if (board) {
                        emit board->contextMenuRequested(id, session,
                                                         board->mapToGlobal(board->rect().center()));
                    }
                },
                where + QStringLiteral(" · context menu of a case"));
        }
    }
}

void GuiWalker::click(QAbstractButton* button, const QString& where)
{
    if (auto* tool = qobject_cast<QToolButton*>(button); tool && tool->menu()) {
        // A tool button's menu does not depend on the row selected: once per page visit.
        if (!m_menusDone.contains(tool->menu())) {
            m_menusDone.insert(tool->menu());
            triggerMenu(tool->menu(), where + QStringLiteral(" · ") + plain(tool->text()));
        }
        return;
    }
    ++m_actions;
    gui::FolderPicker::setNextAnswer(QString());
    button->click();
    settle();
}

void GuiWalker::triggerMenu(QMenu* menu, const QString& where)
{
    if (m_options.auditMnemonics) {
        for (const QString& clash : MnemonicAudit::clashesIn(menu, where)) {
            m_clashes.insert(clash);
        }
    }
    const QList<QAction*> actions = menu->actions();
    for (const QPointer<QAction> action : actions) {
        if (!action || action->isSeparator() || !action->isVisible() || !action->isEnabled()) {
            continue;
        }
        if (action->menu()) {
            triggerMenu(action->menu(), where + QStringLiteral(" · ") + plain(action->text()));
            continue;
        }
        // Quitting ends the walk without telling anything.
        if (action->objectName() == QLatin1String("actionQuit")) {
            continue;
        }
        ++m_actions;
        gui::FolderPicker::setNextAnswer(QString());
        action->trigger();
        settle();
    }
}

void GuiWalker::exploreContextMenu(const std::function<void()>& open, const QString& where)
{
    for (int k = 0; k < 12; ++k) {
        m_menuPlan = k;
        m_menuSize = -1;
        open();
        settle();
        m_menuPlan = -1;
        if (m_menuSize < 0 && k == 0) {
            return; // no context menu here
        }
        if (m_menuSize >= 0 && k < m_menuSize) {
            ++m_actions;
        }
        if (m_menuSize < 0 || k >= m_menuSize - 1) {
            break;
        }
    }
    Q_UNUSED(where);
}

void GuiWalker::watch()
{
    if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
        handlePopup(menu);
    } else if (QWidget* popup = QApplication::activePopupWidget()) {
        popup->close();
    } else if (QWidget* modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
        handleWindow(modal);
    }
}

void GuiWalker::handlePopup(QMenu* menu)
{
    if (menu->property("wpWalked").toBool()) {
        return;
    }
    menu->setProperty("wpWalked", true);
    QList<QAction*> actions;
    for (QAction* a : menu->actions()) {
        if (!a->isSeparator() && a->isVisible() && a->isEnabled() && !a->menu()) {
            actions << a;
        }
    }
    if (m_options.auditMnemonics) {
        for (const QString& clash : MnemonicAudit::clashesIn(menu, QStringLiteral("context menu"))) {
            m_clashes.insert(clash);
        }
    }
    const int plan = std::exchange(m_menuPlan, -1);
    m_menuSize = static_cast<int>(actions.size());
    QPointer<QMenu> guarded(menu);
    // Not from inside this timer's slot: the action may open a modal dialog, which the
    // watcher must then be free to close.
    if (plan >= 0 && plan < actions.size()) {
        QPointer<QAction> chosen(actions[plan]);
        QTimer::singleShot(0, menu, [guarded, chosen] {
            if (guarded && chosen) {
                guarded->setActiveAction(chosen);
                QTest::keyClick(guarded, Qt::Key_Return);
            }
        });
    } else {
        QTimer::singleShot(0, menu, [guarded] {
            if (guarded) {
                guarded->close();
            }
        });
    }
}

void GuiWalker::handleWindow(QWidget* window)
{
    const int seen = window->property("wpSeen").toInt();
    window->setProperty("wpSeen", seen + 1);
    if (seen == 0) {
        ++m_dialogs;
        ++m_dialogClasses[QString::fromLatin1(window->metaObject()->className())];
        inspect(window);
    } else if (seen > 200) {
        m_problems << QStringLiteral("%1 does not close when cancelled").arg(describe(window));
        window->hide();
        return;
    }
    QPointer<QWidget> guarded(window);
    QTimer::singleShot(0, window, [guarded] {
        if (!guarded || !guarded->isVisible()) {
            return;
        }
        if (auto* dialog = qobject_cast<QDialog*>(guarded.data())) {
            dialog->reject();
        } else {
            guarded->close();
        }
    });
}

void GuiWalker::inspect(QWidget* window)
{
    const QString cls = QString::fromLatin1(window->metaObject()->className());
    audit(window, describe(window));
    // A listed dialog may say it concerns no one patient yet (an admission picks one).
    const QVariant concerns = window->property("concernsPatient");
    if (m_options.identityBandDialogs.contains(cls) && (!concerns.isValid() || concerns.toBool())) {
        auto* band = window->findChild<QWidget*>(QStringLiteral("patientIdentityBand"));
        if (!band || !band->isVisible()) {
            m_problems
                << QStringLiteral("%1 concerns a patient but shows no identity band").arg(describe(window));
        }
    }
}

void GuiWalker::settle()
{
    for (int round = 0; round < 400; ++round) {
        QCoreApplication::processEvents();
        bool busy = false;
        for (auto* page : m_window->findChildren<gui::TheatrePage*>()) {
            busy = busy || page->isRescheduling();
        }
        if (QWidget* popup = QApplication::activePopupWidget()) {
            busy = true;
            watch();
            Q_UNUSED(popup);
        } else if (QWidget* modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
            busy = true;
            watch();
        }
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w != m_window && !m_baseline.contains(w) &&
                w->windowType() != Qt::ToolTip && w->windowType() != Qt::Popup) {
                busy = true;
                handleWindow(w);
            }
        }
        if (!busy) {
            break;
        }
        QTest::qWait(5);
    }
    unlock();
    restore();
}

void GuiWalker::restore()
{
    if (!m_window) {
        return;
    }
    const auto page = static_cast<gui::MainWindow::Page>(m_currentPage);
    if (m_window->currentPage() != page) {
        m_window->showPage(page);
    }
    for (const auto& [widget, index] : std::as_const(m_path)) {
        auto* tabs = qobject_cast<QTabWidget*>(widget.data());
        if (tabs && index < tabs->count() && tabs->currentIndex() != index) {
            tabs->setCurrentIndex(index);
        }
    }
    QCoreApplication::processEvents();
}

void GuiWalker::unlock()
{
    if (!m_window || !m_window->isLocked()) {
        return;
    }
    auto* lock = m_window->lockScreen();
    auto* user = lock->findChild<QLineEdit*>(QStringLiteral("loginUser"));
    auto* password = lock->findChild<QLineEdit*>(QStringLiteral("loginPassword"));
    REQUIRE(user);
    REQUIRE(password);
    user->setText(m_login);
    password->setText(m_password);
    QTest::keyClick(password, Qt::Key_Return);
    if (m_window->isLocked()) {
        m_problems << QStringLiteral("%1 could not unlock: %2").arg(m_login, lock->form()->errorText());
    }
}

void GuiWalker::audit(QWidget* window, const QString& where)
{
    if (!m_options.auditMnemonics) {
        return;
    }
    for (const QString& clash : MnemonicAudit::clashesIn(window, where)) {
        m_clashes.insert(clash);
    }
}

QString GuiWalker::describe(QWidget* w) const
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->windowTitle());
}

} // namespace wp::test
