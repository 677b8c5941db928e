#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "login/IdleMonitor.h"
#include "login/LockScreen.h"
#include "login/LoginForm.h"
#include "mainwindow/MainWindow.h"
#include "users/SessionSettings.h"
#include "users/UserService.h"
#include "wards/WardCensusPage.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

using namespace wp;
using wp::gui::MainWindow;

namespace {

/// An unsaved form field on the current page, with text typed into it.
QLineEdit* typeUnsavedText(MainWindow& window, const QString& text)
{
    auto* edit = new QLineEdit(window.wardCensusPage());
    edit->setObjectName(QStringLiteral("unsavedField"));
    window.wardCensusPage()->layout()->addWidget(edit);
    edit->show();
    QTest::keyClicks(edit, text);
    return edit;
}

void typeOnLockScreen(MainWindow& window, const QString& login, const QString& password)
{
    auto* lock = window.lockScreen();
    auto* user = test::named<QLineEdit>(lock, "loginUser");
    auto* pass = test::named<QLineEdit>(lock, "loginPassword");
    user->setText(login);
    pass->clear();
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
}

} // namespace

TEST_CASE("The idle lock engages after the idle time and the same user unlocks without losing a form")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    REQUIRE(window.idleMonitor()->idleLimitSeconds() == 5 * 60);
    auto* edit = typeUnsavedText(window, QStringLiteral("BP 120/80, unsaved"));

    clock.advanceSeconds(4 * 60);
    window.idleMonitor()->check();
    CHECK_FALSE(window.isLocked());

    // Input restarts the count.
    QTest::keyClick(edit, Qt::Key_End);
    clock.advanceSeconds(2 * 60);
    window.idleMonitor()->check();
    CHECK_FALSE(window.isLocked());

    clock.advanceSeconds(3 * 60 + 1);
    window.idleMonitor()->check();
    REQUIRE(window.isLocked());
    CHECK_FALSE(edit->isEnabled());
    CHECK(test::named<QLineEdit>(window.lockScreen(), "loginUser")->text() == test::adminLogin());

    typeOnLockScreen(window, test::adminLogin(), QStringLiteral("wrong password"));
    CHECK(window.isLocked());
    CHECK(window.lockScreen()->form()->errorText() == QStringLiteral("Wrong user name or password."));

    typeOnLockScreen(window, test::adminLogin(), test::adminPassword());
    CHECK_FALSE(window.isLocked());
    CHECK(edit->isEnabled());
    CHECK(edit->text() == QStringLiteral("BP 120/80, unsaved"));
    CHECK(ws->currentUser()->login == test::adminLogin());
    CHECK(window.idleMonitor()->isRunning());
}

TEST_CASE("The idle time comes from the workspace setting")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    REQUIRE(SessionSettings(*ws).setIdleLockMinutes(1).ok());
    MainWindow window(*ws);
    window.show();
    CHECK(window.idleMonitor()->idleLimitSeconds() == 60);
    clock.advanceSeconds(61);
    window.idleMonitor()->check();
    CHECK(window.isLocked());
}

TEST_CASE("The idle monitor's own timer locks without being driven")
{
    test::TempDir tmp;
    auto ws = test::initialisedWorkspace(tmp.path(), Clock::system());
    MainWindow window(*ws);
    window.show();
    window.idleMonitor()->setIdleLimitSeconds(0);
    window.idleMonitor()->setCheckInterval(10);
    window.idleMonitor()->start();
    CHECK(QTest::qWaitFor([&] { return window.isLocked(); }, 5000));
}

TEST_CASE("Switching user changes the status bar user and keeps the form")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    ws->setCurrentUser(*UserService(*ws).find(test::adminLogin()));
    MainWindow window(*ws);
    window.show();
    auto* edit = typeUnsavedText(window, QStringLiteral("handover note"));
    REQUIRE(window.isPageEnabled(MainWindow::Page::Administration));

    auto* switchAction = test::named<QAction>(&window, "actionSwitchUser");
    switchAction->trigger();
    REQUIRE(window.isLocked());
    CHECK(test::named<QLineEdit>(window.lockScreen(), "loginUser")->text().isEmpty());
    CHECK_FALSE(switchAction->isEnabled());

    typeOnLockScreen(window, QStringLiteral("nina"), QStringLiteral("nina-password"));
    CHECK_FALSE(window.isLocked());
    CHECK(ws->currentUser()->login == QStringLiteral("nina"));
    CHECK(test::named<QLabel>(&window, "statusUser")->text() == QStringLiteral("nina Test (Nurse)"));
    CHECK_FALSE(window.isPageEnabled(MainWindow::Page::Administration));
    CHECK(edit->text() == QStringLiteral("handover note"));
}

TEST_CASE("Lock is on Ctrl+L, and another user may unlock a locked window")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("doc"), Role::Doctor);
    MainWindow window(*ws);
    window.show();
    auto* lockAction = test::named<QAction>(&window, "actionLock");
    CHECK(lockAction->shortcut() == QKeySequence(QStringLiteral("Ctrl+L")));
    lockAction->trigger();
    REQUIRE(window.isLocked());
    typeOnLockScreen(window, test::adminLogin(), test::adminPassword());
    CHECK_FALSE(window.isLocked());
    CHECK(ws->currentUser()->login == test::adminLogin());
    CHECK(test::named<QLabel>(&window, "statusUser")->text() == QStringLiteral("Ada Admin (Administrator)"));
    CHECK(window.isPageEnabled(MainWindow::Page::Administration));
}

TEST_CASE("A dialog open when the lock engages is hidden, and comes back only for the same user")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    ws->setCurrentUser(*UserService(*ws).find(test::adminLogin()));
    MainWindow window(*ws);
    window.show();
    test::named<QAction>(&window, "actionChangePassword")->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("passwordDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QTest::keyClicks(test::named<QLineEdit>(dialog, "newPassword"), QStringLiteral("half typed"));

    window.lock();
    CHECK_FALSE(dialog->isVisible());
    typeOnLockScreen(window, test::adminLogin(), test::adminPassword());
    REQUIRE(dialog->isVisible());
    CHECK(test::named<QLineEdit>(dialog, "newPassword")->text() == QStringLiteral("half typed"));

    window.switchUser();
    CHECK_FALSE(dialog->isVisible());
    QPointer<QDialog> watched(dialog);
    typeOnLockScreen(window, QStringLiteral("nina"), QStringLiteral("nina-password"));
    CHECK((watched.isNull() || !watched->isVisible()));
}

TEST_CASE("An administrator changes the idle time from the Administration page and it applies at once")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    auto* admin = window.page(MainWindow::Page::Administration);
    auto* minutes = test::named<QSpinBox>(admin, "idleLockMinutes");
    CHECK(minutes->value() == 5);
    minutes->setValue(2);
    QTest::mouseClick(test::named<QPushButton>(admin, "applyIdleLock"), Qt::LeftButton);
    CHECK(SessionSettings(*ws).idleLockMinutes() == 2);
    CHECK(window.idleMonitor()->idleLimitSeconds() == 120);
}
