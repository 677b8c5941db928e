#include "ExchangeFixture.h"

#include "exchange/ConflictLog.h"
#include "fhir/BackEntryExporter.h"
#include "records/RecordStore.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

using namespace wp;
using namespace wp::test;

namespace {

QJsonArray entriesOf(const QJsonObject& bundle, const QString& type)
{
    QJsonArray out;
    for (const auto& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() == type) {
            out.append(r);
        }
    }
    return out;
}

} // namespace

TEST_CASE_METHOD(TwoLaptops, "the FHIR export covers movements, medication, merged duplicates, and validates",
                 "[exchange][fhir]")
{
    Patient p = registerPatient(a, QStringLiteral("Fournier"), QStringLiteral("Élise"), QDate(1955, 6, 1));
    p.ins = QStringLiteral("255062A12345614"); // key 14: 2A counts as 19
    p.ipp = QStringLiteral("778899");
    REQUIRE(PatientService(*a.ws).updateIdentity(p, QStringLiteral("card")).ok());
    PatientService patients(*a.ws);
    REQUIRE(
        patients
            .admit(p.id, QStringLiteral("MED"), QStringLiteral("1"), a.clock.now(), QStringLiteral("Sepsis"))
            .ok());
    REQUIRE(patients.setAllergies(p.id, QStringLiteral("penicillin")).ok());
    a.clock.advanceSeconds(3600);
    REQUIRE(patients.move(p.id, QStringLiteral("SURG"), QStringLiteral("B"), a.clock.now()).ok());
    RecordStore records(*a.ws);
    REQUIRE(records
                .create(QStringLiteral("medication_administration"), p.id,
                        {{QStringLiteral("drug"), QStringLiteral("Amoxicilline")},
                         {QStringLiteral("dose"), QStringLiteral("1 g")},
                         {QStringLiteral("route"), QStringLiteral("IV")},
                         {QStringLiteral("status"), QStringLiteral("refused")},
                         {QStringLiteral("time"), QStringLiteral("08:30")}})
                .ok());
    REQUIRE(records
                .create(QStringLiteral("observation"), p.id,
                        {{QStringLiteral("resp_rate"), QStringLiteral("22")},
                         {QStringLiteral("spo2"), 93},
                         {QStringLiteral("oxygen"), QStringLiteral("oxygen")},
                         {QStringLiteral("systolic_bp"), 95},
                         {QStringLiteral("pulse"), 118},
                         {QStringLiteral("consciousness"), QStringLiteral("V")},
                         {QStringLiteral("temperature"), 38.9}},
                        a.clock.now().addSecs(-1800))
                .ok());
    a.clock.advanceSeconds(3600);
    TransferOut t;
    t.destination = QStringLiteral("CHU Voisin");
    t.samuNumber = QStringLiteral("SAMU-75-0042");
    t.at = a.clock.now();
    REQUIRE(patients.transferOut(p.id, t).ok());
    // The same person registered on another laptop, confirmed as a duplicate.
    registerPatient(b, QStringLiteral("FOURNIER"), QStringLiteral("Elise"), QDate(1955, 6, 1));
    send(b, a, files.file(QStringLiteral("b.wpb")));
    auto conflicts = exchange::ConflictLog(*a.ws).list();
    REQUIRE(conflicts->size() == 1);
    REQUIRE(exchange::ConflictLog(*a.ws).resolve(conflicts->first().id, QStringLiteral("merged")).ok());

    const QString file = files.file(QStringLiteral("backentry.json"));
    auto bundle = fhir::BackEntryExporter(*a.ws).exportFhir(file);
    REQUIRE(bundle.ok());
    const QJsonObject& json = bundle->bundle;
    CHECK(json.value(QStringLiteral("type")).toString() == QStringLiteral("transaction"));

    const QJsonArray pats = entriesOf(json, QStringLiteral("Patient"));
    REQUIRE(pats.size() == 2);
    int links = 0;
    for (const auto& v : pats) {
        links += static_cast<int>(v.toObject().value(QStringLiteral("link")).toArray().size());
    }
    CHECK(links == 2); // replaced-by on one, replaces on the other

    const QJsonArray encounters = entriesOf(json, QStringLiteral("Encounter"));
    REQUIRE(encounters.size() == 1);
    const QJsonObject enc = encounters.first().toObject();
    CHECK(enc.value(QStringLiteral("status")).toString() == QStringLiteral("finished"));
    CHECK(enc.value(QStringLiteral("location")).toArray().size() == 2);
    CHECK(enc.value(QStringLiteral("hospitalization"))
              .toObject()
              .value(QStringLiteral("destination"))
              .toObject()
              .value(QStringLiteral("display"))
              .toString() == QStringLiteral("CHU Voisin"));

    const QJsonArray meds = entriesOf(json, QStringLiteral("MedicationAdministration"));
    REQUIRE(meds.size() == 1);
    CHECK(meds.first().toObject().value(QStringLiteral("status")).toString() == QStringLiteral("not-done"));
    CHECK(meds.first().toObject().contains(QStringLiteral("effectiveDateTime")));

    QStringList codes;
    for (const auto& o : entriesOf(json, QStringLiteral("Observation"))) {
        codes << o.toObject()
                     .value(QStringLiteral("code"))
                     .toObject()
                     .value(QStringLiteral("coding"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString();
    }
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("1104051000000101"), QStringLiteral("2708-6"),
                               QStringLiteral("67775-7"), QStringLiteral("8310-5"), QStringLiteral("85354-9"),
                               QStringLiteral("8867-4"), QStringLiteral("9279-1")});
    const QJsonArray provenance = entriesOf(json, QStringLiteral("Provenance"));
    CHECK(provenance.size() > 5);

    // The independent validator: a test that cannot run it fails (installers/debian/setup.sh installs it).
    const QString validator = QStringLiteral(WHITEPLAN_SOURCE_DIR) + QStringLiteral("/tests/fhir-validator");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    INFO("node or the FHIR validator is not installed: run installers/debian/setup.sh");
    REQUIRE_FALSE(node.isEmpty());
    REQUIRE(QDir(validator + QStringLiteral("/node_modules")).exists());
    QProcess run;
    run.start(node, {validator + QStringLiteral("/validate.js"), file});
    REQUIRE(run.waitForFinished(120000));
    INFO(QString::fromUtf8(run.readAllStandardError()).toStdString());
    CHECK(run.exitCode() == 0);
}
