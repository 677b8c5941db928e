#include "ExchangeFixture.h"

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE_METHOD(test::TwoLaptops,
                 "Exchange: a ward written in another case on the other laptop is the same ward")
{
    // Laptop B holds a ward "med" written before codes were compared ignoring case.
    REQUIRE(b.ws->db()
                .exec(QStringLiteral("INSERT INTO ward(code, name, created_at) VALUES "
                                     "('med', 'Médecine', '2026-01-01T00:00:00.000Z'); "
                                     "INSERT INTO bed(ward_code, label, position) VALUES ('med', '7', 1);"))
                .ok());
    const Patient p =
        test::registerPatient(b, QStringLiteral("Roux"), QStringLiteral("Anne"), QDate(1990, 1, 1));
    auto admitted =
        PatientService(*b.ws).admit(p.id, QStringLiteral("med"), QStringLiteral("7"), b.clock.now());
    INFO(admitted.errorMessage().toStdString());
    REQUIRE(admitted.ok());
    REQUIRE(admitted->wardCode == QStringLiteral("med"));

    test::send(b, a, files.file(QStringLiteral("b.wpb")));
    // On A the patient is in MED 7: no second ward beside MED.
    CHECK(a.ws->db().scalar(QStringLiteral("SELECT count(*) FROM ward")).value().toInt() == 2);
    auto there = PatientService(*a.ws).find(p.id);
    REQUIRE(there.ok());
    CHECK(there->wardCode == QStringLiteral("MED"));
    CHECK(there->bedLabel == QStringLiteral("7"));
    CHECK(a.ws->db()
              .scalar(QStringLiteral("SELECT count(*) FROM bed WHERE ward_code = 'MED' AND label = '7'"))
              .value()
              .toInt() == 1);
}
