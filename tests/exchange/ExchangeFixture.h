#pragma once

// Helpers shared by the exchange tests: laptops with their own device codes and clocks.

#include "TestSupport.h"
#include "exchange/CanonicalDump.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "patients/PatientService.h"
#include "site/SiteIdentity.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <catch2/catch.hpp>

namespace wp::test {

/// The hospital id every test laptop is set up with (drawn once per test run), so that
/// they belong to one hospital as laptops joined with `init --hospital-id` do.
inline QString testHospitalId()
{
    static const QString id = SiteIdentity::generateHospitalId();
    return id;
}

/// One laptop: a data directory, its clock and its open workspace (admin logged in).
struct Laptop
{
    Laptop(const QString& dir, const QString& code, int minuteOffset = 0,
           const QString& hospital = QStringLiteral("Test Hospital"),
           const QString& hospitalId = testHospitalId())
        : clock(testEpoch().addSecs(60 * minuteOffset))
    {
        auto opened = Workspace::open(dir, clock);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        SiteSetup setup;
        setup.hospital = hospital;
        setup.hospitalId = hospitalId;
        setup.deviceCode = code;
        setup.wards = {
            {QStringLiteral("MED"),
             QStringLiteral("Medicine"),
             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}},
            {QStringLiteral("SURG"), QStringLiteral("Surgery"), {QStringLiteral("A"), QStringLiteral("B")}}};
        setup.adminLogin = adminLogin();
        setup.adminName = QStringLiteral("Ada Admin");
        setup.adminPassword = adminPassword();
        auto st = SiteService(*ws).initialise(setup);
        INFO(st.errorMessage().toStdString());
        REQUIRE(st.ok());
        auto admin = UserService(*ws).find(adminLogin());
        REQUIRE(admin.ok());
        ws->setCurrentUser(*admin);
    }

    QString dump()
    {
        auto d = exchange::CanonicalDump::of(*ws);
        REQUIRE(d.ok());
        return *d;
    }

    ManualClock clock;
    std::unique_ptr<Workspace> ws;
};

/// Two laptops of one hospital, WA and WB, with a folder for the bundles between them: what
/// most exchange tests start from (TEST_CASE_METHOD).
struct TwoLaptops
{
    TempDir dirA;
    TempDir dirB;
    TempDir files;
    Laptop a{dirA.path(), QStringLiteral("WA")};
    Laptop b{dirB.path(), QStringLiteral("WB")};
};

inline QByteArray testPassphrase()
{
    return QByteArrayLiteral("correct horse battery staple");
}

inline exchange::ExportOptions fastOptions(const QString& forDevice = {})
{
    exchange::ExportOptions o;
    o.forDevice = forDevice;
    o.kdf = exchange::KdfParams::fastForTests();
    return o;
}

/// `from` writes a bundle (for `to`, or everything) and `to` imports it.
inline exchange::ImportSummary send(Laptop& from, Laptop& to, const QString& file, bool delta = false)
{
    auto exported = exchange::ExchangeExporter(*from.ws).exportTo(
        file, testPassphrase(), fastOptions(delta ? to.ws->deviceCode() : QString()));
    INFO(exported.errorMessage().toStdString());
    REQUIRE(exported.ok());
    auto imported = exchange::ExchangeImporter(*to.ws).importFile(file, testPassphrase());
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    return *imported;
}

inline Patient registerPatient(Laptop& l, const QString& birthName, const QString& first, const QDate& born,
                               const QString& sex = QStringLiteral("F"))
{
    Patient p;
    p.birthName = birthName;
    p.firstNames = first;
    p.birthDate = born;
    p.sex = sex;
    auto r = PatientService(*l.ws).registerPatient(p);
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    return *r;
}

} // namespace wp::test
