#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "patients/PatientService.h"
#include "patients/PatientTabs.h"
#include "ward/WardBoardPage.h"
#include "wards/WardsArea.h"

#include "admin/AddUserDialog.h"
#include "admin/AdministrationPage.h"
#include "admin/UserTableModel.h"
#include "common/Ask.h"
#include "common/FolderPicker.h"
#include "common/MessageBar.h"
#include "common/PassphrasePrompt.h"
#include "mainwindow/AutoBackup.h"
#include "mainwindow/MainWindow.h"
#include "users/UserService.h"
#include "wards/WardCensusPage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>

using namespace wp;
using wp::gui::MainWindow;

TEST_CASE("The status bar says who, where, offline and when the last backup was")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    CHECK(test::named<QLabel>(&window, "statusUser")->text() == QStringLiteral("Ada Admin (Administrator)"));
    CHECK(test::named<QLabel>(&window, "statusHospital")->text() == QStringLiteral("Test Hospital"));
    CHECK(test::named<QLabel>(&window, "statusDevice")->text().contains(QStringLiteral("T1")));
    CHECK(test::named<QLabel>(&window, "statusOffline")->text().contains(QStringLiteral("Offline")));
    auto* backup = test::named<QLabel>(&window, "statusBackup");
    CHECK(backup->text() == QStringLiteral("Last backup: none yet"));

    CHECK(window.autoBackup()->runNow().isEmpty());
    CHECK(backup->text().startsWith(QStringLiteral("Last backup: ")));
    CHECK_FALSE(backup->text().contains(QStringLiteral("none")));
    CHECK(QDir(ws->backupDirectory()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("The wards page shows the census: each bed with its patient")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    CHECK(window.currentPage() == MainWindow::Page::Wards);
    auto* model = window.wardCensusPage()->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("MED"));
    CHECK(model->rowCount(model->index(0, 0)) == 4);
    CHECK(model->index(1, 1).data().toString() == QStringLiteral("Surgery"));
    // "free", the ward board's word for it.
    CHECK(model->index(0, 1, model->index(1, 0)).data().toString() == QStringLiteral("free"));

    Patient p;
    p.birthName = QStringLiteral("Lefèvre");
    p.firstNames = QStringLiteral("Élise");
    p.birthDate = QDate(1950, 3, 2);
    p.sex = QStringLiteral("F");
    PatientService patients(*ws);
    auto reg = patients.registerPatient(p);
    REQUIRE(reg.ok());
    REQUIRE(patients.setAllergies(reg->id, QStringLiteral("Pénicilline")).ok());
    REQUIRE(patients.admit(reg->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now()).ok());
    window.wardCensusPage()->refresh();
    const QModelIndex med = model->index(0, 0);
    CHECK(model->index(1, 1, med).data().toString() == QStringLiteral("LEFÈVRE Élise"));
    CHECK(model->index(1, 3, med).data().toString() == reg->downtimeNumber);
    CHECK(model->index(1, 4, med).data().toString() == QStringLiteral("Pénicilline"));
    CHECK(model->index(0, 1, med).data().toString() == QStringLiteral("free"));
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("1 of 4 beds occupied"));

    QStandardItemModel census;
    census.appendRow(new QStandardItem(QStringLiteral("from the census service")));
    window.wardCensusPage()->setCensusModel(&census);
    CHECK(window.wardCensusPage()->model() == &census);
    window.wardCensusPage()->setCensusModel(nullptr);
    CHECK(window.wardCensusPage()->model()->rowCount() == 2);
}

TEST_CASE("A nurse sees Administration disabled, with the core's reason")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    MainWindow window(*ws);
    window.show();
    CHECK_FALSE(window.isPageEnabled(MainWindow::Page::Administration));
    window.showPage(MainWindow::Page::Administration);
    CHECK(window.currentPage() == MainWindow::Page::Wards);
    const QString reason = ws->require(Permission::ManageUsers).errorMessage();
    REQUIRE_FALSE(reason.isEmpty());
    auto* nav = test::named<QListWidget>(&window, "navigation");
    CHECK(nav->item(static_cast<int>(MainWindow::Page::Administration))->toolTip() == reason);
    auto* admin = window.administrationPage();
    CHECK(admin->refusal() == reason);
    CHECK(admin->model()->rowCount() == 0);
    CHECK_FALSE(test::named<QPushButton>(admin, "addUserButton")->isEnabled());
}

TEST_CASE("An administrator adds a user, disables and re-enables them")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    REQUIRE(window.isPageEnabled(MainWindow::Page::Administration));
    window.showPage(MainWindow::Page::Administration);
    auto* admin = window.administrationPage();
    REQUIRE(admin->model()->rowCount() == 1);

    QTest::mouseClick(test::named<QPushButton>(admin, "addUserButton"), Qt::LeftButton);
    auto* dialog = admin->findChild<gui::AddUserDialog*>();
    REQUIRE(dialog);
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserLogin"), QStringLiteral("dr.house"));
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserName"), QStringLiteral("Greg House"));
    auto* role = test::named<QComboBox>(dialog, "addUserRole");
    role->setCurrentIndex(role->findData(static_cast<int>(Role::Doctor)));
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserPassword"), QStringLiteral("short"));
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserConfirm"), QStringLiteral("short"));
    QTest::mouseClick(test::named<QPushButton>(dialog, "addUserOk"), Qt::LeftButton);
    CHECK(test::named<QLabel>(dialog, "addUserError")->text().contains(QStringLiteral("at least")));
    REQUIRE(dialog->isVisible());

    test::named<QLineEdit>(dialog, "addUserPassword")->setText(QStringLiteral("vicodin-123"));
    test::named<QLineEdit>(dialog, "addUserConfirm")->setText(QStringLiteral("vicodin-123"));
    QTest::mouseClick(test::named<QPushButton>(dialog, "addUserOk"), Qt::LeftButton);
    QTest::qWait(0);
    CHECK(admin->model()->rowCount() == 2);
    const int row = admin->model()->rowOf(QStringLiteral("dr.house"));
    REQUIRE(row >= 0);
    CHECK(admin->model()->userAt(row).role == Role::Doctor);

    admin->select(QStringLiteral("dr.house"));
    QTest::mouseClick(test::named<QPushButton>(admin, "toggleUserButton"), Qt::LeftButton);
    CHECK_FALSE(UserService(*ws).find(QStringLiteral("dr.house"))->active);
    CHECK(admin->messageBar()->kind() == gui::MessageBar::Kind::Success);
    QTest::mouseClick(test::named<QPushButton>(admin, "toggleUserButton"), Qt::LeftButton);
    CHECK(UserService(*ws).find(QStringLiteral("dr.house"))->active);

    admin->select(test::adminLogin());
    QTest::mouseClick(test::named<QPushButton>(admin, "toggleUserButton"), Qt::LeftButton);
    CHECK(admin->messageBar()->kind() == gui::MessageBar::Kind::Error);
    CHECK(UserService(*ws).find(test::adminLogin())->active);
}

TEST_CASE("Back up now writes a backup into the folder picked")
{
    test::TempDir tmp;
    test::TempDir usb;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();

    gui::FolderPicker::setNextAnswer(usb.path());
    gui::PassphrasePrompt::setNextAnswer(QByteArrayLiteral("lime river cold ticket"));
    test::named<QAction>(&window, "actionBackUpNow")->trigger();
    CHECK_FALSE(gui::FolderPicker::hasNextAnswer());
    CHECK_FALSE(gui::PassphrasePrompt::hasNextAnswer());
    const auto files = QDir(usb.path()).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    // Encrypted (issue 17): the stick holds no database in clear.
    CHECK(files.first().endsWith(QStringLiteral(".wpbackup")));
    CHECK(test::readFile(QDir(usb.path()).filePath(files.first())).startsWith("WhitePlanBackup\n"));
    CHECK(window.messageBar()->kind() == gui::MessageBar::Kind::Success);
    CHECK(window.messageBar()->text().contains(files.first()));

    SECTION("cancelling writes nothing")
    {
        gui::FolderPicker::setNextAnswer(QString());
        test::named<QAction>(&window, "actionBackUpNow")->trigger();
        CHECK(QDir(usb.path()).entryList(QDir::Files).size() == 1);
    }
    SECTION("cancelling the passphrase writes nothing")
    {
        gui::FolderPicker::setNextAnswer(usb.path());
        gui::PassphrasePrompt::setNextAnswer(std::nullopt);
        test::named<QAction>(&window, "actionBackUpNow")->trigger();
        CHECK_FALSE(gui::PassphrasePrompt::hasNextAnswer());
        CHECK(QDir(usb.path()).entryList(QDir::Files).size() == 1);
    }
    SECTION("a folder that cannot be written is reported inline")
    {
        gui::FolderPicker::setNextAnswer(usb.file(QStringLiteral("missing/deeper")));
        gui::PassphrasePrompt::setNextAnswer(QByteArrayLiteral("lime river cold ticket"));
        test::named<QAction>(&window, "actionBackUpNow")->trigger();
        CHECK(window.messageBar()->kind() == gui::MessageBar::Kind::Error);
        CHECK_FALSE(window.messageBar()->text().isEmpty());
    }
}

TEST_CASE("Closing the window writes the automatic backup at exit")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    REQUIRE(QDir(ws->backupDirectory()).entryList(QDir::Files).isEmpty());
    CHECK(window.close());
    CHECK(QDir(ws->backupDirectory()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("A failed automatic backup is shown, not swallowed")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    // A file where the backup folder should be: nothing can be written there.
    REQUIRE(QDir(ws->backupDirectory()).removeRecursively());
    test::writeFile(ws->backupDirectory(), "not a folder");
    CHECK_FALSE(window.autoBackup()->runNow().isEmpty());
    CHECK(window.messageBar()->kind() == gui::MessageBar::Kind::Error);
    CHECK(window.messageBar()->text().contains(QStringLiteral("Automatic backup failed")));
    CHECK(test::named<QLabel>(&window, "statusBackup")->text() == QStringLiteral("Backup failed"));

    gui::Ask::reset();
    gui::Ask::queueAnswer(QMessageBox::No);
    CHECK_FALSE(window.close());
    CHECK(gui::Ask::answeredTexts().size() == 1);
    CHECK(window.isVisible());
    gui::Ask::reset();
    gui::Ask::queueAnswer(QMessageBox::Yes);
    CHECK(window.close());
    gui::Ask::reset();
}

TEST_CASE("Opening a patient from the ward board shows their chart in the Patients area")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    Patient p;
    p.birthName = QStringLiteral("Durand");
    p.firstNames = QStringLiteral("Anne");
    p.birthDate = QDate(1940, 5, 6);
    p.sex = QStringLiteral("F");
    PatientService patients(*ws);
    auto reg = patients.registerPatient(p);
    REQUIRE(reg.ok());
    REQUIRE(patients.admit(reg->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()).ok());
    MainWindow window(*ws);
    CHECK(qobject_cast<gui::WardsArea*>(window.page(MainWindow::Page::Wards)) == window.wardsArea());
    emit window.wardsArea()->board()->openPatientChart(reg->id);
    CHECK(window.currentPage() == MainWindow::Page::Patients);
    auto* chart = window.patientTabs()->chart(reg->id);
    REQUIRE(chart);
    CHECK(chart->headerText().contains(QStringLiteral("DURAND")));
    // Opening it again brings the same chart forward rather than a second copy.
    emit window.wardsArea()->board()->openPatientChart(reg->id);
    CHECK(window.patientTabs()->count() == 2);
}
