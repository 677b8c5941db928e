#include "OrdersFixture.h"
#include "entries/FormEntryService.h"
#include "orders/AlertService.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"
#include "records/RecordStore.h"

// The loop from order to acknowledged result, in the core (issue 15).

using namespace wp;
using namespace wp::orders;

namespace {

const QString potassium = QStringLiteral("2823-3");
const QString sodium = QStringLiteral("2951-2");
const QString haemoglobin = QStringLiteral("718-7");
const QString bloodCulture = QStringLiteral("600-7");

OrderRequest request(const QString& patientId, const QStringList& codes, Priority p = Priority::Routine)
{
    OrderRequest r;
    r.patientId = patientId;
    r.codes = codes;
    r.priority = p;
    r.clinicalInfo = QStringLiteral("confusion, on furosemide");
    return r;
}

ResultEntry entry(const QString& order, const QString& test, const QString& value)
{
    ResultEntry e;
    e.order = order;
    e.test = test;
    e.value = value;
    return e;
}

int recordCount(Workspace& ws)
{
    return ws.db().scalar(QStringLiteral("SELECT count(*) FROM record_version")).value().toInt();
}

} // namespace

TEST_CASE_METHOD(test::OrdersOnWard, "An order goes from ordered to acknowledged, each step its own record",
                 "[orders]")
{
    OrderService orders(*ws, catalogue);
    ResultService results(*ws, catalogue);
    auto placed = orders.place(request(patientId, {potassium, sodium}, Priority::Urgent));
    REQUIRE(placed);
    CHECK(placed->number == QStringLiteral("T1-L0001"));
    CHECK(placed->tests == QStringList{potassium, sodium});
    CHECK(placed->status == OrderStatus::Ordered);
    CHECK(placed->orderedBy == QStringLiteral("dora"));
    REQUIRE(placed->dueAt.isValid());
    CHECK(placed->dueAt > placed->orderedAt);

    auto second = orders.place(request(patientId, {haemoglobin}));
    REQUIRE(second);
    CHECK(second->number == QStringLiteral("T1-L0002"));

    as(QStringLiteral("nina"), Role::Nurse);
    auto collected = orders.collect(QStringLiteral("t1-l0001"));
    REQUIRE(collected);
    CHECK(collected->status == OrderStatus::Collected);
    auto again = orders.collect(placed->number);
    REQUIRE_FALSE(again);
    CHECK(again.errorMessage().contains(QStringLiteral("already")));

    as(QStringLiteral("lab"), Role::Laboratory);
    REQUIRE(orders.receive(placed->number));
    auto partial = results.enter(entry(placed->number, potassium, QStringLiteral("4,2")));
    REQUIRE(partial);
    CHECK(partial->value == QStringLiteral("4.2"));
    CHECK(partial->unit == QStringLiteral("mmol/L"));
    CHECK(partial->flag == ResultFlag::Normal);
    CHECK(orders.order(placed->number)->status == OrderStatus::PartiallyResulted);
    auto low = results.enter(entry(placed->number, sodium, QStringLiteral("128")));
    REQUIRE(low);
    CHECK(low->flag == ResultFlag::Low);
    auto resulted = orders.order(placed->number);
    REQUIRE(resulted);
    CHECK(resulted->status == OrderStatus::Resulted);
    CHECK_FALSE(resulted->isOpen());

    // The laboratory cannot order, nor acknowledge.
    CHECK_FALSE(orders.place(request(patientId, {potassium})));
    CHECK_FALSE(orders.acknowledge(placed->number));

    as(QStringLiteral("dora"), Role::Doctor);
    auto acknowledged = orders.acknowledge(placed->number, QStringLiteral("seen"));
    REQUIRE(acknowledged);
    CHECK(acknowledged->status == OrderStatus::Acknowledged);
    CHECK_FALSE(orders.acknowledge(placed->number));

    auto mine = orders.forPatient(patientId);
    REQUIRE(mine);
    CHECK(mine->size() == 2);
}

TEST_CASE_METHOD(test::OrdersOnWard, "A nurse orders only under the catalogue's protocol", "[orders]")
{
    OrderService orders(*ws, catalogue);
    as(QStringLiteral("nina"), Role::Nurse);
    auto k = orders.place(request(patientId, {potassium}));
    REQUIRE(k);
    CHECK(k->underProtocol);
    const int before = recordCount(*ws);
    auto ct = orders.place(request(patientId, {QStringLiteral("ct-head")}));
    REQUIRE_FALSE(ct);
    CHECK(ct.error().code == Error::Code::PermissionDenied);
    CHECK(recordCount(*ws) == before);
}

TEST_CASE_METHOD(test::OrdersOnWard, "Orders that cannot be placed are refused and write nothing", "[orders]")
{
    OrderService orders(*ws, catalogue);
    const int before = recordCount(*ws);
    auto unknown = orders.place(request(patientId, {QStringLiteral("9999-9")}));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.errorMessage().contains(QStringLiteral("9999-9")));
    CHECK_FALSE(orders.place(request(patientId, {potassium, QStringLiteral("xr-chest")})));
    CHECK_FALSE(orders.place(request(patientId, {})));
    CHECK_FALSE(orders.place(request(QStringLiteral("no-such-patient"), {potassium})));
    CHECK(recordCount(*ws) == before);

    auto xray = orders.place(request(patientId, {QStringLiteral("xr-chest")}));
    REQUIRE(xray);
    CHECK(xray->type == OrderType::Imaging);
    CHECK(xray->number == QStringLiteral("T1-I0001"));
}

TEST_CASE_METHOD(test::OrdersOnWard, "An order is overdue past its turnaround, by the injected clock",
                 "[orders]")
{
    OrderService orders(*ws, catalogue);
    auto o = orders.place(request(patientId, {potassium}, Priority::Stat));
    REQUIRE(o);
    const int stat = catalogue.test(potassium)->turnaround.statMinutes;
    REQUIRE(stat > 0);
    CHECK(o->dueAt == o->orderedAt.addSecs(qint64(stat) * 60));
    CHECK_FALSE(o->isOverdue(clock.now()));
    clock.advanceSeconds(qint64(stat) * 60 + 1);
    CHECK(orders.order(o->number)->isOverdue(clock.now()));
    as(QStringLiteral("nina"), Role::Nurse);
    REQUIRE(ResultService(*ws, catalogue).enter(entry(o->number, potassium, QStringLiteral("4.0"))));
    CHECK_FALSE(orders.order(o->number)->isOverdue(clock.now()));
}

TEST_CASE_METHOD(test::OrdersOnWard, "A tube scanned for the wrong patient is refused loudly", "[orders]")
{
    OrderService orders(*ws, catalogue);
    auto o = orders.place(request(patientId, {potassium}));
    REQUIRE(o);
    as(QStringLiteral("nina"), Role::Nurse);
    PatientService patients(*ws);
    auto other = patients.registerPatient(test::person(QStringLiteral("MARTIN"), QStringLiteral("Claude"),
                                                       QDate(1951, 3, 4), QStringLiteral("M")));
    REQUIRE(other);
    const QString payload =
        OrderService::labelPayload(*o, QStringLiteral("D-0001"), QStringLiteral("lithium-heparin"));
    CHECK(OrderService::numberFromScan(payload) == o->number);
    CHECK(OrderService::numberFromScan(QStringLiteral("  ") + o->number.toLower() + QStringLiteral("\n")) ==
          o->number);
    CHECK(OrderService::numberFromScan(QStringLiteral("hello world")).isEmpty());

    auto wrong = orders.collectScanned(payload, other->id);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.errorMessage().startsWith(QStringLiteral("STOP")));
    CHECK(orders.order(o->number)->status == OrderStatus::Ordered);
    CHECK_FALSE(orders.collectScanned(QStringLiteral("not a label"), patientId));

    auto right = orders.collectScanned(payload, patientId);
    REQUIRE(right);
    CHECK(right->status == OrderStatus::Collected);
    CHECK(right->event(OrderEvent::Kind::Collected)->via == QStringLiteral("scan"));
}

TEST_CASE_METHOD(test::OrdersOnWard, "Bad results are refused with a clear message and write nothing",
                 "[orders]")
{
    OrderService orders(*ws, catalogue);
    ResultService results(*ws, catalogue);
    auto o = orders.place(request(patientId, {potassium}));
    REQUIRE(o);
    auto cancelled = orders.place(request(patientId, {sodium}));
    REQUIRE(cancelled);
    CHECK_FALSE(orders.cancel(cancelled->number, QStringLiteral(" ")));
    REQUIRE(orders.cancel(cancelled->number, QStringLiteral("ordered twice")));
    as(QStringLiteral("nina"), Role::Nurse);
    const int before = recordCount(*ws);

    auto notNumber = results.enter(entry(o->number, potassium, QStringLiteral("abc")));
    REQUIRE_FALSE(notNumber);
    auto impossible = results.enter(entry(o->number, potassium, QStringLiteral("45")));
    REQUIRE_FALSE(impossible);
    CHECK(impossible.errorMessage().contains(QStringLiteral("45")));
    auto wrongUnit = entry(o->number, potassium, QStringLiteral("4.1"));
    wrongUnit.unit = QStringLiteral("mg/dL");
    auto unit = results.enter(wrongUnit);
    REQUIRE_FALSE(unit);
    CHECK(unit.errorMessage().contains(QStringLiteral("mmol/L")));
    auto onCancelled = results.enter(entry(cancelled->number, sodium, QStringLiteral("140")));
    REQUIRE_FALSE(onCancelled);
    CHECK(onCancelled.errorMessage().contains(QStringLiteral("cancelled")));
    auto notOrdered = results.enter(entry(o->number, sodium, QStringLiteral("140")));
    REQUIRE_FALSE(notOrdered);
    CHECK(notOrdered.errorMessage().contains(QStringLiteral("not ordered")));
    CHECK_FALSE(results.enter(entry(o->number, QStringLiteral("0000-0"), QStringLiteral("1"))));
    CHECK_FALSE(results.enter(entry(QStringLiteral("T1-L0999"), potassium, QStringLiteral("4"))));
    auto future = entry(o->number, potassium, QStringLiteral("4.1"));
    future.resultedAt = clock.now().addSecs(3600);
    CHECK_FALSE(results.enter(future));
    CHECK(recordCount(*ws) == before);

    // A cancelled order is not cancelled twice, and an order with results is not cancelled.
    as(QStringLiteral("dora"), Role::Doctor);
    CHECK_FALSE(orders.cancel(cancelled->number, QStringLiteral("again")));
    REQUIRE(results.enter(entry(o->number, potassium, QStringLiteral("4.1"))));
    CHECK_FALSE(orders.cancel(o->number, QStringLiteral("too late")));
    auto duplicate = results.enter(entry(o->number, potassium, QStringLiteral("4.3")));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.errorMessage().contains(QStringLiteral("correct")));
}

TEST_CASE_METHOD(test::OrdersOnWard,
                 "A phoned result needs the caller, a matching read-back and the patient confirmed",
                 "[orders]")
{
    OrderService orders(*ws, catalogue);
    ResultService results(*ws, catalogue);
    auto o = orders.place(request(patientId, {potassium}, Priority::Stat));
    REQUIRE(o);
    as(QStringLiteral("nina"), Role::Nurse);
    auto phoned = entry(o->number, potassium, QStringLiteral("6.8"));
    phoned.via = QStringLiteral("phone");
    CHECK_FALSE(results.enter(phoned)); // no caller
    phoned.caller = QStringLiteral("Dr Biologiste, lab");
    phoned.readBack = QStringLiteral("5.8");
    auto misheard = results.enter(phoned);
    REQUIRE_FALSE(misheard);
    CHECK(misheard.errorMessage().contains(QStringLiteral("5.8")));
    phoned.readBack = QStringLiteral("6,8");
    CHECK_FALSE(results.enter(phoned)); // identity not confirmed
    phoned.identityConfirmed = true;
    auto taken = results.enter(phoned);
    REQUIRE(taken);
    CHECK(taken->caller == QStringLiteral("Dr Biologiste, lab"));
    CHECK(taken->receiver == QStringLiteral("nina"));
    CHECK(taken->flag == ResultFlag::CriticalHigh);
    CHECK(taken->critical());
}

TEST_CASE_METHOD(test::OrdersOnWard,
                 "A critical result raises an alert that only a doctor's acknowledgement closes",
                 "[orders][alerts]")
{
    OrderService orders(*ws, catalogue);
    auto o = orders.place(request(patientId, {potassium, bloodCulture}, Priority::Stat));
    REQUIRE(o);
    as(QStringLiteral("lab"), Role::Laboratory);
    auto k = ResultService(*ws, catalogue).enter([&] {
        auto e = entry(o->number, potassium, QStringLiteral("6.9"));
        e.via = QStringLiteral("lab");
        return e;
    }());
    REQUIRE(k);
    auto culture =
        ResultService(*ws, catalogue).enter(entry(o->number, bloodCulture, QStringLiteral("Positive")));
    REQUIRE(culture);
    CHECK(culture->value == QStringLiteral("positive"));
    CHECK(culture->flag == ResultFlag::Critical);

    // The laboratory's list of results still to phone.
    ResultService results(*ws, catalogue);
    auto toPhone = results.toPhone();
    REQUIRE(toPhone);
    REQUIRE(toPhone->size() == 1);
    CHECK(toPhone->first().recordId == k->recordId);
    CHECK_FALSE(results.recordCall(k->recordId, QStringLiteral("IDE Nina"), false));
    REQUIRE(results.recordCall(k->recordId, QStringLiteral("IDE Nina"), true));
    CHECK(results.toPhone()->isEmpty());

    AlertService alerts(*ws, catalogue);
    auto open = alerts.alerts(QStringLiteral("MED"), true);
    REQUIRE(open);
    REQUIRE(open->size() == 2);
    CHECK(alerts.alerts(QStringLiteral("SURG"), true)->isEmpty());
    const Alert potassiumAlert = open->at(0).sourceRecordId == k->recordId ? open->at(0) : open->at(1);
    CHECK(potassiumAlert.kind == Alert::Kind::CriticalResult);
    CHECK(potassiumAlert.summary.contains(QStringLiteral("6.9")));
    CHECK(potassiumAlert.id.startsWith(QStringLiteral("A-")));
    CHECK(potassiumAlert.id == AlertService::alertIdFor(k->recordId));

    as(QStringLiteral("nina"), Role::Nurse);
    auto byNurse = alerts.acknowledge(potassiumAlert.id, QStringLiteral("told the doctor"));
    REQUIRE_FALSE(byNurse);
    CHECK(byNurse.error().code == Error::Code::PermissionDenied);
    as(QStringLiteral("dora"), Role::Doctor);
    CHECK_FALSE(alerts.acknowledge(potassiumAlert.id, QStringLiteral("  ")));
    auto closed =
        alerts.acknowledge(potassiumAlert.id.toLower(), QStringLiteral("Kayexalate, ECG, recheck at 10:00"));
    REQUIRE(closed);
    CHECK_FALSE(closed->isOpen());
    CHECK(alerts.alerts(QStringLiteral("MED"), true)->size() == 1);
    auto twice = alerts.acknowledge(potassiumAlert.id, QStringLiteral("again"));
    REQUIRE_FALSE(twice);
    CHECK(twice.errorMessage().contains(QStringLiteral("already")));
    auto all = alerts.forPatient(patientId);
    REQUIRE(all);
    CHECK(all->size() == 2);
    CHECK(all->last().acknowledgement->by == QStringLiteral("dora"));
}

TEST_CASE_METHOD(test::OrdersOnWard, "A NEWS2 escalation raises an alert answered with the response chosen",
                 "[orders][alerts]")
{
    as(QStringLiteral("nina"), Role::Nurse);
    FormEntryService entries(*ws, forms);
    QJsonObject obs{{QStringLiteral("resp_rate"), 26},
                    {QStringLiteral("spo2"), 97},
                    {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                    {QStringLiteral("oxygen"), QStringLiteral("air")},
                    {QStringLiteral("systolic_bp"), 130},
                    {QStringLiteral("diastolic_bp"), 80},
                    {QStringLiteral("pulse"), 70},
                    {QStringLiteral("consciousness"), QStringLiteral("A")},
                    {QStringLiteral("temperature"), 37.0}};
    REQUIRE(entries.save(QStringLiteral("observation"), patientId, obs, clock.now()));
    AlertService alerts(*ws, catalogue);
    auto open = alerts.forPatient(patientId, true);
    REQUIRE(open);
    REQUIRE(open->size() == 1); // a 3 in one parameter
    CHECK(open->first().level == QStringLiteral("urgent-ward"));

    obs[QStringLiteral("pulse")] = 135;
    obs[QStringLiteral("systolic_bp")] = 88;
    REQUIRE(entries.save(QStringLiteral("observation"), patientId, obs, clock.now().addSecs(600)));
    // Two escalations open: the newest stands for the patient's state, the earlier is part of it.
    open = alerts.forPatient(patientId, true);
    REQUIRE(open->size() == 1);
    const Alert emergency = open->first();
    CHECK(emergency.level == QStringLiteral("emergency"));
    CHECK(emergency.summary.contains(QStringLiteral("9")));
    REQUIRE(alerts.forPatient(patientId)->size() == 2);

    CHECK_FALSE(alerts.acknowledge(emergency.id, QStringLiteral("called"))); // no response chosen
    CHECK_FALSE(
        alerts.acknowledge(emergency.id, QStringLiteral("called"), QStringLiteral("review"))); // no minutes
    auto done = alerts.acknowledge(emergency.id, QStringLiteral("MET called, on their way"),
                                   QStringLiteral("emergency-team"));
    REQUIRE(done);
    CHECK(done->acknowledgement->response == QStringLiteral("emergency-team"));
    // The acknowledgement covers the earlier escalation too.
    CHECK(alerts.forPatient(patientId, true)->isEmpty());
    auto history = alerts.forPatient(patientId);
    REQUIRE(history->size() == 2);
    CHECK_FALSE(history->at(0).isOpen());
    CHECK_FALSE(history->at(1).isOpen());

    // A later escalation is a new alert, answered with a review within 30 minutes (a quarter of
    // an hour on: an observation is never recorded ahead of the clock).
    clock.advanceSeconds(900);
    REQUIRE(entries.save(QStringLiteral("observation"), patientId, obs, clock.now()));
    open = alerts.forPatient(patientId, true);
    REQUIRE(open->size() == 1);
    auto review = alerts.acknowledge(open->first().id, QStringLiteral("Dr Dora informed"),
                                     QStringLiteral("review"), 30);
    REQUIRE(review);
    CHECK(review->acknowledgement->reviewMinutes == 30);
    CHECK(alerts.forPatient(patientId, true)->isEmpty());

    obs[QStringLiteral("resp_rate")] = 16;
    obs[QStringLiteral("pulse")] = 70;
    obs[QStringLiteral("systolic_bp")] = 130;
    clock.advanceSeconds(300);
    REQUIRE(entries.save(QStringLiteral("observation"), patientId, obs, clock.now()));
    CHECK(alerts.forPatient(patientId, true)->isEmpty()); // score 0: no alert
    CHECK(alerts.forPatient(patientId)->size() == 3);
}

TEST_CASE_METHOD(test::OrdersOnWard,
                 "A corrected result is a new version with its reason, its flag computed again", "[orders]")
{
    OrderService orders(*ws, catalogue);
    ResultService results(*ws, catalogue);
    auto o = orders.place(request(patientId, {potassium}));
    REQUIRE(o);
    as(QStringLiteral("nina"), Role::Nurse);
    auto typed = results.enter(entry(o->number, potassium, QStringLiteral("6.9")));
    REQUIRE(typed);
    CHECK(typed->flag == ResultFlag::CriticalHigh);
    CHECK_FALSE(results.correct(typed->recordId, QStringLiteral("4.9"), QStringLiteral(" ")));
    CHECK_FALSE(results.correct(typed->recordId, QStringLiteral("49"), QStringLiteral("typo")));
    CHECK_FALSE(results.correct(o->recordId, QStringLiteral("4.9"), QStringLiteral("not a result")));
    auto fixed =
        results.correct(typed->recordId, QStringLiteral("4,9"), QStringLiteral("6.9 was a typo for 4.9"));
    REQUIRE(fixed);
    CHECK(fixed->value == QStringLiteral("4.9"));
    CHECK(fixed->flag == ResultFlag::Normal);
    auto history = RecordStore(*ws).history(typed->recordId);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->last().reason == QStringLiteral("6.9 was a typo for 4.9"));
    CHECK(orders.order(o->number)->result(potassium)->value == QStringLiteral("4.9"));
}

TEST_CASE_METHOD(test::OrdersOnWard, "A phoned imaging report is read back by its finding", "[orders]")
{
    OrderService orders(*ws, catalogue);
    ResultService results(*ws, catalogue);
    auto ct = orders.place(request(patientId, {QStringLiteral("ct-head")}, Priority::Stat));
    REQUIRE(ct);
    ResultEntry e =
        entry(ct->number, QStringLiteral("ct-head"),
              QStringLiteral("Hématome sous-dural aigu gauche de 12 mm,\ndéviation de la ligne médiane."));
    e.via = QStringLiteral("phone");
    e.caller = QStringLiteral("Dr Radiologue");
    e.identityConfirmed = true;
    e.criticalFinding = true;
    CHECK_FALSE(results.enter(e)); // nothing read back
    e.readBack = QStringLiteral("hématome sous-dural droit");
    auto wrongSide = results.enter(e);
    REQUIRE_FALSE(wrongSide);
    CHECK(wrongSide.errorMessage().contains(QStringLiteral("droit")));
    e.readBack = QStringLiteral("hématome  sous-dural aigu GAUCHE");
    auto taken = results.enter(e);
    REQUIRE(taken);
    CHECK(taken->flag == ResultFlag::Critical);
    auto open = AlertService(*ws, catalogue).forPatient(patientId, true);
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().summary.contains(QStringLiteral("critical finding")));
}
