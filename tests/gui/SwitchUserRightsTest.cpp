// Issue 13, item 5: after "Switch user…" every page shows what the new user may do, as a
// direct login would; a chart left open by the previous user follows too.
#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "login/LockScreen.h"
#include "login/SessionEvents.h"
#include "mainwindow/MainWindow.h"
#include "patients/PatientService.h"
#include "patients/PatientTabs.h"
#include "users/UserService.h"
#include "ward/WardBoardPage.h"
#include "wards/WardsArea.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

using namespace wp;
using wp::gui::MainWindow;

namespace {

struct Team
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws;
    QString patientId;

    Team()
    {
        ws = test::initialisedWorkspace(tmp.path(), clock);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        test::loginAs(*ws, QStringLiteral("dr.lee"), Role::Doctor);
        test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto p = patients.registerPatient(test::person(QStringLiteral("Roux"), QStringLiteral("Marcel"),
                                                       QDate(1947, 2, 3), QStringLiteral("M")));
        REQUIRE(p.ok());
        REQUIRE(patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()).ok());
        patientId = p->id;
    }

    void logIn(const QString& login)
    {
        auto user = UserService(*ws).find(login);
        REQUIRE(user.ok());
        ws->setCurrentUser(*user);
    }
};

QString passwordOf(const QString& login)
{
    return login == test::adminLogin() ? test::adminPassword() : login + QStringLiteral("-password");
}

/// Switch user… then the other user's login on the lock screen, as at the nurses' station.
void switchTo(MainWindow& window, const QString& login)
{
    window.switchUser();
    REQUIRE(window.isLocked());
    auto* lock = window.lockScreen();
    test::named<QLineEdit>(lock, "loginUser")->setText(login);
    auto* pass = test::named<QLineEdit>(lock, "loginPassword");
    pass->clear();
    QTest::keyClicks(pass, passwordOf(login));
    QTest::keyClick(pass, Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
}

/// The Theatres page's "New" button (sessions and cases), for theatre managers only.
QToolButton* theatreNewButton(MainWindow& window)
{
    for (auto* button : window.page(MainWindow::Page::Theatres)->findChildren<QToolButton*>()) {
        if (button->text() == QStringLiteral("New")) {
            return button;
        }
    }
    FAIL("the Theatres page has no New button");
    return nullptr;
}

bool scaleButtonShown(const gui::PatientChartPage* chart)
{
    return !chart->scaleButton()->isHidden();
}

} // namespace

TEST_CASE("Nurse → theatre manager: the Theatres buttons are enabled as after a direct login",
          "[issue13][rights]")
{
    Team team;
    MainWindow window(*team.ws);
    window.show();
    CHECK_FALSE(theatreNewButton(window)->isEnabled());
    switchTo(window, QStringLiteral("bloc"));
    CHECK(theatreNewButton(window)->isEnabled());

    // The same as a window opened for the theatre manager directly.
    MainWindow direct(*team.ws);
    CHECK(theatreNewButton(direct)->isEnabled());

    SECTION("and back to the nurse: disabled again")
    {
        switchTo(window, QStringLiteral("nina"));
        CHECK_FALSE(theatreNewButton(window)->isEnabled());
    }
}

TEST_CASE("Doctor → nurse: the chart the doctor opened loses \"Change the SpO2 scale…\"", "[issue13][rights]")
{
    Team team;
    team.logIn(QStringLiteral("dr.lee"));
    MainWindow window(*team.ws);
    window.show();
    auto* chart = window.patientTabs()->openChart(team.patientId);
    REQUIRE(chart);
    REQUIRE(scaleButtonShown(chart));
    const QString scaleText = test::named<QLabel>(chart, "chartSpo2Scale")->text();

    switchTo(window, QStringLiteral("nina"));
    CHECK_FALSE(scaleButtonShown(chart));
    CHECK_FALSE(chart->identityButton()->isHidden()); // nurses correct identities

    // Should the nurse still reach it, she is refused before typing a reason, and the
    // refusal does not take the place of the scale.
    bool prompted = false;
    QTimer watcher; // local: it must not outlive this test and catch another test's dialog
    watcher.setInterval(10);
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            prompted = true;
            modal->reject();
        }
    });
    watcher.start();
    CHECK_FALSE(chart->changeSpo2Scale());
    QTest::qWait(50);
    watcher.stop();
    CHECK_FALSE(prompted);
    CHECK(test::named<QLabel>(chart, "chartSpo2Scale")->text() == scaleText);
    CHECK(chart->scaleError().contains(QStringLiteral("does not allow")));
}

TEST_CASE("Nurse → doctor: the chart the nurse opened offers the doctor the SpO2 scale", "[issue13][rights]")
{
    Team team;
    MainWindow window(*team.ws);
    window.show();
    auto* chart = window.patientTabs()->openChart(team.patientId);
    REQUIRE(chart);
    CHECK_FALSE(scaleButtonShown(chart));
    switchTo(window, QStringLiteral("dr.lee"));
    CHECK(scaleButtonShown(chart));
    // A chart opened after the switch agrees.
    window.patientTabs()->setCurrentIndex(0);
    CHECK(scaleButtonShown(window.patientTabs()->openChart(team.patientId)));
}

TEST_CASE("Administrator ↔ nurse: Administration and the admissions limit follow the user",
          "[issue13][rights]")
{
    Team team;
    team.logIn(test::adminLogin());
    MainWindow window(*team.ws);
    window.show();
    auto* limit = test::named<QSpinBox>(window.wardsArea()->board(), "admissionsLimit");
    REQUIRE(window.isPageEnabled(MainWindow::Page::Administration));
    CHECK_FALSE(limit->isHidden());
    window.showPage(MainWindow::Page::Administration);

    switchTo(window, QStringLiteral("nina"));
    CHECK_FALSE(window.isPageEnabled(MainWindow::Page::Administration));
    CHECK(window.currentPage() == MainWindow::Page::Wards);
    CHECK(limit->isHidden());
    CHECK(test::named<QLabel>(&window, "statusUser")->text().contains(QStringLiteral("Nurse")));

    switchTo(window, test::adminLogin());
    CHECK(window.isPageEnabled(MainWindow::Page::Administration));
    CHECK_FALSE(limit->isHidden());
}

TEST_CASE("Logging in as another user signals the change once, the same user again does not",
          "[issue13][rights]")
{
    Team team;
    int changes = 0;
    QObject::connect(&gui::SessionEvents::of(*team.ws), &gui::SessionEvents::userChanged, [&] { ++changes; });
    const auto find = [&](const char* login) {
        return *UserService(*team.ws).find(QString::fromLatin1(login));
    };
    gui::SessionEvents::logIn(*team.ws, find("nina"));
    CHECK(changes == 0);
    gui::SessionEvents::logIn(*team.ws, find("dr.lee"));
    CHECK(changes == 1);
    CHECK(team.ws->currentUser()->login == QStringLiteral("dr.lee"));
    gui::SessionEvents::logIn(*team.ws, std::nullopt);
    CHECK(changes == 2);
}
