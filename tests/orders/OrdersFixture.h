#pragma once

#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "orders/Catalogue.h"
#include "patients/PatientService.h"

#include <catch2/catch.hpp>

namespace wp::test {

/// A laptop with the shipped forms and catalogue, a doctor, a nurse and a laboratory user,
/// and one admitted patient: where the order-to-result tests start.
struct OrdersOnWard
{
    TempDir tmp;
    ManualClock clock{testEpoch()};
    std::unique_ptr<Workspace> ws = initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    orders::Catalogue catalogue;
    QString patientId;

    OrdersOnWard()
    {
        forms.reload();
        catalogue.reload();
        loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto p = patients.registerPatient(person(QStringLiteral("MARTIN"), QStringLiteral("Claire"),
                                                 QDate(1950, 3, 4), QStringLiteral("F")));
        REQUIRE(p);
        REQUIRE(patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()));
        patientId = p->id;
        loginAs(*ws, QStringLiteral("dora"), Role::Doctor);
    }
    void as(const QString& login, Role role) { loginAs(*ws, login, role); }
};

} // namespace wp::test
