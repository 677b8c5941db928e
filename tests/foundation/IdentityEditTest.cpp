#include "NurseOnWard.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

using namespace wp;
using wp::test::person;

namespace {

int auditCount(Workspace& ws, const QString& action, const QString& objectId)
{
    auto entries = AuditLog(ws).latest(1000);
    REQUIRE(entries.ok());
    int n = 0;
    for (const auto& e : *entries) {
        n += e.action == action && e.objectId == objectId ? 1 : 0;
    }
    return n;
}

/// A nurse logged in on a fresh data directory.
} // namespace

TEST_CASE_METHOD(test::NurseOnWard,
                 "Correcting an identity keeps every earlier version readable, with who, when and why")
{
    auto registered = patients.registerPatient(
        person(QStringLiteral("Lefevbre"), QStringLiteral("Elise"), QDate(1950, 3, 2), QStringLiteral("F")));
    REQUIRE(registered.ok());
    REQUIRE(patients.admit(registered->id, QStringLiteral("MED"), QStringLiteral("3"), clock.now()).ok());

    clock.advanceSeconds(30 * 60);
    Patient corrected = *registered;
    corrected.birthName = QStringLiteral("Lefèvre");
    corrected.firstNames = QStringLiteral("Élise Marie");
    corrected.ipp = QStringLiteral("80012345");
    corrected.ins = QStringLiteral("250037511501262");
    corrected.identityStatus = QStringLiteral("validated");
    auto saved = patients.updateIdentity(corrected, QStringLiteral("Identity card seen"));
    INFO(saved.errorMessage().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->birthName == QStringLiteral("Lefèvre"));
    // Where the patient is does not change with their identity.
    CHECK(saved->status == QStringLiteral("admitted"));
    CHECK(saved->bedLabel == QStringLiteral("3"));
    CHECK(saved->downtimeNumber == registered->downtimeNumber);

    auto now = patients.find(registered->id);
    REQUIRE(now.ok());
    CHECK(now->birthName == QStringLiteral("Lefèvre"));
    CHECK(now->ipp == QStringLiteral("80012345"));
    CHECK(patients.findByNumber(QStringLiteral("80012345"))->id == registered->id);
    // The search index follows the new name; the old spelling no longer finds her.
    CHECK(patients.search(QStringLiteral("lefevre elise"))->size() == 1);
    CHECK(patients.search(QStringLiteral("lefevbre"))->isEmpty());

    auto history = patients.identityHistory(registered->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).identity.birthName == QStringLiteral("Lefevbre"));
    CHECK(history->at(0).identity.ipp.isEmpty());
    CHECK(history->at(0).reason.isEmpty());
    CHECK(history->at(0).version == 1);
    CHECK(history->at(1).identity.birthName == QStringLiteral("Lefèvre"));
    CHECK(history->at(1).identity.identityStatus == QStringLiteral("validated"));
    CHECK(history->at(1).reason == QStringLiteral("Identity card seen"));
    CHECK(history->at(1).recordedBy == QStringLiteral("nina"));
    CHECK(history->at(1).recordedAt == clock.now());
    CHECK(auditCount(*ws, QStringLiteral("record.amend"), registered->id) == 1);

    // A second correction is a third version; the first two stay.
    Patient again = *saved;
    again.usedName = QStringLiteral("Martin");
    REQUIRE(patients.updateIdentity(again, QStringLiteral("Married name given by her daughter")).ok());
    history = patients.identityHistory(registered->id);
    REQUIRE(history.ok());
    CHECK(history->size() == 3);
    CHECK(auditCount(*ws, QStringLiteral("record.amend"), registered->id) == 2);
}

TEST_CASE_METHOD(test::NurseOnWard,
                 "An identity correction is checked like a registration and needs a reason")
{
    auto p = patients.registerPatient(
        person(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1980, 1, 1), QStringLiteral("M")));
    REQUIRE(p.ok());

    Patient changed = *p;
    changed.birthName = QStringLiteral("Martinez");
    auto noReason = patients.updateIdentity(changed, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == Error::Code::InvalidInput);

    Patient unchanged = *p;
    auto same = patients.updateIdentity(unchanged, QStringLiteral("checked"));
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().code == Error::Code::InvalidInput);

    Patient badInsKey = *p;
    badInsKey.ins = QStringLiteral("180017511501266"); // key does not match
    auto refusedIns = patients.updateIdentity(badInsKey, QStringLiteral("INS from the card"));
    REQUIRE_FALSE(refusedIns.ok());
    CHECK(refusedIns.error().code == Error::Code::InvalidInput);

    Patient future = *p;
    future.birthDate = clock.now().date().addDays(3);
    REQUIRE_FALSE(patients.updateIdentity(future, QStringLiteral("typo")).ok());

    Patient noName = *p;
    noName.birthName.clear();
    REQUIRE_FALSE(patients.updateIdentity(noName, QStringLiteral("typo")).ok());

    // Nothing refused was written.
    auto history = patients.identityHistory(p->id);
    REQUIRE(history.ok());
    CHECK(history->size() == 1);
    CHECK(patients.find(p->id)->birthName == QStringLiteral("Martin"));

    // An IPP another patient holds is refused with that reason.
    Patient other =
        person(QStringLiteral("Petit"), QStringLiteral("Luc"), QDate(1990, 7, 8), QStringLiteral("M"));
    other.ipp = QStringLiteral("80099999");
    REQUIRE(patients.registerPatient(other).ok());
    Patient clash = *p;
    clash.ipp = QStringLiteral("80099999");
    auto conflict = patients.updateIdentity(clash, QStringLiteral("IPP from the label"));
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK(patients.identityHistory(p->id)->size() == 1);
}

TEST_CASE_METHOD(test::NurseOnWard, "Only nurses, doctors and administrators correct an identity")
{
    auto p = patients.registerPatient(
        person(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1980, 1, 1), QStringLiteral("M")));
    REQUIRE(p.ok());
    Patient changed = *p;
    changed.firstNames = QStringLiteral("Pierre");

    test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
    auto refused = patients.updateIdentity(changed, QStringLiteral("typo"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(patients.identityHistory(p->id)->size() == 1);

    test::loginAs(*ws, QStringLiteral("doc"), Role::Doctor);
    REQUIRE(patients.updateIdentity(changed, QStringLiteral("typo")).ok());
    CHECK(patients.find(p->id)->firstNames == QStringLiteral("Pierre"));
}

TEST_CASE_METHOD(test::NurseOnWard,
                 "A corrected identity that looks like another patient is reported, never the patient itself")
{
    auto jeanne = patients.registerPatient(
        person(QStringLiteral("Dupont"), QStringLiteral("Jeanne"), QDate(1940, 5, 6), QStringLiteral("F")));
    REQUIRE(jeanne.ok());
    auto typo = patients.registerPatient(
        person(QStringLiteral("Dupond"), QStringLiteral("Jeanne"), QDate(1940, 5, 6), QStringLiteral("F")));
    REQUIRE(typo.ok());

    // As typed at registration, Dupond is not Dupont (different names): no match.
    auto before = patients.possibleDuplicates(*typo, typo->id);
    REQUIRE(before.ok());
    CHECK(before->isEmpty());

    // Corrected to Dupont, it looks like Jeanne Dupont, and only her.
    Patient corrected = *typo;
    corrected.birthName = QStringLiteral("DUPONT");
    auto after = patients.possibleDuplicates(corrected, typo->id);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->first().patient.id == jeanne->id);
    CHECK_FALSE(after->first().match.reasons.isEmpty());
    // An edit that keeps the name (an IPP added) would otherwise find the patient itself.
    Patient ippAdded = *jeanne;
    ippAdded.ipp = QStringLiteral("80011111");
    CHECK(patients.possibleDuplicates(ippAdded)->size() == 1);
    CHECK(patients.possibleDuplicates(ippAdded, jeanne->id)->isEmpty());
    // Another birth date is not a duplicate.
    corrected.birthDate = QDate(1941, 5, 6);
    CHECK(patients.possibleDuplicates(corrected, typo->id)->isEmpty());
}
