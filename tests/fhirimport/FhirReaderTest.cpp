#include "TestSupport.h"

#include "fhirimport/FhirReader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>

using namespace wp;
using namespace wp::fhirimport;

namespace {

const QString ippSystem = QStringLiteral("http://hopital.example/ipp");

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("fhir-import/") + name);
}

QList<ClinicalItem> itemsOf(const Snapshot& s, const QString& kind)
{
    QList<ClinicalItem> out;
    for (const ClinicalItem& i : s.items) {
        if (i.kind == kind)
            out.append(i);
    }
    return out;
}

QString refusal(const QStringList& paths)
{
    const Result<Snapshot> r = FhirReader(ippSystem).read(paths);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code != Error::Code::Generic);
    return r.errorMessage();
}

} // namespace

TEST_CASE("An IPS document gives its patient and the active items only", "[fhirimport]")
{
    const QString file = fixture(QStringLiteral("ips-document.json"));
    const Result<Snapshot> r = FhirReader(ippSystem).read({file});
    REQUIRE(r.ok());
    const Snapshot& s = r.value();

    CHECK(s.takenAtBasis == QLatin1String("timestamp"));
    CHECK(s.takenAt == QDateTime(QDate(2026, 12, 3), QTime(5, 0), Qt::UTC));
    CHECK(s.files == QStringList{file});

    REQUIRE(s.patients.size() == 1);
    const PatientRecord& p = s.patients.at(0);
    CHECK(p.key == QLatin1String("Patient/pat-martin"));
    CHECK(p.ipp == QLatin1String("IPP001234"));
    CHECK(p.ins == QLatin1String("269054958815780"));
    REQUIRE(p.otherIdentifiers.size() == 1);
    CHECK(p.otherIdentifiers.at(0).system == QLatin1String("http://other.example/mrn"));
    CHECK(p.otherIdentifiers.at(0).value == QLatin1String("MRN-77"));
    CHECK(p.birthName == QLatin1String("MARTIN"));
    CHECK(p.usedName == QLatin1String("DURAND"));
    CHECK(p.firstNames == QLatin1String("Marie Louise"));
    CHECK(p.birthDate == QDate(1969, 5, 12));
    CHECK(p.sex == QLatin1String("F"));
    CHECK(p.telecom ==
          QStringList{QStringLiteral("phone: 06 12 34 56 78"), QStringLiteral("email: marie@example.org")});
    REQUIRE(p.contacts.size() == 1);
    CHECK(p.contacts.at(0).name == QLatin1String("Julie DURAND"));
    CHECK(p.contacts.at(0).relationship == QLatin1String("daughter"));
    CHECK(p.contacts.at(0).telecom == QLatin1String("phone: 06 98 76 54 32"));
    CHECK(p.source.resourceType == QLatin1String("Patient"));
    CHECK(p.source.lastUpdated == QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
    CHECK(p.source.line == 40); // where entry[1].resource starts in the file

    for (const ClinicalItem& i : s.items)
        CHECK(i.patientKey == p.key);

    const QList<ClinicalItem> allergies = itemsOf(s, QStringLiteral("allergy"));
    REQUIRE(allergies.size() == 2);
    CHECK(allergies.at(0).data.value(QLatin1String("text")).toString() == QStringLiteral("Pénicilline"));
    CHECK(allergies.at(0).data.value(QLatin1String("criticality")).toString() == QLatin1String("high"));
    CHECK(allergies.at(0).data.value(QLatin1String("reactions")).toArray() ==
          QJsonArray{QStringLiteral("Urticaria")});
    CHECK_FALSE(allergies.at(0).data.value(QLatin1String("noKnownAllergy")).toBool());
    CHECK(allergies.at(0).occurredAt.date() == QDate(2019, 4, 2));
    CHECK(allergies.at(0).source.resourceId == QLatin1String("al-peni"));
    CHECK(allergies.at(1).data.value(QLatin1String("noKnownAllergy")).toBool());
    CHECK(s.notImported.value(QStringLiteral("AllergyIntolerance (inactive)")) == 1);

    const QList<ClinicalItem> meds = itemsOf(s, QStringLiteral("medication"));
    REQUIRE(meds.size() == 1);
    const QJsonObject m = meds.at(0).data;
    CHECK(m.value(QLatin1String("drug")).toString() == QStringLiteral("Paracétamol 500 mg comprimé"));
    CHECK(m.value(QLatin1String("dose")).toString() == QLatin1String("500 mg"));
    CHECK(m.value(QLatin1String("route")).toString() == QLatin1String("Oral route"));
    CHECK(m.value(QLatin1String("frequency")).toString() == QLatin1String("3 per 1 d"));
    CHECK(m.value(QLatin1String("dosageText")).toString() == QStringLiteral("1 comprimé 3 fois par jour"));
    CHECK(m.value(QLatin1String("status")).toString() == QLatin1String("active"));
    CHECK(m.value(QLatin1String("source")).toString() == QLatin1String("MedicationStatement"));
    CHECK(s.notImported.value(QStringLiteral("MedicationStatement (stopped)")) == 1);

    const QList<ClinicalItem> problems = itemsOf(s, QStringLiteral("problem"));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).data.value(QLatin1String("text")).toString() ==
          QStringLiteral("Hypertension artérielle"));
    CHECK(problems.at(0).data.value(QLatin1String("onset")).toString() == QLatin1String("2015-03-01"));
    CHECK(s.notImported.value(QStringLiteral("Condition (resolved)")) == 1);

    const QList<ClinicalItem> vitals = itemsOf(s, QStringLiteral("vital_sign"));
    REQUIRE(vitals.size() == 3);
    CHECK(vitals.at(0).data.value(QLatin1String("loinc")).toString() == QLatin1String("8480-6"));
    CHECK(vitals.at(0).data.value(QLatin1String("value")).toDouble() == 142);
    CHECK(vitals.at(0).data.value(QLatin1String("unit")).toString() == QLatin1String("mmHg"));
    CHECK(vitals.at(1).data.value(QLatin1String("loinc")).toString() == QLatin1String("8462-4"));
    CHECK(vitals.at(1).data.value(QLatin1String("value")).toDouble() == 88);
    CHECK(vitals.at(2).data.value(QLatin1String("loinc")).toString() == QLatin1String("8867-4"));
    CHECK(vitals.at(2).occurredAt == QDateTime(QDate(2026, 12, 2), QTime(21, 0), Qt::UTC));

    const QList<ClinicalItem> results = itemsOf(s, QStringLiteral("result"));
    REQUIRE(results.size() == 1);
    const QJsonObject k = results.at(0).data;
    CHECK(k.value(QLatin1String("loinc")).toString() == QLatin1String("2823-3"));
    CHECK(k.value(QLatin1String("value")).toDouble() == 4.1);
    CHECK(k.value(QLatin1String("unit")).toString() == QLatin1String("mmol/L"));
    CHECK(k.value(QLatin1String("low")).toDouble() == 3.5);
    CHECK(k.value(QLatin1String("high")).toDouble() == 5.0);
    CHECK(k.value(QLatin1String("interpretation")).toString() == QLatin1String("Normal"));
    CHECK(k.value(QLatin1String("category")).toString() == QLatin1String("laboratory"));

    const QList<ClinicalItem> alerts = itemsOf(s, QStringLiteral("alert"));
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.at(0).data.value(QLatin1String("text")).toString() == QLatin1String("Risque de chute"));
    const QList<ClinicalItem> codeStatus = itemsOf(s, QStringLiteral("code_status"));
    REQUIRE(codeStatus.size() == 1);
    CHECK(codeStatus.at(0)
              .data.value(QLatin1String("text"))
              .toString()
              .startsWith(QLatin1String("Limitation")));

    const QList<ClinicalItem> procedures = itemsOf(s, QStringLiteral("procedure"));
    REQUIRE(procedures.size() == 1);
    CHECK(procedures.at(0).data.value(QLatin1String("text")).toString() == QLatin1String("Appendectomy"));
    CHECK(procedures.at(0).data.value(QLatin1String("date")).toString() == QLatin1String("2001-06-15"));
    const QList<ClinicalItem> vaccines = itemsOf(s, QStringLiteral("immunization"));
    REQUIRE(vaccines.size() == 1);
    CHECK(vaccines.at(0).data.value(QLatin1String("text")).toString() == QStringLiteral("Tétanos"));
    CHECK(vaccines.at(0).data.value(QLatin1String("date")).toString() == QLatin1String("2020-09-01"));

    CHECK(s.notImported.value(QStringLiteral("Coverage")) == 1);
    CHECK(s.notImported.value(QStringLiteral("Composition")) == 1);
    CHECK(s.items.size() == 12);
}

TEST_CASE("A transaction bundle: relative and absolute references, encounter from a display", "[fhirimport]")
{
    const Result<Snapshot> r = FhirReader(ippSystem).read({fixture(QStringLiteral("transaction.json"))});
    REQUIRE(r.ok());
    const Snapshot& s = r.value();
    CHECK(s.takenAtBasis == QLatin1String("lastUpdated"));
    CHECK(s.takenAt == QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
    REQUIRE(s.patients.size() == 1);
    CHECK(s.patients.at(0).ipp == QLatin1String("IPP5555"));
    CHECK(s.patients.at(0).birthName == QLatin1String("BERNARD"));
    CHECK(s.patients.at(0).sex == QLatin1String("M"));

    REQUIRE(s.encounters.size() == 1);
    const EncounterRecord& e = s.encounters.at(0);
    CHECK(e.patientKey == QLatin1String("Patient/tx1"));
    CHECK(e.wardCode == QLatin1String("CARDIO"));
    CHECK(e.bed == QLatin1String("12"));
    CHECK(e.reason == QStringLiteral("Douleur thoracique"));
    CHECK(e.admittedAt == QDateTime(QDate(2026, 12, 1), QTime(13, 30), Qt::UTC));

    const QList<ClinicalItem> allergies = itemsOf(s, QStringLiteral("allergy"));
    REQUIRE(allergies.size() == 1); // no clinicalStatus: taken (unknown is not "inactive")
    CHECK(allergies.at(0).data.value(QLatin1String("text")).toString() == QLatin1String("Iode"));
    CHECK(allergies.at(0).patientKey == QLatin1String("Patient/tx1"));

    const QList<ClinicalItem> meds = itemsOf(s, QStringLiteral("medication"));
    REQUIRE(meds.size() == 1);
    CHECK(meds.at(0).data.value(QLatin1String("drug")).toString() == QLatin1String("Bisoprolol 2,5 mg"));
    CHECK(meds.at(0).data.value(QLatin1String("frequency")).toString() == QLatin1String("matin"));
    CHECK(meds.at(0).data.value(QLatin1String("route")).toString() == QLatin1String("orale"));
    CHECK(meds.at(0).data.value(QLatin1String("source")).toString() == QLatin1String("MedicationRequest"));
    CHECK(s.notImported.value(QStringLiteral("MedicationRequest (on-hold)")) == 1);
}

TEST_CASE("A Bulk Data NDJSON folder: locations, medications and patients across files", "[fhirimport]")
{
    const QString folder = fixture(QStringLiteral("bulk"));
    const Result<Snapshot> r = FhirReader(ippSystem).read({folder});
    REQUIRE(r.ok());
    const Snapshot& s = r.value();
    CHECK(s.files.size() == 6);
    CHECK(s.takenAtBasis == QLatin1String("lastUpdated"));
    CHECK(s.takenAt == QDateTime(QDate(2026, 12, 5), QTime(2, 30), Qt::UTC));

    REQUIRE(s.patients.size() == 2);
    CHECK(s.patients.at(0).key == QLatin1String("Patient/b1"));
    CHECK(s.patients.at(0).source.line == 1);
    CHECK(s.patients.at(1).key == QLatin1String("Patient/b2"));
    CHECK(s.patients.at(1).source.line == 3); // after a blank line
    CHECK(s.patients.at(1).ins == QLatin1String("180017512345678"));
    CHECK(s.patients.at(1).sex == QLatin1String("U"));

    REQUIRE(s.encounters.size() == 2);
    CHECK(s.encounters.at(0).patientKey == QLatin1String("Patient/b1"));
    CHECK(s.encounters.at(0).wardCode == QLatin1String("CARDIO"));
    CHECK(s.encounters.at(0).bed == QLatin1String("12"));
    CHECK(s.encounters.at(1).patientKey == QLatin1String("Patient/b2"));
    CHECK(s.encounters.at(1).wardCode == QLatin1String("MED"));
    CHECK(s.encounters.at(1).bed.isEmpty());
    CHECK(s.notImported.value(QStringLiteral("Encounter (finished)")) == 1);

    const QList<ClinicalItem> meds = itemsOf(s, QStringLiteral("medication"));
    REQUIRE(meds.size() == 1);
    CHECK(meds.at(0).patientKey == QLatin1String("Patient/b2"));
    CHECK(meds.at(0).data.value(QLatin1String("drug")).toString() == QStringLiteral("Furosémide 40 mg"));
    CHECK(meds.at(0).data.value(QLatin1String("dose")).toString() == QLatin1String("40 mg"));
    CHECK(meds.at(0).data.value(QLatin1String("frequency")).toString() == QLatin1String("1 per 1 d"));
    CHECK(meds.at(0).source.file.endsWith(QLatin1String("MedicationRequest.ndjson")));
    CHECK(s.notImported.value(QStringLiteral("MedicationRequest (completed)")) == 1);

    const QList<ClinicalItem> vitals = itemsOf(s, QStringLiteral("vital_sign"));
    REQUIRE(vitals.size() == 1);
    CHECK(vitals.at(0).data.value(QLatin1String("loinc")).toString() == QLatin1String("59408-5"));
    CHECK(vitals.at(0).data.value(QLatin1String("value")).toDouble() == 94);
    const QList<ClinicalItem> results = itemsOf(s, QStringLiteral("result"));
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).data.value(QLatin1String("value")).toDouble() == 131);
    CHECK(results.at(0).data.value(QLatin1String("low")).toDouble() == 135);
    CHECK(results.at(0).data.value(QLatin1String("interpretation")).toString() == QLatin1String("Bas"));
    CHECK(results.at(1).data.value(QLatin1String("value")).toString() == QLatin1String("A positif"));
    CHECK(results.at(1).data.value(QLatin1String("low")).toString().isEmpty());
    CHECK(s.notImported.value(QStringLiteral("Observation (entered-in-error)")) == 1);
}

TEST_CASE("Several paths at once, and the file time when nothing else dates the snapshot", "[fhirimport]")
{
    const QString single = fixture(QStringLiteral("single-patient.json"));
    const Result<Snapshot> alone = FhirReader(ippSystem).read({single});
    REQUIRE(alone.ok());
    CHECK(alone->takenAtBasis == QLatin1String("file time"));
    CHECK(alone->takenAt == QFileInfo(single).lastModified().toUTC());
    REQUIRE(alone->patients.size() == 1);
    CHECK(alone->patients.at(0).firstNames == QStringLiteral("Léa"));

    const Result<Snapshot> both = FhirReader(ippSystem).read({single, fixture(QStringLiteral("bulk"))});
    REQUIRE(both.ok());
    CHECK(both->patients.size() == 3);
    CHECK(both->files.size() == 7);
}

TEST_CASE("Malformed JSON is refused with its line and column", "[fhirimport]")
{
    const QString file = fixture(QStringLiteral("broken/malformed.json"));
    const QString expected = file + QStringLiteral(", line 8, column 10: malformed JSON");
    CHECK(refusal({file}).left(expected.size()) == expected);
}

TEST_CASE("A malformed NDJSON line is refused with its line number", "[fhirimport]")
{
    const QString expected = fixture(QStringLiteral("broken/bad-ndjson/Observation.ndjson")) +
                             QStringLiteral(", line 3, column 42: malformed JSON");
    CHECK(refusal({fixture(QStringLiteral("broken/bad-ndjson"))}).left(expected.size()) == expected);
}

TEST_CASE("A resource without resourceType is refused with its line and path", "[fhirimport]")
{
    const QString file = fixture(QStringLiteral("broken/no-resource-type.json"));
    CHECK(refusal({file}) ==
          file + QStringLiteral(", line 14, entry[1].resource: the resource has no resourceType: "
                                "it is not a FHIR R4 resource."));
}

TEST_CASE("Wrong types are refused with line, path and the value found", "[fhirimport]")
{
    const QString file = fixture(QStringLiteral("broken/wrong-birthdate.json"));
    CHECK(refusal({file}) ==
          file + QStringLiteral(", line 16, entry[0].resource.birthDate: birthDate must be a date "
                                "(YYYY-MM-DD), not 12."));

    const QString single = fixture(QStringLiteral("broken/name-not-array.json"));
    CHECK(refusal({single}) ==
          single + QStringLiteral(", line 4, name: name must be an array, not an object."));

    const QString ndjson = fixture(QStringLiteral("broken/wrong-value-ndjson"));
    CHECK(refusal({ndjson}) == ndjson + QStringLiteral("/Observation.ndjson, line 2, valueQuantity.value: "
                                                       "value must be a number, not \"37,5\"."));
}

TEST_CASE("A reference to a patient absent from the files is refused", "[fhirimport]")
{
    const QString file = fixture(QStringLiteral("broken/unresolved.json"));
    CHECK(refusal({file}) ==
          file + QStringLiteral(", line 21, entry[1].resource.subject.reference: reference "
                                "Patient/9 resolves to nothing."));
}

TEST_CASE("A missing file, an unreadable file and a folder without NDJSON are refused", "[fhirimport]")
{
    test::TempDir dir;
    const QString missing = dir.file(QStringLiteral("nothing.json"));
    const Result<Snapshot> r = FhirReader(ippSystem).read({missing});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::NotFound);
    CHECK(r.errorMessage().startsWith(missing));

    QDir(dir.path()).mkdir(QStringLiteral("empty"));
    test::writeFile(dir.file(QStringLiteral("empty/readme.txt")), "not FHIR");
    const QString empty = dir.file(QStringLiteral("empty"));
    CHECK(refusal({empty}).startsWith(empty + QStringLiteral(": the folder holds no Bulk Data file")));

    const QString locked = dir.file(QStringLiteral("locked.json"));
    test::writeFile(locked, "{}");
    QFile::setPermissions(locked, QFileDevice::Permissions());
    if (!QFile(locked).open(QIODevice::ReadOnly)) { // root reads anything: nothing to test then
        const Result<Snapshot> u = FhirReader(ippSystem).read({locked});
        REQUIRE_FALSE(u.ok());
        CHECK(u.error().code == Error::Code::Io);
    }
}
