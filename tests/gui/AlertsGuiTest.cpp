#include "AlertsFixture.h"
#include "GuiTestHelpers.h"
#include "alerts/AcknowledgeDialog.h"
#include "alerts/AlertBanner.h"
#include "alerts/AlertsDialog.h"
#include "entries/FormEntryService.h"
#include "mainwindow/MainWindow.h"
#include "orders/AlertService.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"
#include "wards/WardsArea.h"

#include <QBrush>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>

// Issue 15 on the ward's screens: the board's laboratory column, the status bar's count of
// unanswered alerts, the alerts list and the acknowledgement.

using namespace wp;
using wp::gui::MainWindow;
using wp::gui::WardBoardModel;

namespace {

/// A STAT potassium and sodium collected and received, the potassium resulted critical five
/// minutes later (the sodium still missing), and a routine haemoglobin ordered; then the
/// clock is at 40 minutes: the STAT order (30 min) is overdue, the alert 35 minutes old.
struct LabOnWard : test::AlertsOnWard
{
    orders::Order stat;
    orders::Order routine;
    orders::LabResult critical;

    LabOnWard()
    {
        stat = place({potassium(), sodium()}, orders::Priority::Stat);
        collect(stat);
        receive(stat);
        clock.advanceSeconds(5 * 60);
        critical = result(stat, potassium(), QStringLiteral("6.9"));
        routine = place({haemoglobin()});
        clock.advanceSeconds(35 * 60);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    }
};

} // namespace

TEST_CASE("gui: the lab column's text says pending, overdue and the oldest alert with its age", "[alerts]")
{
    const QDateTime now = test::testEpoch();
    WardLabSummary lab;
    CHECK(WardBoardModel::labText(lab, now).isEmpty());
    lab.pendingOrders = 2;
    CHECK(WardBoardModel::labText(lab, now) == QStringLiteral("2 pending"));
    lab.overdueOrders = 1;
    CHECK(WardBoardModel::labText(lab, now) == QStringLiteral("2 pending, 1 overdue"));
    lab.openAlerts = 2;
    lab.oldestAlertSummary = QStringLiteral("K+ 6.9");
    lab.oldestAlertAt = now.addSecs(-25 * 60);
    CHECK(WardBoardModel::labText(lab, now) ==
          QStringLiteral("2 pending, 1 overdue · ⚠ K+ 6.9 · 25 min (+1)"));
    CHECK(WardBoardModel::ageText(now.addSecs(-190 * 60), now) == QStringLiteral("3 h 10"));
    CHECK(WardBoardModel::ageText(now.addSecs(-120 * 60), now) == QStringLiteral("2 h"));
    CHECK(WardBoardModel::ageText(now.addDays(-2), now) == QStringLiteral("2 d"));
}

TEST_CASE_METHOD(LabOnWard, "gui: the ward board's Lab column shows pending and overdue orders and the alert",
                 "[alerts]")
{
    gui::WardBoardPage page(*ws, forms);
    page.setCurrentWard(QStringLiteral("MED"));
    page.refresh();
    auto* model = page.model();
    const int row = model->rowOf(patient.id);
    REQUIRE(row >= 0);
    CHECK(model->headerData(WardBoardModel::Lab, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Lab"));
    const QModelIndex cell = model->index(row, WardBoardModel::Lab);
    CHECK(model->data(cell, Qt::DisplayRole).toString() ==
          QStringLiteral("2 pending, 1 overdue · ⚠ Potassium 6.9 mmol/L (HH) · 35 min"));
    // Overdue and alerted: red, as the other overdue columns.
    CHECK(model->data(cell, Qt::ForegroundRole).value<QBrush>().color() == QColor(QStringLiteral("#b71c1c")));
    const auto* r = model->rowAt(row);
    CHECK(r->lab.pendingOrders == 2);
    CHECK(r->lab.overdueOrders == 1);
    CHECK(r->lab.openAlerts == 1);
    CHECK(r->lab.oldestAlertId == orders::AlertService::alertIdFor(critical.recordId));
    // A free bed has nothing in the column.
    int free = -1;
    for (int i = 0; i < model->rowCount() && free < 0; ++i) {
        free = model->rowAt(i)->patient ? -1 : i;
    }
    REQUIRE(free >= 0);
    CHECK(model->data(model->index(free, WardBoardModel::Lab), Qt::DisplayRole).toString().isEmpty());

    // The sodium arrives: the order is resulted, no longer pending; the alert stays open.
    result(stat, sodium(), QStringLiteral("140"));
    page.refresh();
    CHECK(model->data(model->index(row, WardBoardModel::Lab), Qt::DisplayRole).toString() ==
          QStringLiteral("1 pending · ⚠ Potassium 6.9 mmol/L (HH) · 35 min"));
}

TEST_CASE_METHOD(LabOnWard, "gui: the status bar counts unanswered alerts with the oldest one's age",
                 "[alerts]")
{
    MainWindow window(*ws);
    window.wardsArea()->board()->setCurrentWard(QStringLiteral("MED"));
    auto* label = window.alertsButton();
    REQUIRE(label != nullptr);
    CHECK_FALSE(label->isHidden());
    CHECK(label->text() == QStringLiteral("1 alert(s) unanswered (oldest 35 min)"));

    // The clock moves on: the next refresh (the 60 s timer's) says how long it has waited.
    clock.advanceSeconds(10 * 60);
    window.refreshAlerts();
    CHECK(label->text() == QStringLiteral("1 alert(s) unanswered (oldest 45 min)"));

    // A second alert, newer: counted, the age stays the oldest's.
    auto other = place({potassium()}, orders::Priority::Urgent);
    collect(other);
    receive(other);
    result(other, potassium(), QStringLiteral("2.1"));
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    window.refreshAlerts();
    CHECK(label->text() == QStringLiteral("2 alert(s) unanswered (oldest 45 min)"));

    // Another ward's board: none there.
    window.wardsArea()->board()->setCurrentWard(QStringLiteral("SURG"));
    window.refreshAlerts();
    CHECK(label->isHidden());
}

TEST_CASE_METHOD(LabOnWard, "gui: a nurse is told inline that a critical result needs a doctor", "[alerts]")
{
    auto alert =
        orders::AlertService(*ws, catalogue).alert(orders::AlertService::alertIdFor(critical.recordId));
    REQUIRE(alert);
    gui::AcknowledgeDialog dialog(*ws, catalogue, *alert, patient.displayName());
    CHECK(dialog.errorText().contains(QStringLiteral("doctor")));
    auto* ok = test::named<QPushButton>(&dialog, "acknowledgeButton");
    CHECK_FALSE(ok->isEnabled());
    dialog.accept();
    CHECK_FALSE(dialog.acknowledged());
    CHECK(orders::AlertService(*ws, catalogue).alerts(QStringLiteral("MED"), true)->size() == 1);
}

TEST_CASE_METHOD(LabOnWard, "gui: a doctor acknowledges from the alerts list and the alert closes",
                 "[alerts]")
{
    test::loginAs(*ws, QStringLiteral("dora"), Role::Doctor);
    gui::AlertsDialog list(*ws, QStringLiteral("MED"));
    REQUIRE(list.table()->rowCount() == 1);
    CHECK(list.table()->item(0, 0)->text() == patient.displayName());
    CHECK(list.table()->item(0, 1)->text() == QStringLiteral("MED 1"));
    CHECK(list.table()->item(0, 2)->text().contains(QStringLiteral("6.9")));
    CHECK(list.table()->item(0, 3)->text() == QStringLiteral("35 min"));

    int acknowledged = 0;
    QObject::connect(&list, &gui::AlertsDialog::acknowledged, [&] { ++acknowledged; });
    QString firstError;
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::AcknowledgeDialog*>(modal);
        REQUIRE(dialog != nullptr);
        // Nothing typed: refused inline, the dialog stays open.
        test::named<QPushButton>(dialog, "acknowledgeButton")->click();
        firstError = dialog->errorText();
        QTest::keyClicks(test::named<QLineEdit>(dialog, "acknowledgeAction"),
                         QStringLiteral("Kayexalate, ECG, recheck at 10:00"));
        test::named<QPushButton>(dialog, "acknowledgeButton")->click();
    });
    list.table()->setFocus();
    QTest::keyClick(list.table(), Qt::Key_Return); // Enter opens the acknowledgement
    CHECK(firstError.contains(QStringLiteral("Say what was done")));
    CHECK(acknowledged == 1);
    CHECK(list.table()->rowCount() == 0);
    auto closed =
        orders::AlertService(*ws, catalogue).alert(orders::AlertService::alertIdFor(critical.recordId));
    REQUIRE(closed);
    REQUIRE_FALSE(closed->isOpen());
    CHECK(closed->acknowledgement->by == QStringLiteral("dora"));
    CHECK(closed->acknowledgement->action == QStringLiteral("Kayexalate, ECG, recheck at 10:00"));
}

TEST_CASE_METHOD(test::AlertsOnWard, "gui: a NEWS2 alert is answered with a response and a review time",
                 "[alerts]")
{
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    FormEntryService entries(*ws, forms);
    const QJsonObject obs{{QStringLiteral("resp_rate"), 26},
                          {QStringLiteral("spo2"), 97},
                          {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                          {QStringLiteral("oxygen"), QStringLiteral("air")},
                          {QStringLiteral("systolic_bp"), 88},
                          {QStringLiteral("diastolic_bp"), 50},
                          {QStringLiteral("pulse"), 135},
                          {QStringLiteral("consciousness"), QStringLiteral("A")},
                          {QStringLiteral("temperature"), 37.0}};
    REQUIRE(entries.save(QStringLiteral("observation"), patient.id, obs, clock.now()));
    gui::AlertBanner banner(*ws, patient.id);
    CHECK(banner.text().contains(QStringLiteral("Unanswered: NEWS2")));
    REQUIRE(banner.openAlerts().size() == 1);
    const auto alert = banner.openAlerts().first();

    gui::AcknowledgeDialog dialog(*ws, catalogue, alert, patient.displayName());
    CHECK(dialog.errorText().isEmpty()); // a nurse may answer a NEWS2 alert
    auto* review = test::named<QRadioButton>(&dialog, "response_review");
    auto* minutes = test::named<QSpinBox>(&dialog, "reviewMinutes");
    CHECK_FALSE(minutes->isEnabled());
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "acknowledgeAction"),
                     QStringLiteral("Dr Dora informed"));
    dialog.accept(); // no response chosen: refused inline
    CHECK(dialog.errorText().contains(QStringLiteral("Choose the response")));
    review->click();
    CHECK(minutes->isEnabled());
    minutes->setValue(15);
    dialog.accept();
    REQUIRE(dialog.acknowledged());
    CHECK(dialog.acknowledged()->acknowledgement->response == QStringLiteral("review"));
    CHECK(dialog.acknowledged()->acknowledgement->reviewMinutes == 15);
    banner.reload();
    CHECK(banner.text().isEmpty());
}
