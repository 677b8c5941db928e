#include "patients/PatientService.h"
#include "TestSupport.h"
#include "clinical/DowntimeNumber.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

using namespace wp;
using wp::test::person;

TEST_CASE("Registered patients get consecutive downtime numbers from this laptop's range")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    PatientService patients(*ws);
    auto a = patients.registerPatient(
        person(QStringLiteral("Lefèvre"), QStringLiteral("Élise Marie"), QDate(1950, 3, 2)));
    REQUIRE(a.ok());
    auto b =
        patients.registerPatient(person(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1980, 1, 1)));
    REQUIRE(b.ok());
    CHECK(a->downtimeNumber == clinical::DowntimeNumber::make(QStringLiteral("T1"), 1)->text());
    CHECK(b->downtimeNumber == clinical::DowntimeNumber::make(QStringLiteral("T1"), 2)->text());
    CHECK(patients.findByNumber(a->downtimeNumber.toLower())->id == a->id);

    // A mistyped number is refused with a message, not "not found".
    QString typo = a->downtimeNumber;
    typo[typo.size() - 3] = typo[typo.size() - 3] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    auto wrong = patients.findByNumber(typo);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code != Error::Code::NotFound);

    // The identity is an append-only record.
    auto history = RecordStore(*ws).history(a->id);
    REQUIRE(history.ok());
    CHECK(history->size() == 1);
}

TEST_CASE("Search as you type ignores case and accents and finds numbers and beds")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    PatientService patients(*ws);
    auto a = patients.registerPatient(
        person(QStringLiteral("Lefèvre"), QStringLiteral("Élise"), QDate(1950, 3, 2)));
    REQUIRE(a.ok());
    REQUIRE(
        patients.registerPatient(person(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1980, 1, 1)))
            .ok());
    REQUIRE(patients.admit(a->id, QStringLiteral("MED"), QStringLiteral("3"), clock.now()).ok());
    CHECK(patients.search(QStringLiteral("lef"))->size() == 1);
    CHECK(patients.search(QStringLiteral("LEFEVRE elise"))->size() == 1);
    CHECK(patients.search(QStringLiteral("elise martin"))->isEmpty());
    CHECK(patients.search(a->downtimeNumber.left(6))->size() == 2);
    CHECK(patients.search(QStringLiteral("med 3"))->first().id == a->id);
    CHECK(patients.search(QStringLiteral("\"*"))->isEmpty());
    // Numbers are found by prefix, whatever the case, and so are IPPs.
    CHECK(patients.search(a->downtimeNumber.toLower())->first().id == a->id);
    Patient withIpp = person(QStringLiteral("Petit"), QStringLiteral("Luc"), QDate(1990, 7, 8));
    withIpp.ipp = QStringLiteral("80012345");
    auto c = patients.registerPatient(withIpp);
    REQUIRE(c.ok());
    CHECK(patients.search(QStringLiteral("800123"))->first().id == c->id);
    CHECK(patients.search(QStringLiteral("800124"))->isEmpty());
}

TEST_CASE("Admission, move, transfer and the census follow the patient, a bed holds one patient")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    PatientService patients(*ws);
    auto a =
        patients.registerPatient(person(QStringLiteral("Durand"), QStringLiteral("Anne"), QDate(1940, 5, 6)));
    auto b =
        patients.registerPatient(person(QStringLiteral("Petit"), QStringLiteral("Luc"), QDate(1990, 7, 8)));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(patients.admit(a->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()).ok());
    auto clash = patients.admit(b->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now());
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.errorMessage().contains(QStringLiteral("occupied")));
    REQUIRE(patients.admit(b->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now()).ok());

    auto census = patients.census(QStringLiteral("MED"));
    REQUIRE(census.ok());
    REQUIRE(census->size() == 4);
    CHECK(census->at(0).patient->id == a->id);
    CHECK(census->at(1).patient->id == b->id);
    CHECK_FALSE(census->at(2).patient.has_value());

    REQUIRE(patients.move(a->id, QStringLiteral("MED"), QStringLiteral("4"), clock.now()).ok());
    TransferOut t{
        QStringLiteral("CHU Lyon"), QStringLiteral("R-2026-001"), QStringLiteral("SMUR"), clock.now(), {}};
    auto moved = patients.transferOut(b->id, t);
    REQUIRE(moved.ok());
    CHECK(moved->status == QStringLiteral("transferred"));
    census = patients.census(QStringLiteral("MED"));
    CHECK_FALSE(census->at(1).patient.has_value());
    CHECK(census->at(3).patient->id == a->id);
    CHECK_FALSE(patients.discharge(b->id, clock.now()).ok());
    auto movements = RecordStore(*ws).latestForPatient(a->id, QStringLiteral("movement"));
    REQUIRE(movements.ok());
    CHECK(movements->size() == 2);
}
