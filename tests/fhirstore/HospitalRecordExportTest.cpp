#include "SnapshotFixture.h"

#include "../exchange/ExchangeFixture.h"
#include "entries/FormEntryService.h"
#include "fhir/BackEntryExporter.h"
#include "records/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace wp;
using namespace wp::test;
using namespace wp::fhirimport;

namespace {

int countOf(const QJsonObject& bundle, const QString& type)
{
    int n = 0;
    for (const auto& e : bundle.value(QStringLiteral("entry")).toArray()) {
        n += e.toObject()
                 .value(QStringLiteral("resource"))
                 .toObject()
                 .value(QStringLiteral("resourceType"))
                 .toString() == type;
    }
    return n;
}

QString hospitalRecords(Workspace& ws)
{
    // Kind, patient's IPP, occurrence and data of every hospital_* record: what must cross laptops.
    auto stmt = ws.db().prepare(QStringLiteral(
        "SELECT r.kind, p.ipp, r.occurred_at, r.data FROM record_version r JOIN patient p ON p.id = "
        "r.patient_id "
        "WHERE substr(r.kind, 1, 9) = 'hospital_' ORDER BY p.ipp, r.kind, r.occurred_at, r.data"));
    REQUIRE(stmt.ok());
    QStringList rows;
    while (true) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row) {
            break;
        }
        QString data = stmt->text(3);
        rows << QStringLiteral("%1|%2|%3|%4").arg(stmt->text(0), stmt->text(1), stmt->text(2), data);
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the back-entry export leaves out the imported hospital record", "[fhirstore][export]")
{
    ImportLaptop l;
    l.import(twoPatientSnapshot());
    auto before = fhir::BackEntryExporter(*l.ws).buildFhir();
    REQUIRE(before.ok());
    // The patients themselves still export (their downtime number is new); nothing imported does.
    CHECK(countOf(before->bundle, QStringLiteral("Patient")) == 2);
    CHECK(countOf(before->bundle, QStringLiteral("Observation")) == 0);
    const QString text = QString::fromUtf8(QJsonDocument(before->bundle).toJson());
    CHECK_FALSE(text.contains(QStringLiteral("Furosemide")));
    CHECK_FALSE(text.contains(QStringLiteral("hospital_")));

    // An observation recorded here during the downtime does export.
    auto martin = PatientService(*l.ws).findByIpp(QStringLiteral("100200"));
    REQUIRE(martin.ok());
    auto saved = FormEntryService(*l.ws, l.forms)
                     .save(QStringLiteral("observation"), martin->id,
                           {{QStringLiteral("resp_rate"), 18}, {QStringLiteral("pulse"), 80}}, l.clock.now());
    REQUIRE(saved.ok());
    auto after = fhir::BackEntryExporter(*l.ws).buildFhir();
    REQUIRE(after.ok());
    CHECK(countOf(after->bundle, QStringLiteral("Observation")) > 0);
    CHECK_FALSE(
        QString::fromUtf8(QJsonDocument(after->bundle).toJson()).contains(QStringLiteral("Furosemide")));
}

TEST_CASE("a bundle carries the imported hospital record to another laptop", "[fhirstore][exchange]")
{
    TwoLaptops two;
    clinical::FormRegistry forms;
    forms.reload();
    // After the snapshot (2026-12-03), as a laptop started during the downtime.
    two.a.clock.advanceSeconds(7 * 86400);
    two.b.clock.advanceSeconds(7 * 86400 + 300);
    auto report = FhirImporter(*two.a.ws, forms).importSnapshot(twoPatientSnapshot(), {});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    const QString onA = hospitalRecords(*two.a.ws);
    REQUIRE(onA.count(QLatin1Char('\n')) + 1 == 10); // 2 identifiers, 7 items, 1 vital signs mark
    send(two.a, two.b, two.files.file(QStringLiteral("a.wpb")));
    CHECK(hospitalRecords(*two.b.ws) == onA);
    // The second laptop knows it too: importing the same snapshot there writes nothing.
    auto again = FhirImporter(*two.b.ws, forms).importSnapshot(twoPatientSnapshot(), {});
    REQUIRE(again.ok());
    CHECK(again->patientsNew == 0);
    CHECK(again->itemsImported() == 0);
}
