#include "TestSupport.h"
#include "patients/Patient.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE("A patient's identity traits survive a stored identity version, and nothing else goes in it")
{
    Patient p;
    p.id = QStringLiteral("rec-1");
    p.downtimeNumber = QStringLiteral("CHV-000123-K");
    p.ipp = QStringLiteral("800123");
    p.ins = QStringLiteral("2850575123456");
    p.birthName = QStringLiteral("Lefèvre");
    p.usedName = QStringLiteral("Martin");
    p.firstNames = QStringLiteral("Élise Marie");
    p.birthDate = QDate(1985, 5, 7);
    p.sex = QStringLiteral("F");
    p.birthPlace = QStringLiteral("Corbeil-Essonnes");
    p.identityStatus = QStringLiteral("verified");
    p.wardCode = QStringLiteral("CARDIO");
    p.bedLabel = QStringLiteral("12");

    const QJsonObject record = p.identityRecord();
    // Where the patient lies is a movement, not an identity trait.
    CHECK_FALSE(record.contains(QStringLiteral("ward_code")));
    CHECK_FALSE(record.contains(QStringLiteral("bed_label")));

    const Patient back = Patient::fromIdentityRecord(QStringLiteral("rec-1"), record);
    CHECK(back.id == p.id);
    CHECK(back.identityRecord() == record);
    CHECK(back.birthDate == p.birthDate);
    CHECK(back.firstNames == p.firstNames);
    CHECK(back.wardCode.isEmpty());
}

TEST_CASE("An identity version written before a trait existed reads as that trait's default")
{
    const QJsonObject old{{QStringLiteral("downtime_number"), QStringLiteral("CHV-000001-A")},
                          {QStringLiteral("birth_name"), QStringLiteral("Dupont")},
                          {QStringLiteral("first_names"), QStringLiteral("Jean")},
                          {QStringLiteral("birth_date"), QStringLiteral("1950-01-31")}};
    const Patient p = Patient::fromIdentityRecord(QStringLiteral("rec-2"), old);
    CHECK(p.sex == QStringLiteral("U"));
    CHECK(p.identityStatus == QStringLiteral("provisional"));
    CHECK(p.birthDate == QDate(1950, 1, 31));
    CHECK(p.ipp.isEmpty());
}
