#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "forms/ReasonDialog.h"
#include "orders/AlertService.h"
#include "orders/OrderDialog.h"
#include "orders/OrderService.h"
#include "orders/OrdersTab.h"
#include "orders/ResultDialog.h"
#include "orders/ResultService.h"
#include "orders/ResultsView.h"
#include "patients/PatientService.h"
#include "printing/PrintPreviewDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

// Orders and results in the patient's chart (issue 15), driven through the real widgets.

using namespace wp;
using namespace wp::orders;

namespace {

const QString potassium = QStringLiteral("2823-3");
const QString sodium = QStringLiteral("2951-2");

/// A ward laptop with a doctor, a nurse and two admitted patients of nearly the same name.
struct OrdersChart
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws = test::initialisedWorkspace(tmp.path(), clock);
    Catalogue catalogue;
    Patient patient;
    Patient other;

    OrdersChart()
    {
        catalogue.reload();
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto p = patients.registerPatient(
            test::person(QStringLiteral("MARTIN"), QStringLiteral("Claire"), QDate(1950, 3, 4)));
        REQUIRE(p);
        REQUIRE(patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()));
        patient = *patients.find(p->id);
        auto o = patients.registerPatient(test::person(QStringLiteral("MARTIN"), QStringLiteral("Claude"),
                                                       QDate(1951, 3, 4), QStringLiteral("M")));
        REQUIRE(o);
        REQUIRE(patients.admit(o->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now()));
        other = *patients.find(o->id);
        as(QStringLiteral("dora"), Role::Doctor);
    }
    void as(const QString& login, Role role) { test::loginAs(*ws, login, role); }
    Order place(const QString& patientId, const QStringList& codes, Priority p = Priority::Routine)
    {
        OrderRequest r;
        r.patientId = patientId;
        r.codes = codes;
        r.priority = p;
        auto o = OrderService(*ws, catalogue).place(r);
        INFO(o.errorMessage());
        REQUIRE(o);
        return *o;
    }
    Order order(const QString& number) { return *OrderService(*ws, catalogue).order(number); }
    int records()
    {
        return ws->db().scalar(QStringLiteral("SELECT count(*) FROM record_version")).value().toInt();
    }
};

QStringList visibleItems(QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden()) {
            out << list->item(i)->data(Qt::UserRole).toString();
        }
    }
    return out;
}

QString cell(QTableWidget* t, int row, int column)
{
    auto* item = t->item(row, column);
    return item ? item->text() : QString();
}

void typeInto(QWidget* w, const QString& text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
}

} // namespace

TEST_CASE("orders: a doctor orders from the dialog with the keyboard and a refusal is said inline",
          "[orders-gui]")
{
    OrdersChart f;
    gui::OrdersTab tab(*f.ws, f.patient.id);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    CHECK(tab.orderButton()->isEnabled());

    QStringList seen;
    QString refusal;
    int recordsWhileRefused = -1;
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::OrderDialog*>(modal);
        if (dialog == nullptr) { // no REQUIRE here: an exception must not cross Qt's event loop
            FAIL_CHECK("not the order dialog");
            modal->close();
            return;
        }
        CHECK(dialog->focusWidget() == dialog->search()); // not hasFocus(): offscreen activation varies
        // French name, no accent typed: "kaliémie".
        QTest::keyClicks(dialog->search(), QStringLiteral("kaliemie"));
        seen = visibleItems(dialog->list());
        QTest::keyClick(dialog->search(), Qt::Key_Down);
        CHECK(dialog->focusWidget() == dialog->list());
        QTest::keyClick(dialog->list(), Qt::Key_Space);
        CHECK(dialog->checkedCodes() == QStringList{potassium});
        // A chest X-ray with it is refused inline, and the dialog stays open.
        dialog->search()->clear();
        QTest::keyClicks(dialog->search(), QStringLiteral("thorac xr"));
        CHECK(visibleItems(dialog->list()).contains(QStringLiteral("xr-chest")));
        // Down goes to what the search found, not to the potassium kept in sight because it is checked.
        QTest::keyClick(dialog->search(), Qt::Key_Down);
        CHECK(dialog->list()->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("xr-chest"));
        QTest::keyClick(dialog->list(), Qt::Key_Space);
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        refusal = dialog->error();
        recordsWhileRefused = f.records();
        CHECK(dialog->isVisible());
        QTest::keyClick(dialog->list(), Qt::Key_Space); // unchecks the X-ray
        dialog->priority()->setFocus();
        QTest::keyClick(dialog->priority(), Qt::Key_Down); // urgent
        typeInto(dialog->clinicalInfo(), QStringLiteral("confusion, on furosemide"));
        QTest::keyClick(dialog->clinicalInfo(), Qt::Key_Return);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    const int before = f.records();
    REQUIRE(tab.newOrder());
    CHECK(seen == QStringList{potassium});
    CHECK(refusal.contains(QStringLiteral("imaging")));
    CHECK(recordsWhileRefused == before);

    REQUIRE(tab.orders().size() == 1);
    const Order& o = tab.orders().first();
    CHECK(o.tests == QStringList{potassium});
    CHECK(o.priority == Priority::Urgent);
    CHECK(o.clinicalInfo == QStringLiteral("confusion, on furosemide"));
    CHECK(o.orderedBy == QStringLiteral("dora"));
    CHECK(cell(tab.ordersTable(), 0, 0) == o.number);
    CHECK(cell(tab.ordersTable(), 0, 1) == QStringLiteral("Potassium"));
    CHECK(cell(tab.ordersTable(), 0, 3) == label(OrderStatus::Ordered));
    CHECK(tab.message().contains(o.number));
    CHECK(tab.currentNumber() == o.number);
}

TEST_CASE("orders: a nurse may order only the protocol's items and other roles see why they may not",
          "[orders-gui]")
{
    OrdersChart f;
    f.as(QStringLiteral("nina"), Role::Nurse);
    gui::OrderDialog dialog(*f.ws, f.patient.id);
    CHECK(dialog.setChecked(potassium));
    CHECK_FALSE(dialog.setChecked(QStringLiteral("ct-head"))); // a doctor's order
    CHECK(dialog.checkedCodes() == QStringList{potassium});
    REQUIRE(dialog.place());
    CHECK(dialog.placed()->underProtocol);

    f.as(QStringLiteral("root"), Role::Administrator);
    gui::OrdersTab tab(*f.ws, f.patient.id);
    CHECK_FALSE(tab.orderButton()->isEnabled());
    CHECK(tab.orderButton()->toolTip().contains(QStringLiteral("may not")));
    CHECK_FALSE(tab.scanEdit()->isEnabled());
    CHECK_FALSE(tab.resultButton()->isEnabled());
    CHECK_FALSE(tab.seenButton()->isEnabled());
    CHECK_FALSE(tab.cancelButton()->isEnabled());
    CHECK(tab.orders().size() == 1);
}

TEST_CASE("orders: a nurse scans the tube label and another patient's tube is stopped with nothing written",
          "[orders-gui]")
{
    OrdersChart f;
    const Order mine = f.place(f.patient.id, {QStringLiteral("iono")});
    const Order theirs = f.place(f.other.id, {QStringLiteral("fbc")});
    f.as(QStringLiteral("nina"), Role::Nurse);
    gui::OrdersTab tab(*f.ws, f.patient.id);
    tab.resize(1100, 700);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    REQUIRE(tab.scanEdit()->isEnabled());

    // The wrong patient's tube: STOP, big and red, and no record.
    const int before = f.records();
    typeInto(tab.scanEdit(),
             OrderService::labelPayload(theirs, f.other.downtimeNumber, QStringLiteral("edta")));
    QTest::keyClick(tab.scanEdit(), Qt::Key_Return);
    CHECK(tab.stopMessage().startsWith(QStringLiteral("STOP")));
    CHECK(tab.stopMessage().contains(theirs.number));
    auto* stop = test::named<QLabel>(&tab, "scanStop");
    CHECK(stop->isVisible());
    CHECK(stop->styleSheet().contains(QStringLiteral("#c62828")));
    CHECK(f.records() == before);
    CHECK(f.order(theirs.number).status == OrderStatus::Ordered);
    CHECK(tab.scanEdit()->text().isEmpty());
    CHECK(tab.focusWidget() == tab.scanEdit()); // ready for the next tube

    // Not a label at all: said inline, not a STOP.
    typeInto(tab.scanEdit(), QStringLiteral("hello"));
    QTest::keyClick(tab.scanEdit(), Qt::Key_Return);
    CHECK(tab.stopMessage().isEmpty());
    CHECK(tab.message().contains(QStringLiteral("not a WhitePlan tube label")));

    // The right tube: collected by scan, the STOP gone.
    typeInto(tab.scanEdit(),
             OrderService::labelPayload(mine, f.patient.downtimeNumber, QStringLiteral("lithium-heparin")));
    QTest::keyClick(tab.scanEdit(), Qt::Key_Return);
    CHECK(tab.stopMessage().isEmpty());
    const Order collected = f.order(mine.number);
    CHECK(collected.status == OrderStatus::Collected);
    REQUIRE(collected.event(OrderEvent::Kind::Collected) != nullptr);
    CHECK(collected.event(OrderEvent::Kind::Collected)->via == QStringLiteral("scan"));
    CHECK(collected.event(OrderEvent::Kind::Collected)->by == QStringLiteral("nina"));
    CHECK(cell(tab.ordersTable(), 0, 3) == label(OrderStatus::Collected));
    CHECK(tab.message().contains(mine.number));

    // Scanned twice: refused, said inline.
    typeInto(tab.scanEdit(), mine.number);
    QTest::keyClick(tab.scanEdit(), Qt::Key_Return);
    CHECK(tab.message().contains(QStringLiteral("already")));
}

TEST_CASE("orders: mark collected by click, cancel with a reason, results seen", "[orders-gui]")
{
    OrdersChart f;
    const Order first = f.place(f.patient.id, {potassium});
    const Order second = f.place(f.patient.id, {sodium});
    gui::OrdersTab tab(*f.ws, f.patient.id);
    CHECK_FALSE(tab.markCollected()); // nothing selected
    CHECK(tab.message().contains(QStringLiteral("Select")));
    REQUIRE(tab.selectOrder(first.number));
    REQUIRE(tab.markCollected());
    CHECK(f.order(first.number).event(OrderEvent::Kind::Collected)->via == QStringLiteral("click"));

    REQUIRE(tab.selectOrder(second.number));
    gui::ReasonDialog::setNextAnswer(QStringLiteral("ordered twice"));
    REQUIRE(tab.cancelOrder());
    CHECK(f.order(second.number).status == OrderStatus::Cancelled);
    // A cancelled order goes below the open ones, struck through, its reason shown.
    CHECK(cell(tab.ordersTable(), 1, 0) == second.number);
    CHECK(cell(tab.ordersTable(), 1, 3).contains(QStringLiteral("ordered twice")));
    CHECK(tab.ordersTable()->item(1, 1)->font().strikeOut());

    REQUIRE(tab.selectOrder(first.number));
    CHECK_FALSE(tab.resultsSeen());
    CHECK(tab.message().contains(QStringLiteral("no complete results")));
    REQUIRE(ResultService(*f.ws, f.catalogue).enter([&] {
        ResultEntry e;
        e.order = first.number;
        e.test = potassium;
        e.value = QStringLiteral("4.1");
        return e;
    }()));
    tab.reload();
    REQUIRE(tab.selectOrder(first.number));
    REQUIRE(tab.resultsSeen());
    CHECK(f.order(first.number).status == OrderStatus::Acknowledged);
}

TEST_CASE("orders: a letter typed into a numeric result is refused as typed, with range, flag and impossible "
          "values",
          "[orders-gui]")
{
    OrdersChart f;
    const Order o = f.place(f.patient.id, {potassium, QStringLiteral("600-7")});
    f.as(QStringLiteral("nina"), Role::Nurse);
    gui::ResultDialog dialog(*f.ws, o.number);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.tests() == QStringList({potassium, QStringLiteral("600-7")}));
    auto* k = qobject_cast<QLineEdit*>(dialog.valueEditor(potassium));
    REQUIRE(k != nullptr);
    typeInto(k, QStringLiteral("4a,b2x"));
    CHECK(k->text() == QStringLiteral("4,2"));
    CHECK(dialog.rangeText(potassium).contains(QStringLiteral("mmol/L")));
    CHECK(dialog.flagText(potassium) == QStringLiteral("normal"));
    CHECK(dialog.rowError(potassium).isEmpty());

    k->clear();
    typeInto(k, QStringLiteral("45"));
    CHECK(dialog.flagText(potassium).isEmpty());
    CHECK(dialog.rowError(potassium).contains(QStringLiteral("45")));

    k->clear();
    typeInto(k, QStringLiteral("2.1"));
    CHECK(dialog.flagText(potassium).contains(QStringLiteral("CRITICAL")));
    CHECK(dialog.flagText(potassium).contains(QStringLiteral("LL")));

    // A coded test: one of its choices.
    auto* culture = qobject_cast<QComboBox*>(dialog.valueEditor(QStringLiteral("600-7")));
    REQUIRE(culture != nullptr);
    culture->setCurrentIndex(culture->findData(QStringLiteral("positive")));
    CHECK(dialog.flagText(QStringLiteral("600-7")).contains(QStringLiteral("CRITICAL")));

    // Saved on paper: both in one go.
    const int before = f.records();
    REQUIRE(dialog.save());
    CHECK(f.records() == before + 2);
    CHECK(f.order(o.number).status == OrderStatus::Resulted);
}

TEST_CASE("orders: a phoned result is refused until the read-back matches, then saved with the critical flag",
          "[orders-gui]")
{
    OrdersChart f;
    const Order o = f.place(f.patient.id, {potassium, sodium}, Priority::Stat);
    f.as(QStringLiteral("nina"), Role::Nurse);
    gui::OrdersTab tab(*f.ws, f.patient.id);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    REQUIRE(tab.selectOrder(o.number));

    QString flag;
    QString identity;
    QString valueShownOnReadBack;
    QString mismatch;
    QString unconfirmed;
    int recordsAfterRefusals = -1;
    const int before = f.records();
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ResultDialog*>(modal);
        if (dialog == nullptr) {
            FAIL_CHECK("not the result dialog");
            modal->close();
            return;
        }
        QTest::mouseClick(dialog->phoneButton(), Qt::LeftButton);
        CHECK_FALSE(dialog->saveButton()->isVisible());
        typeInto(dialog->valueEditor(potassium), QStringLiteral("6,8"));
        typeInto(dialog->valueEditor(sodium), QStringLiteral("140"));
        flag = dialog->flagText(potassium);
        // No caller: the read-back does not start.
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        CHECK_FALSE(dialog->readingBack());
        typeInto(dialog->caller(), QStringLiteral("Dr Leroy, biologiste"));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        CHECK(dialog->readingBack());
        identity = dialog->readBackIdentity();
        valueShownOnReadBack = qobject_cast<QLineEdit*>(dialog->readBackEditor(potassium))->text();
        typeInto(dialog->readBackEditor(potassium), QStringLiteral("5.8")); // misheard
        typeInto(dialog->readBackEditor(sodium), QStringLiteral("140"));
        QTest::mouseClick(dialog->identityConfirmed(), Qt::LeftButton);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        mismatch = dialog->rowError(potassium);
        CHECK(dialog->isVisible());
        // Matching now, but the patient not confirmed with the caller.
        qobject_cast<QLineEdit*>(dialog->readBackEditor(potassium))->clear();
        typeInto(dialog->readBackEditor(potassium), QStringLiteral("6.8"));
        QTest::mouseClick(dialog->identityConfirmed(), Qt::LeftButton);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        unconfirmed = dialog->error();
        recordsAfterRefusals = f.records();
        QTest::mouseClick(dialog->identityConfirmed(), Qt::LeftButton);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    REQUIRE(tab.enterResults());
    CHECK(flag.contains(QStringLiteral("HH")));
    CHECK(identity.contains(QStringLiteral("MARTIN Claire")));
    CHECK(identity.contains(QStringLiteral("04/03/1950")));
    CHECK(identity.contains(f.patient.downtimeNumber));
    CHECK(valueShownOnReadBack.isEmpty()); // never copied from what was typed before
    CHECK(mismatch.contains(QStringLiteral("5.8")));
    CHECK(unconfirmed.contains(QStringLiteral("Confirm")));
    CHECK(recordsAfterRefusals == before);

    const Order done = f.order(o.number);
    CHECK(done.status == OrderStatus::Resulted);
    REQUIRE(done.result(potassium) != nullptr);
    CHECK(done.result(potassium)->value == QStringLiteral("6.8"));
    CHECK(done.result(potassium)->via == QStringLiteral("phone"));
    CHECK(done.result(potassium)->caller == QStringLiteral("Dr Leroy, biologiste"));
    CHECK(done.result(potassium)->receiver == QStringLiteral("nina"));
    CHECK(done.result(potassium)->flag == ResultFlag::CriticalHigh);
    CHECK(tab.message().contains(QStringLiteral("CRITICAL")));
    CHECK(cell(tab.ordersTable(), 0, 7).contains(QStringLiteral("6.8 mmol/L HH")));
    auto alerts = AlertService(*f.ws, f.catalogue).forPatient(f.patient.id, true);
    REQUIRE(alerts);
    CHECK(alerts->size() == 1);

    // The results view: a row per test, the critical one in colour.
    QTableWidget* results = tab.results()->table();
    REQUIRE(results->rowCount() == 2);
    int kRow = cell(results, 0, 0) == QStringLiteral("Potassium") ? 0 : 1;
    CHECK(cell(results, kRow, 3).contains(QStringLiteral("HH")));
    CHECK(results->item(kRow, 1)->background().color() == QColor(QStringLiteral("#c62828")));
    CHECK(cell(results, kRow, 6).contains(QStringLiteral("Dr Leroy")));
}

TEST_CASE("orders: results by test and time with a trend and an overdue order in red", "[orders-gui]")
{
    OrdersChart f;
    for (const auto* value : {"3.9", "3.4", "3.1"}) {
        const Order o = f.place(f.patient.id, {potassium});
        f.clock.advanceSeconds(1800);
        ResultEntry e;
        e.order = o.number;
        e.test = potassium;
        e.value = QString::fromLatin1(value);
        REQUIRE(ResultService(*f.ws, f.catalogue).enter(e));
        f.clock.advanceSeconds(4 * 3600);
    }
    const Order late = f.place(f.patient.id, {sodium}, Priority::Stat);
    f.clock.advanceSeconds(qint64(f.catalogue.test(sodium)->turnaround.statMinutes) * 60 + 60);
    gui::OrdersTab tab(*f.ws, f.patient.id);
    tab.resize(1200, 700);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));

    // Open (and overdue) first, then the newest.
    REQUIRE(tab.ordersTable()->rowCount() == 4);
    CHECK(cell(tab.ordersTable(), 0, 0) == late.number);
    CHECK(cell(tab.ordersTable(), 0, 6).startsWith(QStringLiteral("OVERDUE")));
    CHECK(tab.ordersTable()->item(0, 6)->foreground().color() == QColor(QStringLiteral("#b71c1c")));
    CHECK(cell(tab.ordersTable(), 1, 7).contains(QStringLiteral("3.1")));

    QTableWidget* results = tab.results()->table();
    REQUIRE(results->rowCount() == 3);
    CHECK(cell(results, 0, 1) == QStringLiteral("3.1")); // newest first
    CHECK(cell(results, 2, 1) == QStringLiteral("3.9"));
    CHECK(cell(results, 1, 3).contains(QStringLiteral("L")));
    CHECK(cell(results, 0, 4).contains(QStringLiteral("–")));
    CHECK(tab.results()->trendTest()->currentData().toString() == potassium);
    CHECK(tab.results()->trendPointCount() == 3);
}

TEST_CASE("orders: the chart has a Tests and exams tab", "[orders-gui]")
{
    OrdersChart f;
    clinical::FormRegistry forms;
    forms.reload();
    gui::PatientChartPage page(*f.ws, forms, f.patient.id);
    REQUIRE(page.orders() != nullptr);
    const int index = page.tabs()->indexOf(page.orders());
    REQUIRE(index >= 0);
    CHECK(page.tabs()->tabText(index) == QStringLiteral("Tests and e&xams"));
}

// Screenshots for docs/user-guide-laboratory.md, at a laptop's 1366×768:
//   WHITEPLAN_SCREENSHOT_DIR=docs/images build/ci/tests/test_gui "[.screenshots]"
TEST_CASE("orders: screenshots of the chart tab and of the order and result dialogs", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("WHITEPLAN_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    OrdersChart f;
    // Three days of potassium falling on furosemide, then a high one phoned this morning.
    for (const auto* value : {"4.1", "3.6", "3.2"}) {
        const Order o = f.place(f.patient.id, {QStringLiteral("iono")});
        f.clock.advanceSeconds(5400);
        for (const auto& [test, v] : {std::pair{potassium, QString::fromLatin1(value)},
                                      {sodium, QStringLiteral("138")},
                                      {QStringLiteral("2075-0"), QStringLiteral("101")},
                                      {QStringLiteral("1963-8"), QStringLiteral("25")}}) {
            ResultEntry e;
            e.order = o.number;
            e.test = test;
            e.value = v;
            REQUIRE(ResultService(*f.ws, f.catalogue).enter(e));
        }
        REQUIRE(OrderService(*f.ws, f.catalogue).acknowledge(o.number));
        f.clock.advanceSeconds(22 * 3600);
    }
    const Order phoned = f.place(f.patient.id, {potassium, sodium}, Priority::Stat);
    f.clock.advanceSeconds(1200);
    f.place(f.patient.id, {QStringLiteral("xr-chest")}, Priority::Urgent);
    const Order fbc = f.place(f.patient.id, {QStringLiteral("fbc")}, Priority::Stat);
    const Order theirs = f.place(f.other.id, {QStringLiteral("coag")});
    f.as(QStringLiteral("nina"), Role::Nurse);
    REQUIRE(OrderService(*f.ws, f.catalogue).collect(phoned.number));
    f.clock.advanceSeconds(2400);
    ResultEntry k;
    k.order = phoned.number;
    k.test = potassium;
    k.value = QStringLiteral("6.4");
    k.via = QStringLiteral("phone");
    k.caller = QStringLiteral("Dr Leroy, biologiste");
    k.readBack = QStringLiteral("6.4");
    k.identityConfirmed = true;
    REQUIRE(ResultService(*f.ws, f.catalogue).enter(k));
    f.clock.advanceSeconds(3600);
    (void)fbc;

    clinical::FormRegistry forms;
    forms.reload();
    gui::PatientChartPage page(*f.ws, forms, f.patient.id);
    page.resize(1366, 700); // the main window's title bar and navigation take the rest
    page.tabs()->setCurrentWidget(page.orders());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.orders()->collectScanned(
        OrderService::labelPayload(theirs, f.other.downtimeNumber, QStringLiteral("citrate")));
    page.orders()->selectOrder(phoned.number);
    page.orders()->results()->showTrend(potassium);
    QTest::qWait(100);
    REQUIRE(page.grab().save(dir + QStringLiteral("/orders-chart.png")));

    f.as(QStringLiteral("dora"), Role::Doctor);
    gui::OrderDialog order(*f.ws, f.patient.id);
    order.show();
    REQUIRE(QTest::qWaitForWindowExposed(&order));
    order.setChecked(QStringLiteral("fbc"));
    QTest::keyClicks(order.search(), QStringLiteral("kali"));
    QTest::keyClick(order.search(), Qt::Key_Down);
    QTest::keyClick(order.list(), Qt::Key_Space);
    order.priority()->setCurrentIndex(1);
    order.clinicalInfo()->setText(QStringLiteral("confusion, sous furosémide"));
    QTest::qWait(50);
    REQUIRE(order.grab().save(dir + QStringLiteral("/orders-order-dialog.png")));
    order.reject();

    f.as(QStringLiteral("nina"), Role::Nurse);
    gui::ResultDialog result(*f.ws, phoned.number);
    result.show();
    REQUIRE(QTest::qWaitForWindowExposed(&result));
    result.phoneButton()->setChecked(true);
    result.caller()->setText(QStringLiteral("Dr Leroy, biologiste"));
    typeInto(result.valueEditor(sodium), QStringLiteral("118"));
    REQUIRE(result.toReadBack());
    typeInto(result.readBackEditor(sodium), QStringLiteral("128"));
    result.identityConfirmed()->setChecked(true);
    CHECK_FALSE(result.save()); // misheard: the screenshot shows the refusal
    QTest::qWait(50);
    REQUIRE(result.grab().save(dir + QStringLiteral("/orders-result-phone.png")));
}

TEST_CASE("orders: the request and the tube labels are previewed from the chart, ready to print",
          "[orders-gui]")
{
    OrdersChart f;
    const Order lab = f.place(f.patient.id, {QStringLiteral("iono"), QStringLiteral("fbc")}, Priority::Stat);
    const Order xray = f.place(f.patient.id, {QStringLiteral("xr-chest")});
    gui::OrdersTab tab(*f.ws, f.patient.id);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));

    REQUIRE(tab.selectOrder(lab.number));
    REQUIRE(tab.printButton()->isEnabled());
    tab.printButton()->click();
    auto previews = tab.previews();
    REQUIRE(previews.size() == 2); // the request, and the labels of its two tubes
    for (const auto& p : previews) {
        REQUIRE(p);
        CHECK(p->pageCount() >= 1);
        CHECK(p->message().isEmpty());
        p->close();
    }
    // An imaging exam has a request and no tube.
    REQUIRE(tab.selectOrder(xray.number));
    tab.printButton()->click();
    previews = tab.previews();
    REQUIRE(previews.size() == 1);
    CHECK(previews.first()->pageCount() >= 1);
    previews.first()->close();
}
