#include "ExchangeFixture.h"

#include "fhir/BackEntryData.h"
#include "fhir/BackEntryExporter.h"
#include "fhir/FhirBundleBuilder.h"
#include "fhir/FhirJson.h"
#include "fhir/OrderExport.h"
#include "fhir/OrderResourceBuilder.h"
#include "fhir/ReconciliationChecklist.h"
#include "orders/AlertService.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

// Orders and results in the back-entry export (issue 15): ServiceRequest, Specimen,
// Observation, DiagnosticReport, Communication and their Provenance, valid FHIR R4, and the
// checklist's lines per order and per result.

using namespace wp;
using namespace wp::orders;
using namespace wp::test;

namespace {

const QString potassium = QStringLiteral("2823-3");
const QString sodium = QStringLiteral("2951-2");
const QString chloride = QStringLiteral("2075-0");
const QString bicarbonate = QStringLiteral("1963-8");
const QString haemoglobin = QStringLiteral("718-7");
const QString platelets = QStringLiteral("777-3");
const QString bloodCulture = QStringLiteral("600-7");
const QString bloodGroup = QStringLiteral("882-1");
const QString urineCulture = QStringLiteral("630-4");
const QString inr = QStringLiteral("6301-6");
const QString xrayReport = QStringLiteral("Right lower lobe consolidation. No pneumothorax.");
const QString ctReport = QStringLiteral("Acute left subdural haematoma, 9 mm, with midline shift.");

struct Resources
{
    QHash<QString, QJsonObject> byUrl;
    QMap<QString, QList<QJsonObject>> byType;
};

Resources resourcesOf(const QJsonObject& bundle)
{
    Resources out;
    for (const auto& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject entry = e.toObject();
        const QJsonObject r = entry.value(QStringLiteral("resource")).toObject();
        out.byUrl.insert(entry.value(QStringLiteral("fullUrl")).toString(), r);
        out.byType[r.value(QStringLiteral("resourceType")).toString()].append(r);
    }
    return out;
}

QString firstCode(const QJsonValue& cc)
{
    return cc.toObject()
        .value(QStringLiteral("coding"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString firstSystem(const QJsonValue& cc)
{
    return cc.toObject()
        .value(QStringLiteral("coding"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("system"))
        .toString();
}

QString ref(const QJsonValue& reference)
{
    return reference.toObject().value(QStringLiteral("reference")).toString();
}

QStringList refs(const QJsonValue& references)
{
    QStringList out;
    for (const auto& r : references.toArray()) {
        out << ref(r);
    }
    return out;
}

QString notes(const QJsonObject& r)
{
    QStringList out;
    for (const auto& n : r.value(QStringLiteral("note")).toArray()) {
        out << n.toObject().value(QStringLiteral("text")).toString();
    }
    return out.join(QLatin1Char('\n'));
}

/// Every urn:uuid reference anywhere under `value`.
void collectReferences(const QJsonValue& value, QStringList& out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference") &&
                it->toString().startsWith(QLatin1String("urn:uuid:"))) {
                out << it->toString();
            } else {
                collectReferences(*it, out);
            }
        }
    } else if (value.isArray()) {
        for (const auto& v : value.toArray()) {
            collectReferences(v, out);
        }
    }
}

/// The independent validator (node + the official R4 JSON schema + validate.js's own checks):
/// its exit code and what it said, or -1 when it is not installed.
int runValidator(const QString& file, QString* output = nullptr)
{
    const QString validator = QStringLiteral(WHITEPLAN_SOURCE_DIR) + QStringLiteral("/tests/fhir-validator");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QDir(validator + QStringLiteral("/node_modules")).exists()) {
        FAIL("node or the FHIR validator is not installed: run installers/debian/setup.sh");
        return -1;
    }
    QProcess run;
    run.start(node, {validator + QStringLiteral("/validate.js"), file});
    REQUIRE(run.waitForFinished(120000));
    if (output) {
        *output = QString::fromUtf8(run.readAllStandardError() + run.readAllStandardOutput());
    }
    return run.exitCode();
}

QString at(const QDateTime& t)
{
    return QLocale::c().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// One laptop (code P2) with a patient on MED and a catalogue extended by a free-text test.
struct OrdersToExport
{
    TempDir dir;
    TempDir files;
    Laptop lap{dir.path(), QStringLiteral("P2")};
    Catalogue catalogue;
    Patient patient;

    OrdersToExport()
    {
        const QString site = Catalogue::siteFolder(lap.ws->dataDirectory());
        REQUIRE(QDir().mkpath(site));
        REQUIRE(QFile::copy(dataFile(QStringLiteral("catalogue/fhir/20-urine-culture.json")),
                            site + QStringLiteral("/20-urine-culture.json")));
        catalogue.reload(site);
        REQUIRE(catalogue.problems().isEmpty());
        REQUIRE(catalogue.test(urineCulture));
        patient = registerPatient(lap, QStringLiteral("MARTIN"), QStringLiteral("Claire"), QDate(1950, 3, 4));
        REQUIRE(PatientService(*lap.ws).admit(patient.id, QStringLiteral("MED"), QStringLiteral("1"),
                                              lap.clock.now()));
    }
    void as(const QString& login, Role role) { loginAs(*lap.ws, login, role); }
    void asAdmin()
    {
        auto admin = UserService(*lap.ws).find(adminLogin());
        REQUIRE(admin.ok());
        lap.ws->setCurrentUser(*admin);
    }
    void later(int minutes) { lap.clock.advanceSeconds(qint64(minutes) * 60); }
    Order place(const QStringList& codes, Priority priority, const QString& info = {},
                const QDateTime& planned = {})
    {
        as(QStringLiteral("dora"), Role::Doctor);
        OrderRequest r;
        r.patientId = patient.id;
        r.codes = codes;
        r.priority = priority;
        r.clinicalInfo = info;
        r.plannedCollection = planned;
        auto placed = OrderService(*lap.ws, catalogue).place(r);
        INFO(placed.errorMessage().toStdString());
        REQUIRE(placed);
        return *placed;
    }
    LabResult enter(const Order& o, const QString& test, const QString& value,
                    const QString& via = QStringLiteral("paper"), const QString& caller = {})
    {
        ResultEntry e;
        e.order = o.number;
        e.test = test;
        e.value = value;
        e.via = via;
        if (via == QLatin1String("phone")) {
            e.caller = caller;
            e.readBack = value;
            e.identityConfirmed = true;
            e.criticalFinding = catalogue.exam(test) != nullptr;
        }
        auto r = ResultService(*lap.ws, catalogue).enter(e);
        INFO(r.errorMessage().toStdString());
        REQUIRE(r);
        return *r;
    }
};

} // namespace

TEST_CASE_METHOD(
    OrdersToExport,
    "the FHIR export carries orders in every status, their specimens, results, reports and phoned "
    "results, valid R4, and the checklist lists each order and result",
    "[exchange][fhir][orders]")
{
    OrderService orders(*lap.ws, catalogue);
    ResultService results(*lap.ws, catalogue);

    // 1. Electrolytes, STAT: tube scanned, received, potassium phoned (critical), the alert and
    //    the order acknowledged by the doctor.
    const Order iono =
        place({QStringLiteral("iono")}, Priority::Stat, QStringLiteral("confusion, on furosemide"));
    later(10);
    as(QStringLiteral("nina"), Role::Nurse);
    const QString tubeLabel =
        OrderService::labelPayload(iono, patient.downtimeNumber, QStringLiteral("lithium-heparin"));
    REQUIRE(orders.collectScanned(tubeLabel, patient.id));
    const QDateTime collectedAt = lap.clock.now();
    later(20);
    REQUIRE(orders.receive(iono.number));
    const QDateTime receivedAt = lap.clock.now();
    later(30);
    enter(iono, sodium, QStringLiteral("138"));
    const LabResult k = enter(iono, potassium, QStringLiteral("6.9"), QStringLiteral("phone"),
                              QStringLiteral("Dr Biro, biochemistry"));
    REQUIRE(k.flag == ResultFlag::CriticalHigh);
    enter(iono, chloride, QStringLiteral("101"), QStringLiteral("lab"));
    enter(iono, bicarbonate, QStringLiteral("24"), QStringLiteral("lab"));
    later(5);
    as(QStringLiteral("dora"), Role::Doctor);
    AlertService alerts(*lap.ws, catalogue);
    auto open = alerts.forPatient(patient.id, true);
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    REQUIRE(alerts.acknowledge(open->first().id, QStringLiteral("Kayexalate; ECG; recheck at 10:00")));
    REQUIRE(orders.acknowledge(iono.number, QStringLiteral("treated")));

    // 2. Full blood count: haemoglobin corrected, platelets, white cells still pending.
    const Order fbc = place({QStringLiteral("fbc")}, Priority::Routine);
    as(QStringLiteral("nina"), Role::Nurse);
    REQUIRE(orders.collect(fbc.number));
    REQUIRE(orders.receive(fbc.number));
    later(15);
    const LabResult hb = enter(fbc, haemoglobin, QStringLiteral("11.2"));
    enter(fbc, platelets, QStringLiteral("145"));
    later(5);
    REQUIRE(results.correct(hb.recordId, QStringLiteral("12.1"), QStringLiteral("transcription error")));

    // 3. Blood culture and blood group: two tubes; the culture positive (critical, coded), entered
    //    by the laboratory and phoned to the ward (a call record).
    const Order micro = place({bloodCulture, bloodGroup}, Priority::Urgent, QStringLiteral("fever 39.5"));
    as(QStringLiteral("nina"), Role::Nurse);
    REQUIRE(orders.collect(micro.number));
    later(5);
    REQUIRE(orders.receive(micro.number));
    later(60);
    const LabResult culture = enter(micro, bloodCulture, QStringLiteral("positive"), QStringLiteral("lab"));
    enter(micro, bloodGroup, QStringLiteral("A+"));
    as(QStringLiteral("lea"), Role::Nurse);
    REQUIRE(results.recordCall(culture.recordId, QStringLiteral("nina"), true));

    // 4. A free-text result: urine culture.
    const Order urine = place({urineCulture}, Priority::Routine);
    as(QStringLiteral("nina"), Role::Nurse);
    REQUIRE(orders.collect(urine.number));
    REQUIRE(orders.receive(urine.number));
    later(10);
    enter(urine, urineCulture, QStringLiteral("Escherichia coli 10^5 CFU/mL, sensitive to ceftriaxone"));

    // 5. Cancelled; 6. ordered only, collection planned.
    const Order twice = place({sodium}, Priority::Routine);
    REQUIRE(orders.cancel(twice.number, QStringLiteral("ordered twice")));
    const Order pending = place({inr}, Priority::Urgent, {}, lap.clock.now().addSecs(7200));

    // 7. Imaging: a chest X-ray report on paper, a CT head with a critical finding by phone.
    const Order xray =
        place({QStringLiteral("xr-chest")}, Priority::Urgent, QStringLiteral("crackles right base"));
    const Order ct =
        place({QStringLiteral("ct-head")}, Priority::Stat, QStringLiteral("fall, anticoagulated"));
    as(QStringLiteral("nina"), Role::Nurse);
    REQUIRE(orders.receive(xray.number));
    REQUIRE(orders.receive(ct.number));
    later(40);
    enter(xray, QStringLiteral("xr-chest"), xrayReport);
    enter(ct, QStringLiteral("ct-head"), ctReport, QStringLiteral("phone"),
          QStringLiteral("Dr Roy, radiology"));

    REQUIRE(orders.order(iono.number)->status == OrderStatus::Acknowledged);
    REQUIRE(orders.order(fbc.number)->status == OrderStatus::PartiallyResulted);
    REQUIRE(orders.order(micro.number)->status == OrderStatus::Resulted);
    REQUIRE(orders.order(twice.number)->status == OrderStatus::Cancelled);
    REQUIRE(orders.order(pending.number)->status == OrderStatus::Ordered);

    asAdmin();
    const QString file = files.file(QStringLiteral("backentry.json"));
    auto exported = fhir::BackEntryExporter(*lap.ws).exportFhir(file);
    REQUIRE(exported);
    const Resources res = resourcesOf(exported->bundle);
    const QString subject = fhir::FhirBundleBuilder::fullUrl(patient.id, QStringLiteral("Patient"));

    SECTION("valid FHIR R4 under the validator; every full URL unique and every reference resolved")
    {
        QString verdict;
        const int valid = runValidator(file, &verdict);
        INFO(verdict.toStdString());
        CHECK(valid == 0);
        const QJsonArray entries = exported->bundle.value(QStringLiteral("entry")).toArray();
        CHECK(res.byUrl.size() == entries.size());
        QStringList dangling;
        QStringList all;
        collectReferences(exported->bundle, all);
        for (const QString& r : all) {
            if (!res.byUrl.contains(r)) {
                dangling << r;
            }
        }
        CHECK(dangling.isEmpty());
        CHECK(all.size() > 100);

        // The validator's own checks see a request without its intent.
        QJsonObject broken = exported->bundle;
        QJsonArray list = broken.value(QStringLiteral("entry")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject e = list[i].toObject();
            QJsonObject r = e.value(QStringLiteral("resource")).toObject();
            if (r.value(QStringLiteral("resourceType")).toString() == QLatin1String("ServiceRequest")) {
                r.remove(QStringLiteral("intent"));
                e.insert(QStringLiteral("resource"), r);
                list.replace(i, e);
                break;
            }
        }
        broken.insert(QStringLiteral("entry"), list);
        const QString brokenFile = files.file(QStringLiteral("broken.json"));
        writeFile(brokenFile, QJsonDocument(broken).toJson());
        QString said;
        const int rc = runValidator(brokenFile, &said);
        CHECK(rc == 1);
        CHECK(said.contains(QStringLiteral("ServiceRequest: missing required intent")));
    }

    SECTION("one ServiceRequest per test, the order number as requisition, status from the order")
    {
        const auto requests = res.byType.value(QStringLiteral("ServiceRequest"));
        CHECK(requests.size() == 4 + 3 + 2 + 1 + 1 + 1 + 1 + 1);
        CHECK(exported->countsByPatient.value(patient.id).value(QStringLiteral("ServiceRequest")) ==
              requests.size());
        const QJsonObject kReq =
            res.byUrl.value(fhir::OrderResourceBuilder::serviceRequestUrl(iono, potassium));
        REQUIRE_FALSE(kReq.isEmpty());
        CHECK(kReq.value(QStringLiteral("status")).toString() == QStringLiteral("completed"));
        CHECK(kReq.value(QStringLiteral("intent")).toString() == QStringLiteral("order"));
        CHECK(kReq.value(QStringLiteral("priority")).toString() == QStringLiteral("stat"));
        CHECK(firstSystem(kReq.value(QStringLiteral("code"))) == QStringLiteral("http://loinc.org"));
        CHECK(firstCode(kReq.value(QStringLiteral("code"))) == potassium);
        CHECK(
            kReq.value(QStringLiteral("requisition")).toObject().value(QStringLiteral("value")).toString() ==
            iono.number);
        CHECK(kReq.value(QStringLiteral("identifier"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("value")) == iono.number + QStringLiteral("/") + potassium);
        CHECK(kReq.value(QStringLiteral("reasonCode"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("text")) == QStringLiteral("confusion, on furosemide"));
        CHECK(kReq.value(QStringLiteral("requester")).toObject().value(QStringLiteral("display")) ==
              QStringLiteral("dora"));
        CHECK(ref(kReq.value(QStringLiteral("subject"))) == subject);
        CHECK(kReq.value(QStringLiteral("authoredOn")).toString() == fhir::FhirJson::time(iono.orderedAt));
        CHECK(firstCode(kReq.value(QStringLiteral("category")).toArray().first()) ==
              QStringLiteral("108252007"));
        CHECK(notes(kReq).contains(QStringLiteral("treated")));

        auto statusOf = [&](const Order& o, const QString& test) {
            return res.byUrl.value(fhir::OrderResourceBuilder::serviceRequestUrl(o, test))
                .value(QStringLiteral("status"))
                .toString();
        };
        CHECK(statusOf(fbc, haemoglobin) == QStringLiteral("completed"));
        CHECK(statusOf(fbc, QStringLiteral("6690-2")) == QStringLiteral("active"));
        CHECK(statusOf(twice, sodium) == QStringLiteral("revoked"));
        CHECK(notes(res.byUrl.value(fhir::OrderResourceBuilder::serviceRequestUrl(twice, sodium)))
                  .contains(QStringLiteral("ordered twice")));
        const QJsonObject inrReq =
            res.byUrl.value(fhir::OrderResourceBuilder::serviceRequestUrl(pending, inr));
        CHECK(inrReq.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
        CHECK(inrReq.value(QStringLiteral("priority")).toString() == QStringLiteral("urgent"));
        CHECK(inrReq.value(QStringLiteral("occurrenceDateTime")).toString() ==
              fhir::FhirJson::time(pending.plannedCollection));
        CHECK_FALSE(inrReq.contains(QStringLiteral("specimen")));

        const QJsonObject xrReq =
            res.byUrl.value(fhir::OrderResourceBuilder::serviceRequestUrl(xray, QStringLiteral("xr-chest")));
        CHECK(firstCode(xrReq.value(QStringLiteral("category")).toArray().first()) ==
              QStringLiteral("363679005"));
        CHECK(xrReq.value(QStringLiteral("code")).toObject().value(QStringLiteral("text")).toString() ==
              catalogue.exam(QStringLiteral("xr-chest"))->name.text());
        CHECK(xrReq.value(QStringLiteral("status")).toString() == QStringLiteral("completed"));
    }

    SECTION("a Specimen per tube collected, with its label, collection and reception")
    {
        const auto specimens = res.byType.value(QStringLiteral("Specimen"));
        CHECK(specimens.size() == 1 + 1 + 2 + 1); // iono, fbc, culture bottles and EDTA, urine
        const QJsonObject kObs = res.byUrl.value(fhir::OrderResourceBuilder::observationUrl(k.recordId));
        const QJsonObject tube = res.byUrl.value(ref(kObs.value(QStringLiteral("specimen"))));
        REQUIRE_FALSE(tube.isEmpty());
        CHECK(tube.value(QStringLiteral("identifier"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("value")) == tubeLabel);
        CHECK(tube.value(QStringLiteral("type")).toObject().value(QStringLiteral("text")) ==
              QStringLiteral("blood"));
        CHECK(tube.value(QStringLiteral("container"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("type"))
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString() == catalogue.tube(QStringLiteral("lithium-heparin"))->name.text());
        const QJsonObject collection = tube.value(QStringLiteral("collection")).toObject();
        CHECK(collection.value(QStringLiteral("collectedDateTime")).toString() ==
              fhir::FhirJson::time(collectedAt));
        CHECK(collection.value(QStringLiteral("collector")).toObject().value(QStringLiteral("display")) ==
              QStringLiteral("nina"));
        CHECK(tube.value(QStringLiteral("receivedTime")).toString() == fhir::FhirJson::time(receivedAt));
        CHECK(refs(tube.value(QStringLiteral("request"))).size() == 4);

        const QJsonObject cultureObs =
            res.byUrl.value(fhir::OrderResourceBuilder::observationUrl(culture.recordId));
        const QJsonObject bottles = res.byUrl.value(ref(cultureObs.value(QStringLiteral("specimen"))));
        CHECK(bottles.value(QStringLiteral("container"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("type"))
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString() == catalogue.tube(QStringLiteral("blood-culture"))->name.text());
    }

    SECTION("an Observation per result: quantity in UCUM, coded, text and report values, flags, ranges")
    {
        int resultCount = 0;
        for (const auto& o : res.byType.value(QStringLiteral("Observation"))) {
            const QString cat = firstCode(o.value(QStringLiteral("category")).toArray().first());
            resultCount += cat == QLatin1String("laboratory") || cat == QLatin1String("imaging");
        }
        CHECK(resultCount == 4 + 2 + 2 + 1 + 1 + 1);

        const QJsonObject kObs = res.byUrl.value(fhir::OrderResourceBuilder::observationUrl(k.recordId));
        CHECK(kObs.value(QStringLiteral("status")).toString() == QStringLiteral("final"));
        CHECK(firstCode(kObs.value(QStringLiteral("category")).toArray().first()) ==
              QStringLiteral("laboratory"));
        CHECK(firstSystem(kObs.value(QStringLiteral("category")).toArray().first()) ==
              QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"));
        CHECK(firstCode(kObs.value(QStringLiteral("code"))) == potassium);
        const QJsonObject q = kObs.value(QStringLiteral("valueQuantity")).toObject();
        CHECK(q.value(QStringLiteral("value")).toDouble() == Approx(6.9));
        CHECK(q.value(QStringLiteral("system")).toString() == QStringLiteral("http://unitsofmeasure.org"));
        CHECK(q.value(QStringLiteral("code")).toString() == QStringLiteral("mmol/L"));
        CHECK(firstCode(kObs.value(QStringLiteral("interpretation")).toArray().first()) ==
              QStringLiteral("HH"));
        CHECK(firstSystem(kObs.value(QStringLiteral("interpretation")).toArray().first()) ==
              QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"));
        const QJsonObject range = kObs.value(QStringLiteral("referenceRange")).toArray().first().toObject();
        REQUIRE(k.rangeLow);
        CHECK(range.value(QStringLiteral("low")).toObject().value(QStringLiteral("value")).toDouble() ==
              Approx(*k.rangeLow));
        CHECK(refs(kObs.value(QStringLiteral("basedOn"))) ==
              QStringList{fhir::OrderResourceBuilder::serviceRequestUrl(iono, potassium)});
        CHECK(kObs.value(QStringLiteral("effectiveDateTime")).toString() ==
              fhir::FhirJson::time(k.resultedAt));
        CHECK(kObs.contains(QStringLiteral("issued")));
        CHECK(notes(kObs).contains(QStringLiteral("Dr Biro, biochemistry")));
        CHECK(notes(kObs).contains(QStringLiteral("Kayexalate; ECG; recheck at 10:00")));

        const QJsonObject hbObs = res.byUrl.value(fhir::OrderResourceBuilder::observationUrl(hb.recordId));
        CHECK(hbObs.value(QStringLiteral("status")).toString() == QStringLiteral("amended"));
        CHECK(hbObs.value(QStringLiteral("valueQuantity"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toDouble() == Approx(12.1));
        CHECK(hbObs.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("code")) ==
              QStringLiteral("g/dL"));
        CHECK(notes(hbObs).contains(QStringLiteral("transcription error")));

        QStringList units;
        for (const auto& o : res.byType.value(QStringLiteral("Observation"))) {
            if (firstCode(o.value(QStringLiteral("code"))) == platelets) {
                units << o.value(QStringLiteral("valueQuantity"))
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
            }
        }
        CHECK(units == QStringList{QStringLiteral("10*9/L")});

        const QJsonObject cultureObs =
            res.byUrl.value(fhir::OrderResourceBuilder::observationUrl(culture.recordId));
        CHECK(firstCode(cultureObs.value(QStringLiteral("valueCodeableConcept"))) ==
              QStringLiteral("10828004"));
        CHECK(firstCode(cultureObs.value(QStringLiteral("interpretation")).toArray().first()) ==
              QStringLiteral("AA"));
        bool group = false;
        bool text = false;
        bool report = false;
        for (const auto& o : res.byType.value(QStringLiteral("Observation"))) {
            const QString code = firstCode(o.value(QStringLiteral("code")));
            if (code == bloodGroup) {
                group = o.value(QStringLiteral("valueCodeableConcept"))
                            .toObject()
                            .value(QStringLiteral("text")) == QStringLiteral("A+");
            } else if (code == urineCulture) {
                text = o.value(QStringLiteral("valueString"))
                           .toString()
                           .startsWith(QStringLiteral("Escherichia"));
            } else if (code == QLatin1String("xr-chest")) {
                report = o.value(QStringLiteral("valueString")).toString() == xrayReport &&
                         firstCode(o.value(QStringLiteral("category")).toArray().first()) ==
                             QStringLiteral("imaging");
            }
        }
        CHECK(group);
        CHECK(text);
        CHECK(report);
    }

    SECTION("a DiagnosticReport per order with results; the imaging report as conclusion")
    {
        const auto reports = res.byType.value(QStringLiteral("DiagnosticReport"));
        CHECK(reports.size() == 6); // iono, fbc, micro, urine, X-ray, CT
        const QJsonObject ionoReport = res.byUrl.value(fhir::OrderResourceBuilder::diagnosticReportUrl(iono));
        CHECK(ionoReport.value(QStringLiteral("status")).toString() == QStringLiteral("final"));
        CHECK(refs(ionoReport.value(QStringLiteral("result"))).size() == 4);
        CHECK(refs(ionoReport.value(QStringLiteral("basedOn"))).size() == 4);
        CHECK(firstCode(ionoReport.value(QStringLiteral("category")).toArray().first()) ==
              QStringLiteral("LAB"));
        CHECK(ionoReport.value(QStringLiteral("identifier"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("value")) == iono.number);
        CHECK(res.byUrl.value(fhir::OrderResourceBuilder::diagnosticReportUrl(fbc))
                  .value(QStringLiteral("status")) == QStringLiteral("partial"));
        const QJsonObject ctReportResource =
            res.byUrl.value(fhir::OrderResourceBuilder::diagnosticReportUrl(ct));
        CHECK(firstCode(ctReportResource.value(QStringLiteral("category")).toArray().first()) ==
              QStringLiteral("RAD"));
        CHECK(ctReportResource.value(QStringLiteral("conclusion")).toString() == ctReport);
        CHECK_FALSE(res.byUrl.contains(fhir::OrderResourceBuilder::diagnosticReportUrl(twice)));
        CHECK_FALSE(res.byUrl.contains(fhir::OrderResourceBuilder::diagnosticReportUrl(pending)));
    }

    SECTION("a Communication per phoned result and per call of the laboratory")
    {
        const auto calls = res.byType.value(QStringLiteral("Communication"));
        REQUIRE(calls.size() == 3); // potassium and CT by phone, the culture phoned by the laboratory
        bool potassiumCall = false;
        bool cultureCall = false;
        for (const auto& c : calls) {
            const QStringList about = refs(c.value(QStringLiteral("about")));
            REQUIRE(about.size() == 1);
            CHECK(res.byUrl.value(about.first()).value(QStringLiteral("resourceType")) ==
                  QStringLiteral("Observation"));
            CHECK(c.value(QStringLiteral("status")).toString() == QStringLiteral("completed"));
            const QString payload = c.value(QStringLiteral("payload"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("contentString"))
                                        .toString();
            const QString sender =
                c.value(QStringLiteral("sender")).toObject().value(QStringLiteral("display")).toString();
            const QString recipient = c.value(QStringLiteral("recipient"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("display"))
                                          .toString();
            if (about.first() == fhir::OrderResourceBuilder::observationUrl(k.recordId)) {
                potassiumCall =
                    sender == QStringLiteral("Dr Biro, biochemistry") &&
                    recipient == QStringLiteral("nina") &&
                    payload.contains(QStringLiteral("6.9 mmol/L (HH)")) &&
                    c.value(QStringLiteral("sent")).toString() == fhir::FhirJson::time(k.recordedAt);
            }
            if (about.first() == fhir::OrderResourceBuilder::observationUrl(culture.recordId)) {
                cultureCall = sender == QStringLiteral("lea") && recipient == QStringLiteral("nina") &&
                              payload.contains(QStringLiteral("positive"));
            }
        }
        CHECK(potassiumCall);
        CHECK(cultureCall);
    }

    SECTION("every order resource has its Provenance: who, when, which laptop")
    {
        QHash<QString, QJsonObject> provenanceOf;
        for (const auto& p : res.byType.value(QStringLiteral("Provenance"))) {
            for (const QString& t : refs(p.value(QStringLiteral("target")))) {
                provenanceOf.insert(t, p);
            }
        }
        int checked = 0;
        for (auto it = res.byUrl.cbegin(); it != res.byUrl.cend(); ++it) {
            const QString type = it->value(QStringLiteral("resourceType")).toString();
            if (QStringList{QStringLiteral("ServiceRequest"), QStringLiteral("Specimen"),
                            QStringLiteral("DiagnosticReport"), QStringLiteral("Communication")}
                    .contains(type) ||
                (type == QLatin1String("Observation") &&
                 firstCode(it->value(QStringLiteral("category")).toArray().first()) !=
                     QLatin1String("vital-signs"))) {
                INFO(type.toStdString() << " " << it.key().toStdString());
                CHECK(provenanceOf.contains(it.key()));
                ++checked;
            }
        }
        CHECK(checked == 14 + 5 + 11 + 6 + 3);
        const QJsonObject p = provenanceOf.value(fhir::OrderResourceBuilder::serviceRequestUrl(pending, inr));
        CHECK(p.value(QStringLiteral("agent"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("who"))
                  .toObject()
                  .value(QStringLiteral("display"))
                  .toString() == QStringLiteral("dora (P2)"));
        CHECK(p.value(QStringLiteral("recorded")).toString() == fhir::FhirJson::time(pending.orderedAt));
        // A corrected result's Provenance says it is a revision.
        const QJsonObject corrected =
            provenanceOf.value(fhir::OrderResourceBuilder::observationUrl(hb.recordId));
        CHECK(firstCode(corrected.value(QStringLiteral("activity"))) == QStringLiteral("UPDATE"));
    }

    SECTION("the checklist has a line per order and per result, counted as the file counts")
    {
        auto data = fhir::BackEntryData::load(*lap.ws);
        REQUIRE(data);
        const fhir::OrderExport orderData = fhir::OrderExport::load(*lap.ws, *data, catalogue);
        const fhir::PatientRecords* pr = nullptr;
        for (const auto& p : *data) {
            if (p.patient.id == patient.id) {
                pr = &p;
            }
        }
        REQUIRE(pr);
        const auto lines = fhir::ReconciliationChecklist::linesFor(*pr, *exported, {}, orderData);
        QStringList whats;
        for (const auto& l : lines) {
            whats << l.what + QStringLiteral(" | ") + l.detail;
            if (l.resourceType == QLatin1String("Specimen")) {
                CHECK(l.count == 5);
            }
            if (l.what.startsWith(QStringLiteral("Vital signs"))) {
                CHECK(l.count == 0); // no vital signs: the results are counted on their own line
            }
            CHECK_FALSE(l.what.contains(QStringLiteral("lab_")));
            CHECK_FALSE(l.what.contains(QStringLiteral("alert_ack")));
        }
        const QString text = whats.join(QLatin1Char('\n'));
        INFO(text.toStdString());
        CHECK(text.contains(
            QStringLiteral(
                "Order %1 Sodium, Potassium, Chloride, Bicarbonate — resulted, acknowledged by dora")
                .arg(iono.number)));
        CHECK(text.contains(
            QStringLiteral("Result Potassium 6.9 mmol/L HH %1 (phone from Dr Biro, biochemistry)")
                .arg(at(k.resultedAt))));
        CHECK(text.contains(
            QStringLiteral("critical result acknowledged by dora: Kayexalate; ECG; recheck at 10:00")));
        CHECK(text.contains(
            QStringLiteral("Order %1 Sodium — cancelled by dora: ordered twice").arg(twice.number)));
        CHECK(text.contains(QStringLiteral("Order %1 INR — ordered").arg(pending.number)));
        CHECK(text.contains(QStringLiteral("Result Haemoglobin 12.1 g/dL")));
        CHECK(text.contains(QStringLiteral("corrected by nina: transcription error")));
        CHECK(text.contains(QStringLiteral("phoned by lea to nina")));
        CHECK(text.contains(QStringLiteral("Report CT head")));
        CHECK(text.contains(ctReport));
        int orderLines = 0;
        int resultLines = 0;
        for (const auto& l : lines) {
            orderLines += l.what.startsWith(QStringLiteral("Order "));
            resultLines +=
                l.what.startsWith(QStringLiteral("Result ")) || l.what.startsWith(QStringLiteral("Report "));
        }
        CHECK(orderLines == 8);
        CHECK(resultLines == 11);

        // Without the orders' section, their records are still listed, to be entered by hand.
        const auto fallback = fhir::ReconciliationChecklist::linesFor(*pr, *exported, {});
        bool manual = false;
        for (const auto& l : fallback) {
            manual = manual || l.what.contains(QStringLiteral("lab_order"));
        }
        CHECK(manual);
    }
}
