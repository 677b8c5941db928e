#include "ExchangeFixture.h"

#include "audit/AuditLog.h"
#include "fhir/BackEntryExporter.h"
#include "fhir/FhirSettings.h"

#include <QJsonArray>

using namespace wp;
using namespace wp::test;

TEST_CASE("fhir: the IPP system must be an absolute URI", "[exchange][fhir]")
{
    const auto [uri, valid] = GENERATE(table<const char*, bool>({
        {"urn:oid:1.2.250.1.71.4.2.7", true},
        {"urn:whiteplan:ipp", true},
        {"  https://hospital.example/fhir/ipp  ", true},
        {"http://chu-nord.example/ipp", true},
        {"", false},
        {"ipp", false},
        {"urn:oid", false},
        {"urn:x:1", false}, // a namespace has at least two characters
        {"ftp://hospital.example/ipp", false},
        {"https://", false},
        {"https://hospital.example/ipp system", false},
        {"/relative/path", false},
    }));
    CAPTURE(uri);
    CHECK(fhir::FhirSettings::checkUri(QString::fromUtf8(uri)).isEmpty() == valid);
}

TEST_CASE("fhir: setting the IPP system is audited and used by the export", "[exchange][fhir]")
{
    TempDir dir;
    Laptop a(dir.path(), QStringLiteral("WA"));
    Patient p = registerPatient(a, QStringLiteral("Bonnet"), QStringLiteral("Léa"), QDate(1980, 1, 1));
    p.ipp = QStringLiteral("4455");
    REQUIRE(PatientService(*a.ws).updateIdentity(p, QStringLiteral("card")).ok());
    fhir::FhirSettings settings(*a.ws);
    CHECK(settings.ippSystem() == fhir::systems::defaultIpp());

    const Status refused = settings.setIppSystem(QStringLiteral("not a uri"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(settings.ippSystem() == fhir::systems::defaultIpp());

    const QString system = QStringLiteral("urn:oid:1.2.250.1.71.4.2.7");
    REQUIRE(settings.setIppSystem(QStringLiteral(" ") + system).ok());
    CHECK(settings.ippSystem() == system);
    auto audit = AuditLog(*a.ws).latest(1);
    REQUIRE(audit.ok());
    CHECK(audit->first().action == QStringLiteral("setting.change"));
    CHECK(audit->first().objectId == fhir::FhirSettings::ippSystemKey());
    CHECK(audit->first().detail.endsWith(system));

    auto bundle = fhir::BackEntryExporter(*a.ws).buildFhir();
    REQUIRE(bundle.ok());
    QStringList systems;
    for (const auto& e : bundle->bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        for (const auto& id : r.value(QStringLiteral("identifier")).toArray()) {
            systems << id.toObject().value(QStringLiteral("system")).toString();
        }
    }
    CHECK(systems.contains(system));
    CHECK_FALSE(systems.contains(fhir::systems::defaultIpp()));

    // Only an administrator may change it.
    loginAs(*a.ws, QStringLiteral("nina"), Role::Nurse);
    const Status forbidden = settings.setIppSystem(QStringLiteral("urn:oid:1.2.3"));
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == Error::Code::PermissionDenied);
    CHECK(settings.ippSystem() == system);
}
