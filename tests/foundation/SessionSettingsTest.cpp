#include "users/SessionSettings.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE("The idle lock time defaults to 5 minutes and only an administrator changes it, audited")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    SessionSettings settings(*ws);
    CHECK(settings.idleLockMinutes() == 5);

    REQUIRE(settings.setIdleLockMinutes(15).ok());
    CHECK(settings.idleLockMinutes() == 15);
    auto latest = AuditLog(*ws).latest(1);
    REQUIRE(latest.ok());
    CHECK(latest->first().action == QStringLiteral("setting.change"));
    CHECK(latest->first().detail == QStringLiteral("15"));

    auto tooShort = settings.setIdleLockMinutes(0);
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == Error::Code::InvalidInput);

    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    auto refused = settings.setIdleLockMinutes(60);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(settings.idleLockMinutes() == 15);

    REQUIRE(ws->setSetting(SessionSettings::idleLockMinutesKey(), QStringLiteral("nonsense")).ok());
    CHECK(settings.idleLockMinutes() == 5);
}
