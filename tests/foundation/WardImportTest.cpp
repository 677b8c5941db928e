#include "NurseOnWard.h"
#include "site/SiteService.h"
#include "wardcsv/CensusImporter.h"
#include "wardcsv/ObservationCsv.h"

#include <catch2/catch.hpp>

using namespace wp;

namespace {

QString ward(const QString& fixture)
{
    return test::dataFile(QStringLiteral("ward/") + fixture);
}

int count(Workspace& ws, const QString& sql)
{
    return ws.db().scalar(sql).value().toInt();
}

} // namespace

TEST_CASE_METHOD(test::NurseOnWard,
                 "Census: the same patient twice in one file is flagged as a possible duplicate")
{
    auto report = CensusImporter(*ws).importFile(ward(QStringLiteral("census-same-patient-twice.csv")));
    INFO(report.errorMessage());
    REQUIRE(report.ok());
    // Never merged: two patients, and the second row names the first as a possible duplicate.
    CHECK(report->imported == 2);
    CHECK(patients.count() == 2);
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings[0].contains(QStringLiteral("line 3")));
    CHECK(report->warnings[0].contains(QStringLiteral("may be the same person")));
    CHECK(report->warnings[0].contains(QStringLiteral("line 2 of this file")));
}

TEST_CASE_METHOD(test::NurseOnWard, "Census: a dry run reports what the import will do and writes nothing")
{
    const QString next = ws->setting(QStringLiteral("downtime.next"));
    auto preview =
        CensusImporter(*ws).importFile(ward(QStringLiteral("census-same-patient-twice.csv")), true);
    REQUIRE(preview.ok());
    CHECK(preview->imported == 2);
    CHECK(preview->warnings.size() == 1);
    CHECK(patients.count() == 0);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM record_version")) == 0);
    // The downtime numbers a dry run used are not spent.
    CHECK(ws->setting(QStringLiteral("downtime.next")) == next);
    auto real = CensusImporter(*ws).importFile(ward(QStringLiteral("census-same-patient-twice.csv")));
    REQUIRE(real.ok());
    CHECK(patients.count() == 2);
}

TEST_CASE_METHOD(test::NurseOnWard,
                 "Census: IPPs follow the one rule for identifiers (surrounding spaces dropped)")
{
    auto first = CensusImporter(*ws).importFile(ward(QStringLiteral("census-ipp-spaces.csv")));
    REQUIRE(first.ok());
    CHECK(first->imported == 1);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM patient WHERE ipp = '90000052'")) == 1);
    auto again = CensusImporter(*ws).importFile(ward(QStringLiteral("census-ipp-trimmed.csv")));
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->alreadyPresent == 1);
    CHECK(again->identityMismatches == 0);
    CHECK(patients.count() == 1);
    // The same rule when a patient is registered on screen.
    Patient p = test::person(QStringLiteral("Vincent"), QStringLiteral("Luc"), QDate(1977, 7, 7),
                             QStringLiteral("M"));
    p.ipp = QStringLiteral(" 90000053\t");
    auto registered = patients.registerPatient(p);
    REQUIRE(registered.ok());
    CHECK(registered->ipp == QStringLiteral("90000053"));
    CHECK(patients.findByIpp(QStringLiteral("90000053")).ok());
}

TEST_CASE_METHOD(test::NurseOnWard,
                 "Census: an IPP already given to someone else is flagged, not silently skipped")
{
    REQUIRE(CensusImporter(*ws).importFile(ward(QStringLiteral("census-ipp-trimmed.csv"))).ok());
    auto report = CensusImporter(*ws).importFile(ward(QStringLiteral("census-ipp-other-identity.csv")));
    INFO(report.errorMessage());
    REQUIRE(report.ok());
    CHECK(report->imported == 0);
    CHECK(report->alreadyPresent == 1);
    CHECK(report->identityMismatches == 1);
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings[0].contains(QStringLiteral("identities differ")));
    CHECK(report->warnings[0].contains(QStringLiteral("ROUX")));
    CHECK(report->warnings[0].contains(QStringLiteral("LAMBERT")));
    // Nothing changed: the stored identity is still Roux.
    CHECK(patients.findByIpp(QStringLiteral("90000052"))->birthName == QStringLiteral("Roux"));
}

TEST_CASE_METHOD(test::NurseOnWard, "Census: ward codes are compared ignoring case and kept as first written")
{
    auto report = CensusImporter(*ws).importFile(ward(QStringLiteral("census-ward-lowercase.csv")));
    INFO(report.errorMessage());
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ward")) == 2); // MED and SURG only
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM patient WHERE ward_code = 'MED'")) == 2);
    // "med 1" is MED 1, which is now occupied.
    auto again = CensusImporter(*ws).importData(
        "birth_name,first_names,birth_date,sex,ward,bed\nRoux,Anne,1990-01-01,F,mEd,1\n",
        QStringLiteral("c.csv"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("line 2, column bed")));
    CHECK(again.errorMessage().contains(QStringLiteral("occupied")));
    // Movements and the census find the ward whatever the case typed.
    auto census = patients.census(QStringLiteral("med"));
    REQUIRE(census.ok());
    CHECK(census->size() == 4);
    auto someone =
        patients.find(ws->db().scalar(QStringLiteral("SELECT min(id) FROM patient")).value().toString());
    REQUIRE(someone.ok());
    auto moved = patients.move(someone->id, QStringLiteral("surg"), QStringLiteral("A"), test::testEpoch());
    INFO(moved.errorMessage());
    REQUIRE(moved.ok());
    CHECK(moved->wardCode == QStringLiteral("SURG"));
    // No second ward differing only by case.
    test::loginAs(*ws, QStringLiteral("root"), Role::Administrator);
    auto added = SiteService(*ws).addWard(QStringLiteral("Surg"), QStringLiteral("Surgery bis"), {});
    REQUIRE_FALSE(added.ok());
    CHECK(added.errorMessage().contains(QStringLiteral("SURG")));
}

TEST_CASE_METHOD(test::NurseOnWard, "Census: old data holding two wards that differ by case still imports")
{
    // Written before codes were compared ignoring case.
    REQUIRE(ws->db()
                .exec(QStringLiteral("INSERT INTO ward(code, name, created_at) VALUES "
                                     "('med', 'Médecine bis', '2030-01-01T00:00:00.000Z')"))
                .ok());
    auto report = CensusImporter(*ws).importData("birth_name,first_names,birth_date,sex,ward,bed\n"
                                                 "Roux,Anne,1990-01-01,F,med,9\n"
                                                 "Faure,Hugo,1970-04-04,M,Med,8\n",
                                                 QStringLiteral("c.csv"));
    INFO(report.errorMessage());
    REQUIRE(report.ok());
    // The exact spelling wins; otherwise the oldest ward of that code.
    CHECK(count(*ws, QStringLiteral(
                         "SELECT count(*) FROM patient WHERE ward_code = 'med' AND bed_label = '9'")) == 1);
    CHECK(count(*ws, QStringLiteral(
                         "SELECT count(*) FROM patient WHERE ward_code = 'MED' AND bed_label = '8'")) == 1);
}

TEST_CASE_METHOD(test::NurseOnWard, "Census: a file that never ends a line (/dev/zero) is refused at once")
{
    auto report = CensusImporter(*ws).importFile(QStringLiteral("/dev/zero"));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == Error::Code::InvalidInput);
    CHECK(report.errorMessage().contains(QStringLiteral("/dev/zero, line 1")));
    CHECK(patients.count() == 0);
}

TEST_CASE_METHOD(test::NurseOnWard, "Census: invalid UTF-8 is reported at its own line and column")
{
    auto report = CensusImporter(*ws).importFile(ward(QStringLiteral("census-bad-utf8-ward.csv")));
    REQUIRE_FALSE(report.ok());
    CHECK(report.errorMessage().contains(QStringLiteral("line 3, column ward: UTF-8")));
    CHECK(patients.count() == 0);
}

TEST_CASE_METHOD(test::NurseOnWard,
                 "Observations: identical rows are recorded once, a re-import adds nothing")
{
    REQUIRE(CensusImporter(*ws).importFile(ward(QStringLiteral("census.csv"))).ok());
    ObservationCsv csv(*ws, forms);
    auto first = csv.importFile(ward(QStringLiteral("observations-repeated.csv")));
    INFO(first.errorMessage());
    REQUIRE(first.ok());
    // Rows 2 and 3 are identical; row 4 differs by its pulse.
    CHECK(first->imported == 2);
    CHECK(first->alreadyPresent == 1);
    const auto observations =
        QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'");
    CHECK(count(*ws, observations) == 2);
    auto again = csv.importFile(ward(QStringLiteral("observations-repeated.csv")));
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->alreadyPresent == 3);
    CHECK(count(*ws, observations) == 2);
    // The contract's file, imported twice, is idempotent too.
    // Its first row is the one already recorded above.
    auto contract = csv.importFile(ward(QStringLiteral("observations.csv")));
    REQUIRE(contract.ok());
    CHECK(contract->imported == 2);
    CHECK(contract->alreadyPresent == 1);
    auto twice = csv.importFile(ward(QStringLiteral("observations.csv")));
    REQUIRE(twice.ok());
    CHECK(twice->imported == 0);
    CHECK(twice->alreadyPresent == 3);
}

TEST_CASE_METHOD(test::NurseOnWard, "Observations: a line over the limit is refused with its line number")
{
    REQUIRE(CensusImporter(*ws).importFile(ward(QStringLiteral("census.csv"))).ok());
    QByteArray data = "patient,taken_at,resp_rate\n80001234,2026-11-27T10:00,18\n80001234,2026-11-27T11:00,";
    // 70 KiB of a plausible value, in short fields: over the 64 KiB line limit.
    QByteArray longTail;
    while (longTail.size() < 70 * 1024) {
        longTail += "18,";
    }
    data += longTail + "18\n";
    auto report = ObservationCsv(*ws, forms).importData(data, QStringLiteral("o.csv"));
    REQUIRE_FALSE(report.ok());
    INFO(report.errorMessage());
    CHECK(report.errorMessage().startsWith(QStringLiteral("o.csv, line 3, column")));
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'")) == 0);
}

TEST_CASE_METHOD(test::NurseOnWard, "The search index keeps one entry per patient through every change")
{
    auto report = CensusImporter(*ws).importFile(ward(QStringLiteral("census.csv")));
    REQUIRE(report.ok());
    auto p = patients.findByNumber(QStringLiteral("80001235"));
    REQUIRE(p.ok());
    REQUIRE(patients.move(p->id, QStringLiteral("MED"), QStringLiteral("4"), test::testEpoch()).ok());
    REQUIRE(patients.setAllergies(p->id, QStringLiteral("latex")).ok());
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM patient_search")) == patients.count());
    auto found = patients.search(QStringLiteral("Martin"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().bedLabel == QStringLiteral("4"));
}
