#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "Migrator.h"
#include "backup/BackupService.h"
#include "common/Ask.h"
#include "common/MessageBar.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "site/SiteService.h"
#include "startup/AppController.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace wp;
using wp::gui::AppController;
using wp::gui::Ask;

namespace {

/// An initialised data directory with one automatic backup, whose database is then damaged.
void makeDamagedDirectory(const QString& dir, Clock& clock)
{
    {
        auto ws = test::initialisedWorkspace(dir, clock);
        REQUIRE(BackupService(*ws).rotate(true).ok());
    }
    const QString path = QDir(dir).filePath(Workspace::databaseFileName());
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    test::writeFile(path, QByteArray(16384, '\x5a'));
}

} // namespace

TEST_CASE("A damaged database: the restore of the latest backup is offered and done")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    makeDamagedDirectory(tmp.path(), clock);
    Ask::reset();
    Ask::queueAnswer(QMessageBox::Yes);
    AppController controller(clock);
    REQUIRE(controller.openWorkspace(tmp.path()));
    REQUIRE(Ask::answeredTexts().size() == 1);
    CHECK(Ask::answeredTexts().first().contains(QStringLiteral("Restore the latest automatic backup")));
    CHECK(controller.workspace()->hospitalName() == QStringLiteral("Test Hospital"));
    CHECK(controller.startupNotice().contains(QStringLiteral("damaged file was kept")));
    // The damaged file is set aside next to the restored database, not overwritten.
    const auto files = QDir(tmp.path()).entryList(QDir::Files);
    CHECK(files.size() >= 2);
    Ask::reset();
}

TEST_CASE("A damaged database: declining the restore exits and leaves the file alone")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    makeDamagedDirectory(tmp.path(), clock);
    Ask::reset();
    Ask::queueAnswer(QMessageBox::No);
    AppController controller(clock);
    CHECK_FALSE(controller.openWorkspace(tmp.path()));
    CHECK(controller.exitCode() == 1);
    CHECK(test::readFile(QDir(tmp.path()).filePath(Workspace::databaseFileName())) ==
          QByteArray(16384, '\x5a'));
    Ask::reset();
}

TEST_CASE("A second WhitePlan on the same data directory says so and exits")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto first = test::initialisedWorkspace(tmp.path(), clock);
    Ask::reset();
    Ask::queueAnswer(QMessageBox::Ok);
    AppController controller(clock);
    CHECK_FALSE(controller.openWorkspace(tmp.path()));
    CHECK(controller.exitCode() == 1);
    REQUIRE(Ask::answeredTexts().size() == 1);
    CHECK(Ask::answeredTexts().first().contains(QStringLiteral("Another WhitePlan")));
    Ask::reset();
}

TEST_CASE("The demo option on a new data directory uses the demo seam, then the login shows the passwords")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    AppController controller(clock);
    int calls = 0;
    controller.setDemo(
        [&calls](Workspace& ws) {
            ++calls;
            SiteSetup s;
            s.hospital = QStringLiteral("Demo");
            s.deviceCode = QStringLiteral("DEMO");
            s.adminLogin = QStringLiteral("admin");
            s.adminName = QStringLiteral("Demo Admin");
            s.adminPassword = QStringLiteral("demo-password");
            return SiteService(ws).initialise(s);
        },
        QStringLiteral("admin / demo-password"));
    QString hint;
    test::whenModalShown([&hint](QWidget* modal) {
        auto* dialog = qobject_cast<gui::LoginDialog*>(modal);
        REQUIRE(dialog);
        hint = test::named<QLabel>(dialog, "loginHint")->text();
        test::named<QLineEdit>(dialog, "loginUser")->setText(QStringLiteral("admin"));
        auto* pass = test::named<QLineEdit>(dialog, "loginPassword");
        QTest::keyClicks(pass, QStringLiteral("demo-password"));
        QTest::keyClick(pass, Qt::Key_Return);
    });
    REQUIRE(controller.run({tmp.path(), true}));
    CHECK(calls == 1);
    CHECK(hint == QStringLiteral("admin / demo-password"));
    REQUIRE(controller.mainWindow());
    CHECK(controller.mainWindow()->isVisible());
    CHECK(controller.workspace()->currentUser()->login == QStringLiteral("admin"));
}

TEST_CASE("Start-up on a new data directory runs the first-run dialog, and cancelling exits cleanly")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    AppController controller(clock);
    bool sawFirstRun = false;
    test::whenModalShown([&sawFirstRun](QWidget* modal) {
        sawFirstRun = modal->objectName() == QStringLiteral("firstRunDialog");
        qobject_cast<QDialog*>(modal)->reject();
    });
    CHECK_FALSE(controller.run({tmp.path(), false}));
    CHECK(sawFirstRun);
    CHECK(controller.exitCode() == 0);
}

TEST_CASE("Start-up end to end: first run filled in, login, then the main window")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    AppController controller(clock);
    bool loggedIn = false;
    test::whenModalShown([&loggedIn](QWidget* modal) {
        REQUIRE(modal->objectName() == QStringLiteral("firstRunDialog"));
        test::named<QLineEdit>(modal, "setupHospital")->setText(QStringLiteral("CH Test"));
        test::named<QLineEdit>(modal, "setupDeviceCode")->setText(QStringLiteral("LAP2"));
        test::named<QLineEdit>(modal, "setupAdminLogin")->setText(QStringLiteral("boss"));
        test::named<QLineEdit>(modal, "setupAdminName")->setText(QStringLiteral("Big Boss"));
        test::named<QLineEdit>(modal, "setupPassword")->setText(QStringLiteral("boss-password"));
        auto* confirm = test::named<QLineEdit>(modal, "setupPasswordConfirm");
        QTest::keyClicks(confirm, QStringLiteral("boss-password"));
        test::whenModalShown([&loggedIn](QWidget* login) {
            REQUIRE(login->objectName() == QStringLiteral("loginDialog"));
            test::named<QLineEdit>(login, "loginUser")->setText(QStringLiteral("boss"));
            auto* pass = test::named<QLineEdit>(login, "loginPassword");
            QTest::keyClicks(pass, QStringLiteral("boss-password"));
            QTest::keyClick(pass, Qt::Key_Return);
            loggedIn = true;
        });
        QTest::keyClick(confirm, Qt::Key_Return);
    });
    REQUIRE(controller.run({tmp.path(), false}));
    CHECK(loggedIn);
    REQUIRE(controller.mainWindow());
    CHECK(controller.mainWindow()->isVisible());
    CHECK(controller.workspace()->hospitalName() == QStringLiteral("CH Test"));
    CHECK_FALSE(BackupService::latestBackup(tmp.path()).isEmpty());
    CHECK(controller.workspace()->currentUser()->login == QStringLiteral("boss"));
    CHECK(test::named<QLabel>(controller.mainWindow(), "statusUser")->text() ==
          QStringLiteral("Big Boss (Administrator)"));
}

TEST_CASE("A data directory written by a newer WhitePlan is refused with a message")
{
    test::TempDir tmp;
    {
        auto ws = Workspace::open(tmp.path());
        REQUIRE(ws.ok());
        REQUIRE((*ws)->db().setUserVersion(db::Migrator::latestVersion() + 1).ok());
    }
    Ask::reset();
    Ask::queueAnswer(QMessageBox::Ok);
    AppController controller;
    CHECK_FALSE(controller.openWorkspace(tmp.path()));
    CHECK(controller.exitCode() == 1);
    REQUIRE(Ask::answeredTexts().size() == 1);
    CHECK(Ask::answeredTexts().first().contains(QStringLiteral("newer WhitePlan")));
    Ask::reset();
}

TEST_CASE("Damage found by the background check is shown, and the next start offers the restore")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    QString path;
    {
        auto ws = test::initialisedWorkspace(tmp.path(), clock);
        for (int i = 0; i < 300; ++i) {
            REQUIRE(ws->setSetting(QStringLiteral("k%1").arg(i), QString(200, QLatin1Char('x'))).ok());
        }
        REQUIRE(BackupService(*ws).rotate(true).ok());
        REQUIRE(ws->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).ok());
        path = ws->databasePath();
    }
    // Damage a data page only: the header and schema still read, so opening is quick and succeeds.
    QByteArray bytes = test::readFile(path);
    const qsizetype last = bytes.size() / 4096 - 1;
    for (qsizetype i = 0; i < 12; ++i) {
        bytes[last * 4096 + i] = static_cast<char>(0xA5);
    }
    test::writeFile(path, bytes);
    {
        Ask::reset();
        AppController controller(clock);
        REQUIRE(controller.openWorkspace(tmp.path()));
        test::loginAs(*controller.workspace(), test::adminLogin(), Role::Administrator);
        controller.showMainWindow();
        QSignalSpy finished(&controller, &AppController::integrityCheckFinished);
        REQUIRE(finished.wait(20000));
        CHECK_FALSE(controller.integrityOk());
        CHECK(controller.mainWindow()->messageBar()->text().contains(QStringLiteral("found damage")));
        CHECK(QFile::exists(AppController::checkFailedMarker(tmp.path())));
    }
    Ask::reset();
    Ask::queueAnswer(QMessageBox::Yes);
    AppController next(clock);
    REQUIRE(next.openWorkspace(tmp.path()));
    REQUIRE(Ask::answeredTexts().size() == 1);
    CHECK(Ask::answeredTexts().first().contains(QStringLiteral("Restore the latest automatic backup")));
    CHECK_FALSE(QFile::exists(AppController::checkFailedMarker(tmp.path())));
    Ask::reset();
}
