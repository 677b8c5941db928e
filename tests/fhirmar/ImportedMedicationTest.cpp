#include "../fhirstore/SnapshotFixture.h"

#include "medication/ImportedMedicationService.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "ward/WardBoardService.h"

using namespace wp;
using namespace wp::test;
using namespace wp::fhirimport;

namespace {

/// The two-patient hospital record plus a second treatment for Martin whose dose the
/// prescription form cannot take as it is ("1 puff"), so the doctor has to write it.
Snapshot twoMedications()
{
    Snapshot s = twoPatientSnapshot();
    s.items << item(QStringLiteral("p1"), QStringLiteral("medication"), QStringLiteral("MedicationRequest"),
                    QStringLiteral("m2"),
                    {{QStringLiteral("drug"), QStringLiteral("Salbutamol")},
                     {QStringLiteral("dose"), QStringLiteral("1 puff")},
                     {QStringLiteral("route"), QStringLiteral("inhaled")},
                     {QStringLiteral("frequency"), QStringLiteral("4 times a day")},
                     {QStringLiteral("dosageText"), QString()},
                     {QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("source"), QStringLiteral("MedicationRequest")}});
    return s;
}

struct MarLaptop : ImportLaptop
{
    FormEntryService entries{*ws, forms};
    ImportedMedicationService meds{*ws, entries};
    QString martin;

    explicit MarLaptop(const Snapshot& s = twoPatientSnapshot())
    {
        import(s);
        auto p = PatientService(*ws).findByIpp(QStringLiteral("100200"));
        REQUIRE(p.ok());
        martin = p->id;
    }

    QList<ImportedMedicationLine> pending()
    {
        auto l = meds.toConfirm(martin);
        REQUIRE(l.ok());
        return *l;
    }

    QList<FormEntry> prescriptions()
    {
        auto l = entries.entries(martin, QStringLiteral("prescription"));
        REQUIRE(l.ok());
        return *l;
    }
};

const QJsonObject schedule{{QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                           {QStringLiteral("times"), QStringLiteral("08:00")}};

} // namespace

TEST_CASE("an imported medication is a line to confirm, with the hospital record's date", "[fhirmar]")
{
    MarLaptop l;
    const auto pending = l.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].drug == QStringLiteral("Furosemide 40 mg"));
    CHECK(pending[0].dose == QStringLiteral("40 mg"));
    CHECK_FALSE(pending[0].confirmed);
    CHECK(pending[0].snapshotAt.isValid());
    CHECK(ImportedMedicationService::asOfText(pending[0].snapshotAt, l.clock.now())
              .contains(QStringLiteral("old")));
    // Nothing is scheduled from it: no prescription line, no dose due.
    CHECK(l.prescriptions().isEmpty());

    const auto proposal = l.meds.proposedPrescription(pending[0]);
    CHECK(proposal.value(QStringLiteral("dose")).toDouble() == 40.0);
    CHECK(proposal.value(QStringLiteral("dose_unit")).toString() == QStringLiteral("mg"));
    CHECK(proposal.value(QStringLiteral("route")).toString() == QStringLiteral("oral"));
    CHECK(proposal.value(QStringLiteral("comment")).toString().contains(QStringLiteral("once a day")));
}

TEST_CASE("asOfText says the snapshot's age in days", "[fhirmar]")
{
    const QDateTime snap = QDateTime::fromString(QStringLiteral("2026-12-03T06:00:00"), Qt::ISODate);
    const QString t = ImportedMedicationService::asOfText(snap, snap.addDays(3).addSecs(3600));
    CHECK(t.contains(QStringLiteral("03/12 06:00")));
    CHECK(t.contains(QStringLiteral("3 day(s) old")));
    CHECK(ImportedMedicationService::asOfText(snap, snap.addSecs(60)).contains(QStringLiteral("today")));
    CHECK(ImportedMedicationService::asOfText({}, snap).contains(QStringLiteral("unknown")));
}

TEST_CASE("only a doctor confirms an imported medication", "[fhirmar]")
{
    MarLaptop l;
    loginAs(*l.ws, QStringLiteral("nina"), Role::Nurse);
    const QString id = l.pending()[0].record.recordId;
    auto refused = l.meds.confirm(id, schedule);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(l.prescriptions().isEmpty());
    CHECK(l.pending().size() == 1);
    CHECK_FALSE(l.meds.confirmAll(l.martin, schedule).ok());
}

TEST_CASE("confirming writes a prescription line that schedules doses, and marks the import confirmed",
          "[fhirmar]")
{
    MarLaptop l;
    loginAs(*l.ws, QStringLiteral("drhouse"), Role::Doctor);
    const QString id = l.pending()[0].record.recordId;

    // The hospital record gives no times: the doctor must set the schedule, and nothing is written until
    // then.
    auto incomplete = l.meds.confirm(id);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(l.prescriptions().isEmpty());
    CHECK(l.pending().size() == 1);

    auto confirmed = l.meds.confirm(id, schedule);
    INFO(confirmed.errorMessage().toStdString());
    REQUIRE(confirmed.ok());
    CHECK(confirmed->values().value(QStringLiteral("drug")).toString() == QStringLiteral("Furosemide 40 mg"));
    CHECK(confirmed->values().value(QStringLiteral("route")).toString() == QStringLiteral("oral"));
    CHECK(l.pending().isEmpty());
    const auto prescriptions = l.prescriptions();
    REQUIRE(prescriptions.size() == 1);

    auto record = RecordStore(*l.ws).latest(id);
    REQUIRE(record.ok());
    CHECK(record->version == 2);
    CHECK(record->data.value(QStringLiteral("confirmation")).toString() == QStringLiteral("confirmed"));
    CHECK(record->data.value(QStringLiteral("prescriptionLine")).toString() == confirmed->record.recordId);
    CHECK(record->data.value(QStringLiteral("confirmedBy")).toString() == QStringLiteral("drhouse"));
    auto lines = l.meds.lines(l.martin);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);
    CHECK(lines->at(0).confirmed);

    // Behaves like a prescription written here: tomorrow's 08:00 dose is due.
    const auto next = WardBoardService::nextDose(prescriptions, {}, l.clock.now());
    REQUIRE(next.has_value());
    CHECK(next->prescriptionId == confirmed->record.recordId);

    auto again = l.meds.confirm(id, schedule);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(l.prescriptions().size() == 1);
}

TEST_CASE("a confirmation whose mark cannot be written leaves no prescription behind", "[fhirmar]")
{
    MarLaptop l;
    loginAs(*l.ws, QStringLiteral("drhouse"), Role::Doctor);
    const QString id = l.pending()[0].record.recordId;
    // The second write of the confirmation (version 2 of the imported line) fails, as a full
    // disk or a crash between the two writes would make it.
    REQUIRE(l.ws->db()
                .exec(QStringLiteral("CREATE TEMP TRIGGER refuse_mark BEFORE INSERT ON record_version "
                                     "WHEN NEW.record_id = '%1' AND NEW.version = 2 "
                                     "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                          .arg(id))
                .ok());
    auto failed = l.meds.confirm(id, schedule);
    REQUIRE_FALSE(failed.ok());
    CHECK(l.prescriptions().isEmpty());
    CHECK(l.pending().size() == 1);

    REQUIRE(l.ws->db().exec(QStringLiteral("DROP TRIGGER temp.refuse_mark")).ok());
    auto confirmed = l.meds.confirm(id, schedule);
    INFO(confirmed.errorMessage().toStdString());
    REQUIRE(confirmed.ok());
    CHECK(l.prescriptions().size() == 1);
    CHECK(l.pending().isEmpty());
}

TEST_CASE("review and confirm all stops at a line the form refuses, keeping the ones done", "[fhirmar]")
{
    MarLaptop l(twoMedications());
    loginAs(*l.ws, QStringLiteral("drhouse"), Role::Doctor);
    REQUIRE(l.pending().size() == 2);
    // "1 puff" has no dose the form takes: the doctor is told which drug.
    auto partial = l.meds.confirmAll(l.martin, schedule);
    REQUIRE_FALSE(partial.ok());
    CHECK(partial.errorMessage().contains(QStringLiteral("Salbutamol")));
    CHECK(l.pending().size() == 1);
    CHECK(l.prescriptions().size() == 1);

    QJsonObject withDose = schedule;
    withDose.insert(QStringLiteral("dose"), 100);
    withDose.insert(QStringLiteral("dose_unit"), QStringLiteral("ug"));
    auto rest = l.meds.confirmAll(l.martin, withDose);
    INFO(rest.errorMessage().toStdString());
    REQUIRE(rest.ok());
    CHECK(*rest == 1);
    CHECK(l.pending().isEmpty());
    CHECK(l.prescriptions().size() == 2);
}

TEST_CASE("a dose against an unconfirmed line needs a reason, kept with the dose", "[fhirmar]")
{
    MarLaptop l;
    loginAs(*l.ws, QStringLiteral("nina"), Role::Nurse);
    const QString id = l.pending()[0].record.recordId;
    const QDateTime at = l.clock.now();

    auto noReason = l.meds.recordUnconfirmedDose(id, QStringLiteral("given"), at, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == Error::Code::InvalidInput);
    auto none = l.entries.entries(l.martin, QStringLiteral("medication_administration"));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    auto given = l.meds.recordUnconfirmedDose(id, QStringLiteral("given"), at,
                                              QStringLiteral("Patient's own supply, doctor called"));
    INFO(given.errorMessage().toStdString());
    REQUIRE(given.ok());
    CHECK(given->values().value(QStringLiteral("prescription_line")).toString() == id);
    CHECK(given->values()
              .value(QStringLiteral("comment"))
              .toString()
              .contains(QStringLiteral("Patient's own supply, doctor called")));
    CHECK(l.pending().size() == 1); // giving a dose confirms nothing

    auto held = l.meds.recordUnconfirmedDose(id, QStringLiteral("held"), at, QStringLiteral("BP 85/50"));
    REQUIRE(held.ok());
    CHECK(held->values().value(QStringLiteral("reason")).toString() == QStringLiteral("BP 85/50"));
}
