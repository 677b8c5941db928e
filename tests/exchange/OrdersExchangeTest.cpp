#include "ExchangeFixture.h"
#include "orders/AlertService.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"

#include <catch2/catch.hpp>

// The lab laptop's results reach the ward laptop by bundle (issue 15): each laptop writes its
// own records (the ward the order and the collection, the lab the reception and the results)
// and the bundles merge them into one loop on both laptops.

using namespace wp;
using namespace wp::orders;

TEST_CASE_METHOD(test::TwoLaptops,
                 "Exchange: an order placed on the ward is resulted on the lab laptop and the "
                 "critical result is acknowledged on the ward",
                 "[exchange][orders]")
{
    Catalogue catalogue;
    catalogue.reload();
    test::Laptop& ward = a;
    test::Laptop& lab = b;
    const Patient p =
        test::registerPatient(ward, QStringLiteral("Roux"), QStringLiteral("Anne"), QDate(1950, 1, 1));
    REQUIRE(
        PatientService(*ward.ws).admit(p.id, QStringLiteral("MED"), QStringLiteral("2"), ward.clock.now()));

    test::loginAs(*ward.ws, QStringLiteral("dora"), Role::Doctor);
    OrderRequest request;
    request.patientId = p.id;
    request.codes = {QStringLiteral("iono")};
    request.priority = Priority::Stat;
    auto placed = OrderService(*ward.ws, catalogue).place(request);
    REQUIRE(placed);
    test::loginAs(*ward.ws, QStringLiteral("nina"), Role::Nurse);
    REQUIRE(OrderService(*ward.ws, catalogue).collect(placed->number));

    test::send(ward, lab, files.file(QStringLiteral("ward-1.wpb")));
    lab.clock.advanceSeconds(600);
    test::loginAs(*lab.ws, QStringLiteral("labo"), Role::Laboratory);
    OrderService labOrders(*lab.ws, catalogue);
    auto there = labOrders.order(placed->number);
    REQUIRE(there);
    CHECK(there->status == OrderStatus::Collected);
    REQUIRE(labOrders.receive(placed->number));
    ResultService results(*lab.ws, catalogue);
    for (const auto& [test, value] : {std::pair{QStringLiteral("2951-2"), QStringLiteral("138")},
                                      std::pair{QStringLiteral("2823-3"), QStringLiteral("6.9")},
                                      std::pair{QStringLiteral("2075-0"), QStringLiteral("101")},
                                      std::pair{QStringLiteral("1963-8"), QStringLiteral("24")}}) {
        ResultEntry e;
        e.order = placed->number;
        e.test = test;
        e.value = value;
        e.via = QStringLiteral("lab");
        auto r = results.enter(e);
        INFO(r.errorMessage().toStdString());
        REQUIRE(r);
    }
    CHECK(labOrders.order(placed->number)->status == OrderStatus::Resulted);

    test::send(lab, ward, files.file(QStringLiteral("lab-1.wpb")));
    ward.clock.advanceSeconds(900);
    auto back = OrderService(*ward.ws, catalogue).order(placed->number);
    REQUIRE(back);
    CHECK(back->status == OrderStatus::Resulted);
    CHECK(back->results.size() == 4);
    AlertService alerts(*ward.ws, catalogue);
    auto open = alerts.alerts(QStringLiteral("MED"), true);
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().kind == Alert::Kind::CriticalResult);
    test::loginAs(*ward.ws, QStringLiteral("dora"), Role::Doctor);
    REQUIRE(alerts.acknowledge(open->first().id, QStringLiteral("Kayexalate; ECG; recheck")));

    // Back on the lab laptop the alert is answered too, under the same id.
    test::send(ward, lab, files.file(QStringLiteral("ward-2.wpb")));
    auto labAlerts = AlertService(*lab.ws, catalogue).alerts();
    REQUIRE(labAlerts);
    REQUIRE(labAlerts->size() == 1);
    CHECK(labAlerts->first().id == open->first().id);
    CHECK_FALSE(labAlerts->first().isOpen());
}
