#pragma once

#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "patients/PatientService.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <memory>

namespace wp::test {

/// A nurse (nina) logged in on a fresh laptop, the forms loaded, and one patient (LEFÈVRE
/// Élise) in bed MED 2: where the nurse-side GUI tests start.
struct NurseWardFixture
{
    TempDir tmp;
    ManualClock clock{testEpoch()};
    std::unique_ptr<Workspace> ws;
    clinical::FormRegistry forms;
    std::unique_ptr<FormEntryService> entries;
    Patient patient;

    NurseWardFixture()
    {
        ws = initialisedWorkspace(tmp.path(), clock);
        loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        forms.reload();
        entries = std::make_unique<FormEntryService>(*ws, forms);
        PatientService patients(*ws);
        auto p = patients.registerPatient(
            person(QStringLiteral("Lefèvre"), QStringLiteral("Élise"), QDate(1950, 3, 2)));
        REQUIRE(p.ok());
        auto admitted = patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now());
        REQUIRE(admitted.ok());
        patient = *admitted;
    }
};

} // namespace wp::test
