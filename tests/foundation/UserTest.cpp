#include "TestSupport.h"
#include "site/SiteService.h"
#include "users/PasswordHasher.h"
#include "users/UserService.h"

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE("Passwords are stored as Argon2id hashes")
{
    const QString hash = PasswordHasher::hash(QStringLiteral("correct horse"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("correct horse")));
    CHECK(PasswordHasher::verify(hash, QStringLiteral("correct horse")));
    CHECK_FALSE(PasswordHasher::verify(hash, QStringLiteral("correct horsE")));
    CHECK(PasswordHasher::hash(QStringLiteral("correct horse")) != hash); // salted
}

TEST_CASE("Wrong passwords bring a growing delay, and a right one resets it")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    UserService users(*ws);
    for (int i = 1; i < UserService::freeAttempts; ++i) {
        auto r = users.authenticate(test::adminLogin(), QStringLiteral("nope"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::AuthenticationFailed);
    }
    auto third = users.authenticate(test::adminLogin(), QStringLiteral("nope"));
    REQUIRE_FALSE(third.ok());
    CHECK(third.errorMessage().contains(QStringLiteral("5 seconds")));

    // Even the right password is refused during the delay, without checking it.
    auto early = users.authenticate(test::adminLogin(), test::adminPassword());
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == Error::Code::AuthenticationFailed);
    CHECK(early.errorMessage().contains(QStringLiteral("Wait")));

    clock.advanceSeconds(6);
    auto fourth = users.authenticate(test::adminLogin(), QStringLiteral("nope"));
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.errorMessage().contains(QStringLiteral("10 seconds")));
    clock.advanceSeconds(6);
    CHECK(users.authenticate(test::adminLogin(), test::adminPassword())
              .errorMessage()
              .contains(QStringLiteral("Wait")));
    clock.advanceSeconds(5);
    auto ok = users.authenticate(test::adminLogin(), test::adminPassword());
    INFO(ok.errorMessage());
    REQUIRE(ok.ok());
    CHECK(ok->role == Role::Administrator);
    CHECK(UserService::lockoutSeconds(0) == 0);
    CHECK(UserService::lockoutSeconds(100) == 300);
    // Reset: the next wrong password is free again.
    auto again = users.authenticate(test::adminLogin(), QStringLiteral("nope"));
    CHECK(again.error().code == Error::Code::AuthenticationFailed);
    CHECK_FALSE(again.errorMessage().contains(QStringLiteral("seconds")));
}

TEST_CASE("Wrong passwords typed for the administrator delay a correct one by 30 s, not 5 minutes")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    UserService users(*ws);
    REQUIRE(users
                .create(QStringLiteral("nina"), QStringLiteral("Nina N"), Role::Nurse,
                        QStringLiteral("nina-password"))
                .ok());
    // Someone types wrong passwords for both accounts, as fast as the delays allow, until
    // the delay is at its 5-minute cap; then the owners arrive.
    for (int i = 0; i <= 12; ++i) {
        REQUIRE_FALSE(users.authenticate(QStringLiteral("nina"), QStringLiteral("guess")).ok());
        REQUIRE_FALSE(users.authenticate(test::adminLogin(), QStringLiteral("guess")).ok());
        if (i < 12) {
            clock.advanceSeconds(UserService::lockoutSeconds(i + 1));
        }
    }
    CHECK(UserService::delaySeconds(Role::Nurse, 13) == 300);
    CHECK(UserService::delaySeconds(Role::Administrator, 13) == UserService::administratorRetrySeconds);

    clock.advanceSeconds(UserService::administratorRetrySeconds - 1);
    auto tooEarly = users.authenticate(test::adminLogin(), test::adminPassword());
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(tooEarly.errorMessage().contains(QStringLiteral("Wait 1 second")));
    clock.advanceSeconds(1);
    // The administrator's correct password now passes; the nurse keeps the full delay.
    auto admin = users.authenticate(test::adminLogin(), test::adminPassword());
    INFO(admin.errorMessage().toStdString());
    CHECK(admin.ok());
    auto nurse = users.authenticate(QStringLiteral("nina"), QStringLiteral("nina-password"));
    REQUIRE_FALSE(nurse.ok());
    CHECK(nurse.error().code == Error::Code::AuthenticationFailed);
    CHECK(nurse.errorMessage().contains(QStringLiteral("Wait")));
    // Every wrong try stayed in the audit trail, so the administrator can see what happened.
    CHECK(test::auditCount(*ws, QStringLiteral("login.failed")) == 26);
}

TEST_CASE("Unknown users and disabled accounts cannot log in")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    UserService users(*ws);
    CHECK(users.authenticate(QStringLiteral("ghost"), QStringLiteral("whatever1")).errorMessage() ==
          users.authenticate(test::adminLogin(), QStringLiteral("whatever1")).errorMessage());
    REQUIRE(users
                .create(QStringLiteral("nina"), QStringLiteral("Nina N"), Role::Nurse,
                        QStringLiteral("nina-password"))
                .ok());
    REQUIRE(users.setActive(QStringLiteral("nina"), false).ok());
    CHECK_FALSE(users.authenticate(QStringLiteral("nina"), QStringLiteral("nina-password")).ok());
}

TEST_CASE("Only administrators manage users")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    UserService users(*ws);
    auto refused = users.create(QStringLiteral("eve"), QStringLiteral("Eve"), Role::Administrator,
                                QStringLiteral("eve-password"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(refused.errorMessage().contains(QStringLiteral("managing users")));
    CHECK_FALSE(users.setActive(test::adminLogin(), false).ok());
    CHECK_FALSE(users.changePassword(test::adminLogin(), QStringLiteral("hijacked-1")).ok());
    CHECK(users.changePassword(QStringLiteral("nina"), QStringLiteral("new-nina-pass")).ok());
    CHECK(users.authenticate(QStringLiteral("nina"), QStringLiteral("new-nina-pass")).ok());
}

TEST_CASE("First-run setup validates and records the hospital and this laptop once")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = Workspace::open(tmp.path(), clock);
    REQUIRE(ws.ok());
    SiteService site(**ws);
    SiteSetup s;
    s.hospital = QStringLiteral("CH Sud");
    s.deviceCode = QStringLiteral("urg1");
    s.adminLogin = QStringLiteral("admin");
    s.adminName = QStringLiteral("Admin");
    s.adminPassword = QStringLiteral("long-enough");
    CHECK(site.initialise(s).errorMessage().contains(QStringLiteral("laptop code")));
    s.deviceCode = QStringLiteral("URG1");
    s.adminPassword = QStringLiteral("short");
    CHECK(site.initialise(s).errorMessage().contains(QStringLiteral("8 characters")));
    s.adminPassword = QStringLiteral("long-enough");
    s.wards = {
        {QStringLiteral("MED"), QStringLiteral("Médecine"), {QStringLiteral("1"), QStringLiteral("1")}}};
    CHECK_FALSE(site.initialise(s).ok());
    CHECK_FALSE((*ws)->isInitialised());
    s.wards = {
        {QStringLiteral("MED"), QStringLiteral("Médecine"), {QStringLiteral("1"), QStringLiteral("2")}}};
    auto st = site.initialise(s);
    INFO(st.errorMessage().toStdString());
    REQUIRE(st.ok());
    CHECK((*ws)->isInitialised());
    CHECK((*ws)->deviceCode() == QStringLiteral("URG1"));
    auto wards = site.wards();
    REQUIRE(wards.ok());
    REQUIRE(wards->size() == 1);
    CHECK(wards->first().beds == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(site.initialise(s).error().code == Error::Code::Conflict);
}
