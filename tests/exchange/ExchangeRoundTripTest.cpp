#include "ExchangeFixture.h"

#include "audit/AuditLog.h"
#include "exchange/ConflictLog.h"
#include "records/RecordStore.h"

using namespace wp;
using namespace wp::test;

TEST_CASE("a bundle carries patients, movements and records to another laptop and back", "[exchange]")
{
    TempDir dirA;
    TempDir dirB;
    TempDir files;
    Laptop a(dirA.path(), QStringLiteral("WA"));
    Laptop b(dirB.path(), QStringLiteral("WB"), 1);

    const Patient jeanne =
        registerPatient(a, QStringLiteral("Dupont"), QStringLiteral("Jeanne"), QDate(1950, 3, 2));
    REQUIRE(PatientService(*a.ws)
                .admit(jeanne.id, QStringLiteral("MED"), QStringLiteral("2"), a.clock.now())
                .ok());
    a.clock.advanceSeconds(600);
    REQUIRE(RecordStore(*a.ws)
                .create(QStringLiteral("observation"), jeanne.id,
                        {{QStringLiteral("pulse"), 88}, {QStringLiteral("resp_rate"), 18}})
                .ok());

    const auto first = send(a, b, files.file(QStringLiteral("a-to-b.wpb")));
    CHECK(first.newRecords == 3);
    CHECK(first.conflicts == 0);
    auto atB = PatientService(*b.ws).find(jeanne.id);
    REQUIRE(atB.ok());
    CHECK(atB->status == QStringLiteral("admitted"));
    CHECK(atB->bedLabel == QStringLiteral("2"));
    CHECK(atB->downtimeNumber == jeanne.downtimeNumber);
    CHECK(RecordStore(*b.ws).latestForPatient(jeanne.id, QStringLiteral("observation"))->size() == 1);

    // B moves her; the bundle back brings the move to A.
    b.clock.advanceSeconds(3600);
    REQUIRE(PatientService(*b.ws)
                .move(jeanne.id, QStringLiteral("SURG"), QStringLiteral("A"), b.clock.now())
                .ok());
    const auto back = send(b, a, files.file(QStringLiteral("b-to-a.wpb")));
    CHECK(back.newRecords == 1);
    CHECK(PatientService(*a.ws).find(jeanne.id)->bedLabel == QStringLiteral("A"));
    // The search index follows the merged state (name, number and new bed).
    auto byName = PatientService(*b.ws).search(QStringLiteral("dupont"));
    REQUIRE(byName.ok());
    CHECK(byName->size() == 1);
    auto byBed = PatientService(*a.ws).search(QStringLiteral("SURG A"));
    REQUIRE(byBed.ok());
    CHECK(byBed->size() == 1);
    auto oldBed = PatientService(*a.ws).search(QStringLiteral("MED 2"));
    REQUIRE(oldBed.ok());
    CHECK(oldBed->isEmpty());
    send(a, b, files.file(QStringLiteral("a-to-b-2.wpb")));
    CHECK(a.dump() == b.dump());

    // One audit entry per import, none of the sender's copied.
    auto entries = AuditLog(*b.ws).latest(1000);
    REQUIRE(entries.ok());
    int imports = 0;
    for (const auto& e : *entries) {
        CHECK(e.device == QStringLiteral("WB"));
        imports += e.action == QStringLiteral("exchange.import") ? 1 : 0;
    }
    CHECK(imports == 2);
    CHECK(AuditLog(*b.ws).verify()->ok());
}

TEST_CASE_METHOD(TwoLaptops, "importing the same bundle twice changes nothing more", "[exchange]")
{
    const Patient p = registerPatient(a, QStringLiteral("Martin"), QStringLiteral("Luc"), QDate(1970, 1, 1),
                                      QStringLiteral("M"));
    REQUIRE(
        PatientService(*a.ws).admit(p.id, QStringLiteral("MED"), QStringLiteral("1"), a.clock.now()).ok());
    const QString file = files.file(QStringLiteral("bundle.wpb"));
    send(a, b, file);
    const QString once = b.dump();
    auto again = exchange::ExchangeImporter(*b.ws).importFile(file, testPassphrase());
    REQUIRE(again.ok());
    CHECK(again->newRecords == 0);
    CHECK(b.dump() == once);
}

TEST_CASE_METHOD(TwoLaptops, "a bundle for a given laptop carries only what it has not had yet", "[exchange]")
{
    const Patient p = registerPatient(a, QStringLiteral("Petit"), QStringLiteral("Léa"), QDate(2001, 5, 6));
    CHECK(send(a, b, files.file(QStringLiteral("1.wpb")), true).records == 1);
    REQUIRE(
        PatientService(*a.ws).admit(p.id, QStringLiteral("MED"), QStringLiteral("3"), a.clock.now()).ok());
    const auto second = send(a, b, files.file(QStringLiteral("2.wpb")), true);
    CHECK(second.records == 1);
    CHECK(second.newRecords == 1);
    CHECK(send(a, b, files.file(QStringLiteral("3.wpb")), true).records == 0);
    CHECK(PatientService(*b.ws).find(p.id)->bedLabel == QStringLiteral("3"));
}

TEST_CASE_METHOD(TwoLaptops, "a preview shows what would be merged and writes nothing", "[exchange]")
{
    registerPatient(a, QStringLiteral("Roux"), QStringLiteral("Yves"), QDate(1980, 2, 2),
                    QStringLiteral("M"));
    const QString file = files.file(QStringLiteral("bundle.wpb"));
    REQUIRE(exchange::ExchangeExporter(*a.ws).exportTo(file, testPassphrase(), fastOptions()).ok());
    const QString before = b.dump();
    auto preview = exchange::ExchangeImporter(*b.ws).preview(file, testPassphrase());
    REQUIRE(preview.ok());
    CHECK(preview->preview);
    CHECK(preview->newRecords == 1);
    CHECK(b.dump() == before);
}

TEST_CASE_METHOD(TwoLaptops,
                 "two laptops admitting one patient to different beds: the later wins and it is listed",
                 "[exchange]")
{
    const Patient p = registerPatient(a, QStringLiteral("Moreau"), QStringLiteral("Inès"), QDate(1990, 7, 7));
    send(a, b, files.file(QStringLiteral("0.wpb")));
    REQUIRE(
        PatientService(*a.ws).admit(p.id, QStringLiteral("MED"), QStringLiteral("1"), a.clock.now()).ok());
    b.clock.advanceSeconds(60);
    REQUIRE(
        PatientService(*b.ws).admit(p.id, QStringLiteral("MED"), QStringLiteral("2"), b.clock.now()).ok());
    // Someone else took bed 2 on A meanwhile.
    const Patient q = registerPatient(a, QStringLiteral("Girard"), QStringLiteral("Noël"), QDate(1940, 1, 9),
                                      QStringLiteral("M"));
    a.clock.advanceSeconds(30);
    REQUIRE(
        PatientService(*a.ws).admit(q.id, QStringLiteral("MED"), QStringLiteral("2"), a.clock.now()).ok());

    send(a, b, files.file(QStringLiteral("1.wpb")));
    send(b, a, files.file(QStringLiteral("2.wpb")));
    CHECK(a.dump() == b.dump());
    auto atA = PatientService(*a.ws).find(p.id);
    auto other = PatientService(*a.ws).find(q.id);
    // The later admission (B's, bed 2) wins, but Noël claimed bed 2 first: Inès stays unplaced.
    CHECK(atA->status == QStringLiteral("admitted"));
    CHECK(atA->wardCode == QStringLiteral("MED"));
    CHECK(atA->bedLabel.isEmpty());
    CHECK(other->bedLabel == QStringLiteral("2"));
    auto conflicts = exchange::ConflictLog(*a.ws).list();
    REQUIRE(conflicts.ok());
    QStringList kinds;
    for (const auto& c : *conflicts) {
        kinds << c.kind;
    }
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("bed_clash"), QStringLiteral("double_admission")});
    REQUIRE(exchange::ConflictLog(*a.ws).resolve(conflicts->first().id, QStringLiteral("confirmed")).ok());
    CHECK(exchange::ConflictLog(*a.ws).list()->size() == 1);
}

TEST_CASE_METHOD(TwoLaptops, "identity forks and cross-laptop duplicates are listed, never merged",
                 "[exchange]")
{
    Patient p = registerPatient(a, QStringLiteral("Leroy"), QStringLiteral("Marie"), QDate(1960, 4, 4));
    send(a, b, files.file(QStringLiteral("0.wpb")));
    Patient onA = p;
    onA.usedName = QStringLiteral("Durand");
    REQUIRE(PatientService(*a.ws).updateIdentity(onA, QStringLiteral("married name")).ok());
    Patient onB = p;
    onB.ipp = QStringLiteral("123456");
    b.clock.advanceSeconds(5);
    REQUIRE(PatientService(*b.ws).updateIdentity(onB, QStringLiteral("IPP found")).ok());
    // The same person registered again on B.
    registerPatient(b, QStringLiteral("LEROY"), QStringLiteral("Marie Anne"), QDate(1960, 4, 4));

    send(a, b, files.file(QStringLiteral("1.wpb")));
    send(b, a, files.file(QStringLiteral("2.wpb")));
    CHECK(a.dump() == b.dump());
    CHECK(PatientService(*a.ws).find(p.id)->ipp == QStringLiteral("123456")); // B wrote last
    auto conflicts = exchange::ConflictLog(*a.ws).list();
    QStringList kinds;
    for (const auto& c : *conflicts) {
        kinds << c.kind;
    }
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("duplicate_patient"), QStringLiteral("identity_fork")});
    CHECK(PatientService(*a.ws).count() == 2);
}
