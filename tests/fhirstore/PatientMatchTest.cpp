#include "SnapshotFixture.h"

#include "patients/PatientService.h"
#include "records/RecordStore.h"

using namespace wp;
using namespace wp::test;
using namespace wp::fhirimport;

namespace {

Snapshot onePatient(const PatientRecord& p)
{
    Snapshot s;
    s.takenAt = QDateTime::fromString(QStringLiteral("2026-12-03T06:00:00Z"), Qt::ISODate);
    s.takenAtBasis = QStringLiteral("lastUpdated");
    s.patients << p;
    s.items << item(p.key.mid(8), QStringLiteral("problem"), QStringLiteral("Condition"),
                    QStringLiteral("c-") + p.key, {{QStringLiteral("text"), QStringLiteral("Diabetes")}});
    return s;
}

Patient registered(Workspace& ws, Patient p)
{
    auto r = PatientService(ws).registerPatient(p);
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    return *r;
}

QString matchOf(Workspace& ws, const Patient& p)
{
    auto list = RecordStore(ws).latestForPatient(p.id, QStringLiteral("hospital_problem"));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    return list->first()
        .data.value(QStringLiteral("provenance"))
        .toObject()
        .value(QStringLiteral("patientMatch"))
        .toString();
}

} // namespace

TEST_CASE("a patient already here is found by IPP, then by INS", "[fhirstore][match]")
{
    ImportLaptop l;
    Patient byIpp =
        person(QStringLiteral("Durand"), QStringLiteral("Marc"), QDate(1971, 3, 3), QStringLiteral("M"));
    byIpp.ipp = QStringLiteral("555");
    byIpp = registered(*l.ws, byIpp);
    Patient byIns = person(QStringLiteral("Leroy"), QStringLiteral("Anne"), QDate(1955, 6, 1));
    byIns.ins = QStringLiteral("255062A12345614");
    byIns = registered(*l.ws, byIns);

    // Names spelled differently at the hospital: the identifiers decide, not the names.
    PatientRecord a = hospitalPatient(QStringLiteral("a"), QStringLiteral("555"), QStringLiteral("DURANT"),
                                      QStringLiteral("Marc"), QDate(1971, 3, 3), QStringLiteral("M"));
    PatientRecord b = hospitalPatient(QStringLiteral("b"), {}, QStringLiteral("LEROY-BLANC"),
                                      QStringLiteral("Anne"), QDate(1955, 6, 1));
    b.ins = QStringLiteral("255062A12345614");
    Snapshot s = onePatient(a);
    s.patients << b;
    s.items << onePatient(b).items;
    const auto report = l.import(s);
    CHECK(report.patientsNew == 0);
    CHECK(report.patientsMatched == 2);
    CHECK(PatientService(*l.ws).count() == 2);
    CHECK(matchOf(*l.ws, byIpp) == QStringLiteral("ipp"));
    CHECK(matchOf(*l.ws, byIns) == QStringLiteral("ins"));
}

TEST_CASE("a second import matches by any identifier the first one stored", "[fhirstore][match]")
{
    ImportLaptop l;
    PatientRecord p = hospitalPatient(QStringLiteral("x"), {}, QStringLiteral("Moreau"),
                                      QStringLiteral("Julie"), QDate(2001, 7, 14));
    p.otherIdentifiers << Identifier{QStringLiteral("urn:oid:1.2.250.1.999"), QStringLiteral("A-42")};
    CHECK(l.import(onePatient(p)).patientsNew == 1);

    // The same person from another export: new name, other resource id, same identifier.
    PatientRecord again = hospitalPatient(QStringLiteral("y"), {}, QStringLiteral("Moreau-Petit"),
                                          QStringLiteral("Julia"), QDate(2001, 7, 14));
    again.otherIdentifiers << Identifier{QStringLiteral("urn:oid:1.2.250.1.999"), QStringLiteral("A-42")};
    const auto report = l.import(onePatient(again));
    CHECK(report.patientsNew == 0);
    CHECK(report.patientsMatched == 1);
    CHECK(PatientService(*l.ws).count() == 1);

    // Same value under another system is another identifier: a new patient.
    PatientRecord other = hospitalPatient(QStringLiteral("z"), {}, QStringLiteral("Garnier"),
                                          QStringLiteral("Luc"), QDate(1940, 1, 5), QStringLiteral("M"));
    other.otherIdentifiers << Identifier{QStringLiteral("urn:oid:1.2.250.1.998"), QStringLiteral("A-42")};
    CHECK(l.import(onePatient(other)).patientsNew == 1);
}

TEST_CASE("a likely match is reported and skipped, unless --accept-matches", "[fhirstore][match]")
{
    ImportLaptop l;
    const Patient here =
        registered(*l.ws, person(QStringLiteral("Lefebvre"), QStringLiteral("Sophie"), QDate(1968, 11, 20)));
    const PatientRecord p =
        hospitalPatient(QStringLiteral("s"), QStringLiteral("777"), QStringLiteral("Lefebvre"),
                        QStringLiteral("Sophie"), QDate(1968, 11, 20));
    const QString before = l.dump();
    const auto skipped = l.import(onePatient(p));
    CHECK(skipped.patientsNew == 0);
    CHECK(skipped.patientsMatched == 0);
    REQUIRE(skipped.likelyMatchesSkipped.size() == 1);
    CHECK(skipped.likelyMatchesSkipped.first().contains(here.downtimeNumber));
    CHECK(skipped.notImported.value(QStringLiteral("Condition (patient not imported)")) == 1);
    CHECK(l.dump() == before);

    FhirImportOptions accept;
    accept.acceptMatches = true;
    const auto taken = l.import(onePatient(p), accept);
    CHECK(taken.patientsMatched == 1);
    CHECK(taken.likelyMatchesSkipped.isEmpty());
    CHECK(PatientService(*l.ws).count() == 1);
    CHECK(matchOf(*l.ws, here) == QStringLiteral("likely_confirmed"));
}

TEST_CASE("a patient with no identifier is found again by the resource an earlier import took them from",
          "[fhirstore][match]")
{
    ImportLaptop l;
    const PatientRecord p = hospitalPatient(QStringLiteral("n1"), {}, QStringLiteral("Blanc"),
                                            QStringLiteral("Rose"), QDate(1933, 8, 8));
    CHECK(l.import(onePatient(p)).patientsNew == 1);
    const QString before = l.dump();
    const auto again = l.import(onePatient(p));
    CHECK(again.patientsMatched == 1);
    CHECK(again.likelyMatchesSkipped.isEmpty());
    CHECK(l.dump() == before);

    // The same resource id from another system, for another person: not the same patient.
    const PatientRecord other =
        hospitalPatient(QStringLiteral("n1"), {}, QStringLiteral("Noir"), QStringLiteral("Paul"),
                        QDate(1990, 2, 3), QStringLiteral("M"));
    CHECK(l.import(onePatient(other)).patientsNew == 1);
}
