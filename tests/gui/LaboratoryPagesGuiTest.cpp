// The laboratory role in the main window (issue 15): the lab laptop's users open Patients
// (to find and read), Printing and Exchange; the ward census, the theatres and the
// administration are greyed out with the reason, as after a switch of user.
#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "admin/AddUserDialog.h"
#include "admin/AdministrationPage.h"
#include "admin/UserTableModel.h"
#include "chart/PatientChartPage.h"
#include "login/LockScreen.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RolePages.h"
#include "patients/PatientService.h"
#include "patients/PatientTabs.h"
#include "patients/PatientsPage.h"
#include "users/UserService.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace wp;
using wp::gui::MainWindow;
using Page = MainWindow::Page;

namespace {

const QList<Page> everyPage{Page::Wards,    Page::Patients,       Page::Theatres,  Page::Printing,
                            Page::Exchange, Page::Administration, Page::Laboratory};

struct LabLaptop
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws;
    QString patientId;

    LabLaptop()
    {
        ws = test::initialisedWorkspace(tmp.path(), clock);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto p = patients.registerPatient(test::person(QStringLiteral("Roux"), QStringLiteral("Marcel"),
                                                       QDate(1947, 2, 3), QStringLiteral("M")));
        REQUIRE(p.ok());
        REQUIRE(patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()).ok());
        patientId = p->id;
        test::loginAs(*ws, QStringLiteral("labo"), Role::Laboratory);
    }
};

QList<Page> enabledPages(const MainWindow& window)
{
    QList<Page> pages;
    for (Page page : everyPage) {
        if (window.isPageEnabled(page)) {
            pages << page;
        }
    }
    return pages;
}

QListWidgetItem* navigationItem(const MainWindow& window, Page page)
{
    return test::named<QListWidget>(&window, "navigation")->item(static_cast<int>(page));
}

/// Switch user… then `login` on the lock screen (password "<login>-password", see loginAs).
void switchTo(MainWindow& window, const QString& login)
{
    window.switchUser();
    REQUIRE(window.isLocked());
    auto* lock = window.lockScreen();
    test::named<QLineEdit>(lock, "loginUser")->setText(login);
    auto* pass = test::named<QLineEdit>(lock, "loginPassword");
    pass->clear();
    QTest::keyClicks(pass, login + QStringLiteral("-password"));
    QTest::keyClick(pass, Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
}

} // namespace

TEST_CASE("A laboratory user starts on its worklist and opens only it, Patients, Printing and Exchange",
          "[issue15][rights]")
{
    LabLaptop lab;
    MainWindow window(*lab.ws);
    window.show();

    CHECK(enabledPages(window) ==
          QList<Page>{Page::Patients, Page::Printing, Page::Exchange, Page::Laboratory});
    CHECK(window.currentPage() == Page::Laboratory);
    CHECK(test::named<QLabel>(&window, "statusUser")->text().contains(QStringLiteral("(Laboratory)")));
    // Greyed out with the reason, and out of reach of Ctrl+1 / Ctrl+3 and of showPage().
    for (Page page : {Page::Wards, Page::Theatres}) {
        CHECK(navigationItem(window, page)
                  ->toolTip()
                  .contains(QStringLiteral("your role's work (Laboratory)")));
        CHECK_FALSE(test::named<QAction>(&window, page == Page::Wards ? "actionGoToPage1" : "actionGoToPage3")
                        ->isEnabled());
    }
    CHECK(navigationItem(window, Page::Administration)->toolTip().contains(QStringLiteral("Laboratory")));
    CHECK(test::named<QAction>(&window, "actionGoToPage5")->isEnabled()); // Exchange
    window.showPage(Page::Wards);
    CHECK(window.currentPage() == Page::Laboratory);
    window.showPage(Page::Exchange);
    CHECK(window.currentPage() == Page::Exchange);

    // Patients is for reading: no registering, and a chart without the identity correction.
    CHECK(window.patientTabs()->finder()->registerButton()->isHidden());
    auto* chart = window.patientTabs()->openChart(lab.patientId);
    REQUIRE(chart);
    CHECK(chart->identityButton()->isHidden());
    CHECK(chart->scaleButton()->isHidden());
}

TEST_CASE("Switching between a nurse and a laboratory user moves the pages with the role",
          "[issue15][rights]")
{
    LabLaptop lab;
    REQUIRE(UserService(*lab.ws).find(QStringLiteral("nina")).ok());
    lab.ws->setCurrentUser(*UserService(*lab.ws).find(QStringLiteral("nina")));
    MainWindow window(*lab.ws);
    window.show();
    REQUIRE(window.currentPage() == Page::Wards);
    CHECK(enabledPages(window).size() == 6); // everything but Administration
    CHECK_FALSE(window.patientTabs()->finder()->registerButton()->isHidden());

    switchTo(window, QStringLiteral("labo"));
    // The Wards page is not the lab's: the window goes to the lab's home page.
    CHECK(window.currentPage() == gui::RolePages::home(Role::Laboratory));
    CHECK(window.currentPage() == Page::Laboratory);
    CHECK_FALSE(window.isPageEnabled(Page::Wards));
    CHECK_FALSE(window.isPageEnabled(Page::Theatres));
    CHECK(window.patientTabs()->finder()->registerButton()->isHidden());

    switchTo(window, QStringLiteral("nina"));
    CHECK(enabledPages(window).size() == 6);
    CHECK(window.currentPage() == Page::Laboratory); // a page she may open: she stays there
    CHECK(navigationItem(window, Page::Wards)->toolTip().startsWith(QStringLiteral("Wards (")));
    CHECK_FALSE(window.patientTabs()->finder()->registerButton()->isHidden());
}

TEST_CASE("An administrator adds a laboratory user from the add-user dialog", "[issue15]")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    MainWindow window(*ws);
    window.show();
    window.showPage(Page::Administration);
    auto* admin = window.administrationPage();
    QTest::mouseClick(test::named<QPushButton>(admin, "addUserButton"), Qt::LeftButton);
    auto* dialog = admin->findChild<gui::AddUserDialog*>();
    REQUIRE(dialog);
    auto* role = test::named<QComboBox>(dialog, "addUserRole");
    const int lab = role->findData(static_cast<int>(Role::Laboratory));
    REQUIRE(lab >= 0);
    CHECK(role->itemText(lab) == QStringLiteral("Laboratory"));
    CHECK(role->count() == Roles::all().size());
    role->setCurrentIndex(lab);
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserLogin"), QStringLiteral("labo"));
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserName"), QStringLiteral("Laure Laborantine"));
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserPassword"), QStringLiteral("tube-violet-4"));
    QTest::keyClicks(test::named<QLineEdit>(dialog, "addUserConfirm"), QStringLiteral("tube-violet-4"));
    QTest::mouseClick(test::named<QPushButton>(dialog, "addUserOk"), Qt::LeftButton);
    QTest::qWait(0);
    const int row = admin->model()->rowOf(QStringLiteral("labo"));
    REQUIRE(row >= 0);
    CHECK(admin->model()->userAt(row).role == Role::Laboratory);
    auto stored = UserService(*ws).authenticate(QStringLiteral("labo"), QStringLiteral("tube-violet-4"));
    REQUIRE(stored.ok());
    CHECK(stored->role == Role::Laboratory);
}
