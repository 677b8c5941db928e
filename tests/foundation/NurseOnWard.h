#pragma once

#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "patients/PatientService.h"

#include <catch2/catch.hpp>

namespace wp::test {

/// A fresh workspace with the nurse "nina" logged in and the shipped forms loaded: where
/// the ward-side tests start (TEST_CASE_METHOD).
struct NurseOnWard
{
    TempDir tmp;
    ManualClock clock{testEpoch()};
    std::unique_ptr<Workspace> ws = initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    PatientService patients{*ws};

    NurseOnWard()
    {
        loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        forms.reload();
    }
};

} // namespace wp::test
