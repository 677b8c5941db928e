#include "AlertsFixture.h"
#include "GuiTestHelpers.h"
#include "lab/LabResultsDialog.h"
#include "lab/LabWorklistPage.h"
#include "lab/PhonedDialog.h"
#include "mainwindow/MainWindow.h"
#include "users/UserService.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

// Issue 15 on the lab laptop: the worklist, receiving by scanning a tube, the results grid
// and the results to phone.

using namespace wp;
using wp::gui::LabWorklistPage;

TEST_CASE("gui: the worklist puts STAT first, then the oldest", "[lab]")
{
    QList<orders::Order> list;
    const QDateTime t = test::testEpoch();
    auto make = [&](const char* number, orders::Priority p, int minutes) {
        orders::Order o;
        o.number = QString::fromLatin1(number);
        o.priority = p;
        o.orderedAt = t.addSecs(minutes * 60);
        list << o;
    };
    make("A", orders::Priority::Routine, 0);
    make("B", orders::Priority::Stat, 20);
    make("C", orders::Priority::Urgent, 5);
    make("D", orders::Priority::Stat, 10);
    LabWorklistPage::sortForWorklist(list);
    QStringList numbers;
    for (const auto& o : list) {
        numbers << o.number;
    }
    CHECK(numbers ==
          QStringList{QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")});
}

TEST_CASE_METHOD(test::AlertsOnWard,
                 "gui: the lab receives by scanning, enters results in the grid and phones the critical one",
                 "[lab]")
{
    auto waiting = place({haemoglobin()});
    auto routine = place({sodium()});
    auto stat = place({potassium(), sodium()}, orders::Priority::Stat);
    collect(routine);
    collect(stat);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);

    LabWorklistPage page(*ws);
    REQUIRE(page.refusal().isEmpty());
    REQUIRE(page.worklistOrders().size() == 2);
    CHECK(page.worklistOrders().first().number == stat.number); // STAT first
    REQUIRE(page.orderedOrders().size() == 1);
    CHECK(page.orderedOrders().first().number == waiting.number);
    auto* table = page.worklist();
    CHECK(table->item(0, 0)->text() == stat.number);
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("MARTIN")));
    CHECK(table->item(0, 1)->text().contains(patient.downtimeNumber));
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("MED 1")));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Potassium, Sodium"));
    CHECK(table->item(0, 5)->text() == orders::label(orders::OrderStatus::Collected));
    CHECK(table->item(0, 7)->text().isEmpty()); // not overdue yet

    // Results cannot be typed before the specimen is received.
    page.worklist()->selectRow(0);
    CHECK_FALSE(page.enterResults());
    CHECK(page.message().contains(QStringLiteral("not received")));

    // A label that is not an order: said inline, nothing received.
    QTest::keyClicks(page.scanEdit(), QStringLiteral("hello"));
    QTest::keyClick(page.scanEdit(), Qt::Key_Return);
    CHECK(page.message().contains(QStringLiteral("neither")));
    page.scanEdit()->clear();
    // The tube's QR code, as a scanner types it, followed by Enter.
    QTest::keyClicks(page.scanEdit(), orders::OrderService::labelPayload(stat, patient.downtimeNumber,
                                                                         QStringLiteral("lithium-heparin")));
    QTest::keyClick(page.scanEdit(), Qt::Key_Return);
    INFO(page.message().toStdString());
    CHECK(page.message().contains(QStringLiteral("received")));
    CHECK(page.scanEdit()->text().isEmpty());
    REQUIRE(page.worklistOrders().first().number == stat.number);
    CHECK(page.worklistOrders().first().status == orders::OrderStatus::Received);
    CHECK(page.worklist()->currentRow() == 0);

    // The grid: the flag appears as the value is typed; a refused value saves nothing.
    QString liveFlag;
    QString refused;
    bool wroteNothing = false;
    test::whenModalShown([&](QWidget* modal) {
        auto* grid = qobject_cast<gui::LabResultsDialog*>(modal);
        REQUIRE(grid != nullptr);
        QTest::keyClicks(grid->valueEdit(potassium()), QStringLiteral("6,9"));
        liveFlag = grid->flagText(potassium());
        QTest::keyClicks(grid->valueEdit(sodium()), QStringLiteral("1400"));
        test::named<QPushButton>(grid, "labResultsSave")->click();
        refused = grid->errorText();
        wroteNothing = orders::OrderService(*ws, catalogue).order(stat.number)->results.isEmpty();
        grid->valueEdit(sodium())->clear();
        QTest::keyClicks(grid->valueEdit(sodium()), QStringLiteral("139"));
        CHECK(grid->flagText(sodium()) == QStringLiteral("N"));
        test::named<QPushButton>(grid, "labResultsSave")->click();
    });
    REQUIRE(page.enterResults());
    CHECK(liveFlag == QStringLiteral("HH"));
    CHECK(refused.contains(QStringLiteral("not possible")));
    CHECK(wroteNothing);
    CHECK(page.message().contains(QStringLiteral("1 critical")));
    // Resulted: off the worklist; the critical potassium waits to be phoned.
    REQUIRE(page.worklistOrders().size() == 1);
    CHECK(page.worklistOrders().first().number == routine.number);
    REQUIRE(page.toPhone().size() == 1);
    CHECK(page.toPhone().first().test == potassium());
    CHECK(page.phoneList()->item(0, 1)->text() == stat.number);
    CHECK(page.phoneList()->item(0, 2)->text().contains(QStringLiteral("6.9")));

    // "Phoned…": the read-back is required; then the call is recorded and the line goes.
    QString noReadBack;
    test::whenModalShown([&](QWidget* modal) {
        auto* phoned = qobject_cast<gui::PhonedDialog*>(modal);
        REQUIRE(phoned != nullptr);
        QTest::keyClicks(test::named<QLineEdit>(phoned, "phonedReceiver"), QStringLiteral("Dr Dora, MED"));
        test::named<QPushButton>(phoned, "phonedOk")->click();
        noReadBack = phoned->errorText();
        test::named<QCheckBox>(phoned, "phonedReadBack")->setChecked(true);
        test::named<QPushButton>(phoned, "phonedOk")->click();
    });
    REQUIRE(page.phoneSelected());
    CHECK(noReadBack.contains(QStringLiteral("read the value back")));
    CHECK(page.toPhone().isEmpty());
    CHECK(page.phoneList()->rowCount() == 0);
}

TEST_CASE_METHOD(test::AlertsOnWard, "gui: the worklist says STAT overdue orders in red", "[lab]")
{
    auto stat = place({potassium()}, orders::Priority::Stat);
    collect(stat);
    clock.advanceSeconds(31 * 60);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    LabWorklistPage page(*ws);
    REQUIRE(page.worklist()->rowCount() == 1);
    CHECK(page.worklist()->item(0, 7)->text() == QStringLiteral("OVERDUE"));
    CHECK(page.worklist()->item(0, 7)->foreground().color() == QColor(QStringLiteral("#b71c1c")));
}

TEST_CASE_METHOD(test::AlertsOnWard, "gui: the worklist is the laboratory's home page, closed to others",
                 "[lab]")
{
    {
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        gui::MainWindow window(*ws);
        CHECK(window.homePage() == gui::MainWindow::Page::Wards);
        CHECK(window.currentPage() == gui::MainWindow::Page::Wards);
        CHECK(window.isPageEnabled(gui::MainWindow::Page::Laboratory));
    }
    {
        test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
        gui::MainWindow window(*ws);
        CHECK_FALSE(window.isPageEnabled(gui::MainWindow::Page::Laboratory));
        CHECK_FALSE(window.labWorklistPage()->refusal().isEmpty());
    }
    // A laboratory user (not saved: the role's schema may not be in this database yet).
    User lab = *UserService(*ws).find(QStringLiteral("nina"));
    lab.login = QStringLiteral("labo");
    lab.role = Role::Laboratory;
    ws->setCurrentUser(lab);
    gui::MainWindow window(*ws);
    CHECK(window.homePage() == gui::MainWindow::Page::Laboratory);
    CHECK(window.currentPage() == gui::MainWindow::Page::Laboratory);
    CHECK(window.alertsButton()->isHidden()); // the laboratory phones; it does not acknowledge
}
