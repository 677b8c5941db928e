#pragma once

// Two laptops of one hospital for the hospital-wide views: the demo hospital's laptop (DEMO,
// wards MED and CHIR, about 40 patients) and the emergency department's laptop (URG, ward URG),
// which imports the demo's bundle, so that its database holds records from both.

#include "TestSupport.h"
#include "demo/DemoHospital.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "site/SiteIdentity.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <catch2/catch.hpp>

namespace wp::test {

/// The observation values of a complete set whose NEWS2 total is 8 (high risk).
inline QJsonObject highRiskObservation()
{
    return {{QStringLiteral("resp_rate"), 25},
            {QStringLiteral("spo2"), 91},
            {QStringLiteral("spo2_scale"), QStringLiteral("1")},
            {QStringLiteral("oxygen"), QStringLiteral("oxygen")},
            {QStringLiteral("systolic_bp"), 120},
            {QStringLiteral("pulse"), 70},
            {QStringLiteral("consciousness"), QStringLiteral("A")},
            {QStringLiteral("temperature"), 37.0}};
}

struct HospitalFixture
{
    /// The demo laptop writes its hospital at `start`; the emergency laptop's clock starts there too.
    explicit HospitalFixture(const QDateTime& start = testEpoch()) : demoClock(start), urgClock(start)
    {
        auto demoWs = Workspace::open(demoDir.path(), demoClock);
        REQUIRE(demoWs.ok());
        demo = std::move(demoWs).value();
        REQUIRE(DemoHospital::create(*demo).ok());
        demo->setCurrentUser(*UserService(*demo).find(QStringLiteral("admin")));
        auto identity = SiteIdentity::of(demo->db());
        REQUIRE(identity.ok());

        auto urgWs = Workspace::open(urgDir.path(), urgClock);
        REQUIRE(urgWs.ok());
        urg = std::move(urgWs).value();
        SiteSetup setup;
        setup.hospital = identity->hospitalName;
        setup.hospitalId = identity->hospitalId;
        setup.deviceCode = QStringLiteral("URG");
        setup.wards = {
            {QStringLiteral("URG"),
             QStringLiteral("Urgences"),
             {QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3"), QStringLiteral("U4")}}};
        setup.adminLogin = adminLogin();
        setup.adminName = QStringLiteral("Ada Admin");
        setup.adminPassword = adminPassword();
        auto st = SiteService(*urg).initialise(setup);
        INFO(st.errorMessage().toStdString());
        REQUIRE(st.ok());
        urg->setCurrentUser(*UserService(*urg).find(adminLogin()));

        PatientService patients(*urg);
        RecordStore records(*urg);
        heloise =
            registered(person(QStringLiteral("Kerhervé"), QStringLiteral("Héloïse"), QDate(1950, 3, 12)));
        REQUIRE(patients
                    .admit(heloise.id, QStringLiteral("URG"), QStringLiteral("U1"), start.addSecs(-30 * 60),
                           QStringLiteral("Dyspnée"))
                    .ok());
        REQUIRE(records
                    .create(QStringLiteral("observation"), heloise.id, highRiskObservation(),
                            start.addSecs(-20 * 60))
                    .ok());
        // Her transfer is planned (form recorded), not done: a pending transfer.
        REQUIRE(records
                    .create(QStringLiteral("transfer"), heloise.id,
                            {{QStringLiteral("destination_hospital"), QStringLiteral("CHU de Brest")}})
                    .ok());

        jean = registered(person(QStringLiteral("Quillivic"), QStringLiteral("Jean"), QDate(1942, 7, 1),
                                 QStringLiteral("M")));
        REQUIRE(patients.admit(jean.id, QStringLiteral("URG"), QStringLiteral("U2"), start.addSecs(-60 * 60))
                    .ok());
        REQUIRE(records
                    .create(QStringLiteral("transfer"), jean.id,
                            {{QStringLiteral("destination_hospital"), QStringLiteral("CHU de Rennes")}})
                    .ok());
        TransferOut out;
        out.destination = QStringLiteral("CHU de Rennes");
        out.samuNumber = QStringLiteral("35-0042");
        out.transport = QStringLiteral("SMUR");
        out.at = start.addSecs(-10 * 60);
        REQUIRE(patients.transferOut(jean.id, out).ok());

        yvette = registered(person(QStringLiteral("Abgrall"), QStringLiteral("Yvette"), QDate(1938, 1, 5)));
        REQUIRE(
            patients.admit(yvette.id, QStringLiteral("URG"), QStringLiteral("U3"), start.addSecs(-50 * 60))
                .ok());

        // The demo laptop's records arrive by USB bundle.
        const QString bundle = files.file(QStringLiteral("demo.wpb"));
        exchange::ExportOptions options;
        options.kdf = exchange::KdfParams::fastForTests();
        auto exported = exchange::ExchangeExporter(*demo).exportTo(bundle, passphrase(), options);
        INFO(exported.errorMessage().toStdString());
        REQUIRE(exported.ok());
        auto imported = exchange::ExchangeImporter(*urg).importFile(bundle, passphrase());
        INFO(imported.errorMessage().toStdString());
        REQUIRE(imported.ok());

        // Then the emergency department sends Yvette up to a free bed of medicine.
        auto med = patients.census(QStringLiteral("MED"));
        REQUIRE(med.ok());
        for (const CensusRow& row : *med) {
            if (!row.patient && !row.bedLabel.isEmpty()) {
                yvetteBed = row.bedLabel;
                break;
            }
        }
        REQUIRE_FALSE(yvetteBed.isEmpty());
        REQUIRE(patients.move(yvette.id, QStringLiteral("MED"), yvetteBed, start.addSecs(-5 * 60)).ok());
    }

    Patient registered(const Patient& p)
    {
        auto r = PatientService(*urg).registerPatient(p);
        INFO(r.errorMessage().toStdString());
        REQUIRE(r.ok());
        return *r;
    }

    /// Patients admitted to `ward` on the demo laptop itself.
    int demoAdmitted(const QString& ward)
    {
        auto census = PatientService(*demo).census(ward);
        REQUIRE(census.ok());
        return static_cast<int>(std::count_if(census->cbegin(), census->cend(),
                                              [](const CensusRow& r) { return r.patient.has_value(); }));
    }

    static QByteArray passphrase() { return QByteArrayLiteral("correct horse battery staple"); }

    TempDir demoDir;
    TempDir urgDir;
    TempDir files;
    ManualClock demoClock;
    ManualClock urgClock;
    std::unique_ptr<Workspace> demo;
    std::unique_ptr<Workspace> urg;
    Patient heloise; ///< URG U1, NEWS2 8, transfer pending
    Patient jean;    ///< transferred out to CHU de Rennes
    Patient yvette;  ///< moved from URG U3 to MED
    QString yvetteBed;
};

} // namespace wp::test
