#include "SnapshotFixture.h"

#include "entries/FormEntryService.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"

using namespace wp;
using namespace wp::test;
using namespace wp::fhirimport;

namespace {

Patient byIpp(Workspace& ws, const QString& ipp)
{
    auto p = PatientService(ws).findByIpp(ipp);
    INFO(p.errorMessage().toStdString());
    REQUIRE(p.ok());
    return *p;
}

QList<RecordVersion> records(Workspace& ws, const Patient& p, const QString& kind)
{
    auto list = RecordStore(ws).latestForPatient(p.id, kind);
    REQUIRE(list.ok());
    return *list;
}

} // namespace

TEST_CASE("SourceRef reads back what it writes", "[fhirstore]")
{
    const SourceRef s = sourceOf(QStringLiteral("Condition"), QStringLiteral("c9"));
    const SourceRef back = SourceRef::fromJson(s.toJson());
    CHECK(back.file == s.file);
    CHECK(back.line == 1);
    CHECK(back.resourceType == QStringLiteral("Condition"));
    CHECK(back.resourceId == QStringLiteral("c9"));
    CHECK(back.lastUpdated == s.lastUpdated);
    SourceRef none = s;
    none.lastUpdated = {};
    CHECK_FALSE(none.toJson().contains(QStringLiteral("lastUpdated")));
    CHECK_FALSE(SourceRef::fromJson(none.toJson()).lastUpdated.isValid());
}

TEST_CASE("a hospital record becomes patients, beds and hospital_* records with their provenance",
          "[fhirstore]")
{
    ImportLaptop l;
    const auto report = l.import(twoPatientSnapshot());
    CHECK(report.patientsNew == 2);
    CHECK(report.patientsMatched == 0);
    CHECK(report.imported.value(QStringLiteral("allergy")) == 2);
    CHECK(report.imported.value(QStringLiteral("medication")) == 1);
    CHECK(report.imported.value(QStringLiteral("problem")) == 1);
    CHECK(report.imported.value(QStringLiteral("result")) == 1);
    CHECK(report.imported.value(QStringLiteral("alert")) == 1);
    CHECK(report.imported.value(QStringLiteral("code_status")) == 1);
    CHECK(report.imported.value(QStringLiteral("observation")) == 1);
    CHECK(report.notImported.value(QStringLiteral("Coverage")) == 2);
    CHECK(report.snapshotBasis == QStringLiteral("timestamp"));

    const Patient martin = byIpp(*l.ws, QStringLiteral("100200"));
    CHECK(martin.birthName == QStringLiteral("Martin"));
    CHECK(martin.firstNames == QStringLiteral("Claire Anne"));
    CHECK(martin.identityStatus == QStringLiteral("provisional"));
    CHECK(martin.wardCode == QStringLiteral("MED")); // the laptop's spelling of "med"
    CHECK(martin.bedLabel == QStringLiteral("2"));
    CHECK(martin.reason == QStringLiteral("Pneumonia"));
    CHECK(martin.allergies == QStringLiteral("Penicillin"));
    CHECK(martin.downtimeNumber.startsWith(QStringLiteral("T1")));

    // Bernard's ward is not on this laptop: registered without a bed, with a warning.
    const Patient bernard = byIpp(*l.ws, QStringLiteral("100300"));
    CHECK(bernard.bedLabel.isEmpty());
    CHECK(bernard.wardCode.isEmpty());
    CHECK(bernard.allergies == QStringLiteral("none"));
    CHECK(report.warnings.filter(QStringLiteral("CARDIO")).size() == 1);

    const auto meds = records(*l.ws, martin, QStringLiteral("hospital_medication"));
    REQUIRE(meds.size() == 1);
    CHECK(meds[0].data.value(QStringLiteral("drug")).toString() == QStringLiteral("Furosemide 40 mg"));
    CHECK(meds[0].data.value(QStringLiteral("confirmation")).toString() == QStringLiteral("to_confirm"));
    const QJsonObject prov = meds[0].data.value(QStringLiteral("provenance")).toObject();
    CHECK(prov.value(QStringLiteral("fromHospitalRecord")).toBool());
    CHECK(prov.value(QStringLiteral("snapshotBasis")).toString() == QStringLiteral("timestamp"));
    CHECK(QDateTime::fromString(prov.value(QStringLiteral("snapshotAt")).toString(), Qt::ISODate) ==
          twoPatientSnapshot().takenAt);
    const SourceRef src = SourceRef::fromJson(prov.value(QStringLiteral("source")).toObject());
    CHECK(src.resourceType == QStringLiteral("MedicationStatement"));
    CHECK(src.resourceId == QStringLiteral("m1"));
    CHECK(prov.value(QStringLiteral("patientMatch")).toString() == QStringLiteral("new"));
    // No time of its own: the item is dated by the snapshot.
    CHECK(meds[0].occurredAt == twoPatientSnapshot().takenAt);

    const auto results = records(*l.ws, martin, QStringLiteral("hospital_result"));
    REQUIRE(results.size() == 1);
    CHECK(results[0].occurredAt ==
          QDateTime::fromString(QStringLiteral("2026-12-02T08:00:00Z"), Qt::ISODate));
    CHECK(results[0].data.value(QStringLiteral("value")).toDouble() == Approx(5.9));
    CHECK(records(*l.ws, martin, QStringLiteral("hospital_allergy")).size() == 1);
    CHECK(records(*l.ws, bernard, QStringLiteral("hospital_code_status")).size() == 1);
    const auto ids = records(*l.ws, martin, QStringLiteral("hospital_identifiers"));
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].data.value(QStringLiteral("contacts")).toArray().size() == 1);
}

TEST_CASE("vital signs of one time become one chart observation scored with NEWS2", "[fhirstore]")
{
    ImportLaptop l;
    l.import(twoPatientSnapshot());
    const Patient martin = byIpp(*l.ws, QStringLiteral("100200"));
    auto entries = FormEntryService(*l.ws, l.forms).entries(martin.id, QStringLiteral("observation"));
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    const FormEntry& e = entries->first();
    const QJsonObject& v = e.record.data;
    CHECK(v.value(QStringLiteral("resp_rate")).toInt() == 22);
    CHECK(v.value(QStringLiteral("spo2")).toInt() == 95);
    CHECK(v.value(QStringLiteral("systolic_bp")).toInt() == 105);
    CHECK(v.value(QStringLiteral("diastolic_bp")).toInt() == 60);
    CHECK(v.value(QStringLiteral("pulse")).toInt() == 112);
    CHECK(v.value(QStringLiteral("temperature")).toDouble() == Approx(38.5)); // one decimal, as the form
    CHECK(e.record.occurredAt == QDateTime::fromString(QStringLiteral("2026-12-02T08:00:00Z"), Qt::ISODate));
    // The companion record marks it as imported and keeps the weight the chart has no field for.
    const auto marks = records(*l.ws, martin, QStringLiteral("hospital_vital_signs"));
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].data.value(QStringLiteral("observationRecordId")).toString() == e.record.recordId);
    CHECK(marks[0].data.value(QStringLiteral("items")).toArray().size() == 7);
    CHECK(marks[0]
              .data.value(QStringLiteral("provenance"))
              .toObject()
              .value(QStringLiteral("sources"))
              .toArray()
              .size() == 7);
}

TEST_CASE("a value the observation form refuses is left out with a warning, not the whole record",
          "[fhirstore]")
{
    ImportLaptop l;
    Snapshot s = twoPatientSnapshot();
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-12-02T12:00:00Z"), Qt::ISODate);
    s.items << vital(QStringLiteral("p2"), QStringLiteral("w1"), QStringLiteral("8867-4"), 900, t)
            << vital(QStringLiteral("p2"), QStringLiteral("w2"), QStringLiteral("9279-1"), 18, t);
    const auto report = l.import(s);
    CHECK(report.imported.value(QStringLiteral("observation")) == 2);
    CHECK(report.warnings.filter(QStringLiteral("pulse")).size() == 1);
    const Patient bernard = byIpp(*l.ws, QStringLiteral("100300"));
    auto entries = FormEntryService(*l.ws, l.forms).entries(bernard.id, QStringLiteral("observation"));
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().record.data.value(QStringLiteral("resp_rate")).toInt() == 18);
    CHECK_FALSE(entries->first().record.data.contains(QStringLiteral("pulse")));
}

TEST_CASE("importing the same snapshot twice changes nothing", "[fhirstore]")
{
    ImportLaptop l;
    const Snapshot s = twoPatientSnapshot();
    const auto first = l.import(s);
    const QString before = l.dump();
    l.clock.advanceSeconds(3600);
    const auto second = l.import(s);
    CHECK(l.dump() == before);
    CHECK(second.patientsNew == 0);
    CHECK(second.patientsMatched == 2);
    CHECK(second.itemsImported() == 0);
    CHECK(second.itemsAlreadyPresent() == first.itemsImported());
    CHECK(second.alreadyPresent.value(QStringLiteral("observation")) == 1);
}

TEST_CASE("an item updated at the hospital since the last import is imported again", "[fhirstore]")
{
    ImportLaptop l;
    Snapshot s = twoPatientSnapshot();
    l.import(s);
    s.items[2].source.lastUpdated = s.items[2].source.lastUpdated.addDays(1); // the problem
    s.items[2].data.insert(QStringLiteral("text"), QStringLiteral("Heart failure, NYHA III"));
    const auto again = l.import(s);
    CHECK(again.imported.value(QStringLiteral("problem")) == 1);
    CHECK(again.itemsImported() == 1);
}

TEST_CASE("a dry run does the work, reports it and writes nothing", "[fhirstore]")
{
    ImportLaptop l;
    const QString before = l.dump();
    FhirImportOptions o;
    o.dryRun = true;
    const auto dry = l.import(twoPatientSnapshot(), o);
    CHECK(l.dump() == before);
    CHECK(PatientService(*l.ws).count() == 0);
    const auto real = l.import(twoPatientSnapshot());
    CHECK(dry.patientsNew == real.patientsNew);
    CHECK(dry.imported == real.imported);
    CHECK(dry.warnings == real.warnings);
}

TEST_CASE("a refused import changes nothing", "[fhirstore]")
{
    ImportLaptop l;
    l.import(twoPatientSnapshot());
    const QString before = l.dump();
    FhirImportOptions o;
    o.defaultWard = QStringLiteral("NOWHERE");
    Snapshot s = twoPatientSnapshot();
    s.patients << hospitalPatient(QStringLiteral("p3"), QStringLiteral("100400"), QStringLiteral("Petit"),
                                  QStringLiteral("Jean"), QDate(1990, 1, 1), QStringLiteral("M"));
    auto report = FhirImporter(*l.ws, l.forms).importSnapshot(s, o);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == Error::Code::InvalidInput);
    CHECK(report.errorMessage().contains(QStringLiteral("NOWHERE")));
    CHECK(l.dump() == before);

    // A role that may not import: refused, nothing written.
    loginAs(*l.ws, QStringLiteral("doc"), Role::Doctor);
    const QString withDoctor = l.dump();
    auto denied = FhirImporter(*l.ws, l.forms).importSnapshot(s, {});
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == Error::Code::PermissionDenied);
    CHECK(l.dump() == withDoctor);
}

TEST_CASE("new patients whose ward is not on this laptop go to --ward", "[fhirstore]")
{
    ImportLaptop l;
    FhirImportOptions o;
    o.defaultWard = QStringLiteral("surg");
    const auto report = l.import(twoPatientSnapshot(), o);
    const Patient bernard = byIpp(*l.ws, QStringLiteral("100300"));
    CHECK(bernard.wardCode == QStringLiteral("SURG"));
    CHECK(bernard.bedLabel.isEmpty());
    CHECK(byIpp(*l.ws, QStringLiteral("100200")).wardCode == QStringLiteral("MED"));
    CHECK(report.warnings.filter(QStringLiteral("CARDIO")).isEmpty());
}

TEST_CASE("an occupied bed admits the patient without a bed, with a warning", "[fhirstore]")
{
    ImportLaptop l;
    PatientService patients(*l.ws);
    auto other =
        patients.registerPatient(person(QStringLiteral("Roux"), QStringLiteral("Anne"), QDate(1980, 2, 2)));
    REQUIRE(other.ok());
    REQUIRE(patients.admit(other->id, QStringLiteral("MED"), QStringLiteral("2"), l.clock.now()).ok());
    const auto report = l.import(twoPatientSnapshot());
    const Patient martin = byIpp(*l.ws, QStringLiteral("100200"));
    CHECK(martin.wardCode == QStringLiteral("MED"));
    CHECK(martin.bedLabel.isEmpty());
    CHECK(report.warnings.filter(QStringLiteral("occupied")).size() == 1);
}

TEST_CASE("a patient whose identity cannot be registered is listed as not imported, with their items",
          "[fhirstore]")
{
    ImportLaptop l;
    Snapshot s = twoPatientSnapshot();
    s.patients[1].birthDate = {};
    const auto report = l.import(s);
    CHECK(report.patientsNew == 1);
    CHECK(report.notImported.value(QStringLiteral("Patient (identity incomplete)")) == 1);
    CHECK(report.notImported.value(QStringLiteral("Flag (patient not imported)")) == 1);
    CHECK(PatientService(*l.ws).count() == 1);
}
