#pragma once

#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "orders/Catalogue.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"
#include "patients/PatientService.h"

#include <catch2/catch.hpp>

namespace wp::test {

/// A ward laptop (MED, beds 1-4) with a doctor, a nurse and one patient in bed 1, and
/// helpers to place, collect, receive and result orders: where the alert and worklist
/// screens are tested. Results are entered by the nurse with via "lab" (the laboratory role's
/// schema migration is not in every branch yet).
struct AlertsOnWard
{
    TempDir tmp;
    ManualClock clock{testEpoch()};
    std::unique_ptr<Workspace> ws = initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    orders::Catalogue catalogue;
    Patient patient;

    static QString potassium() { return QStringLiteral("2823-3"); }
    static QString sodium() { return QStringLiteral("2951-2"); }
    static QString haemoglobin() { return QStringLiteral("718-7"); }

    AlertsOnWard()
    {
        forms.reload();
        catalogue.reload();
        loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto p = patients.registerPatient(person(QStringLiteral("MARTIN"), QStringLiteral("Claire"),
                                                 QDate(1950, 3, 4), QStringLiteral("F")));
        REQUIRE(p);
        auto admitted = patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now());
        REQUIRE(admitted);
        patient = *admitted;
        loginAs(*ws, QStringLiteral("dora"), Role::Doctor);
    }

    orders::Order place(const QStringList& codes, orders::Priority priority = orders::Priority::Routine)
    {
        loginAs(*ws, QStringLiteral("dora"), Role::Doctor);
        orders::OrderRequest r;
        r.patientId = patient.id;
        r.codes = codes;
        r.priority = priority;
        auto o = orders::OrderService(*ws, catalogue).place(r);
        INFO(o.errorMessage().toStdString());
        REQUIRE(o);
        return *o;
    }
    void collect(const orders::Order& o)
    {
        loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        REQUIRE(orders::OrderService(*ws, catalogue).collect(o.number));
    }
    void receive(const orders::Order& o)
    {
        loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        REQUIRE(orders::OrderService(*ws, catalogue).receive(o.number));
    }
    orders::LabResult result(const orders::Order& o, const QString& test, const QString& value)
    {
        loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        orders::ResultEntry e;
        e.order = o.recordId;
        e.test = test;
        e.value = value;
        e.via = QStringLiteral("lab");
        auto r = orders::ResultService(*ws, catalogue).enter(e);
        INFO(r.errorMessage().toStdString());
        REQUIRE(r);
        return *r;
    }
};

} // namespace wp::test
