#include "ward/WardBoardService.h"
#include "NurseOnWard.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "patients/PatientService.h"

#include <catch2/catch.hpp>

using namespace wp;

namespace {

Patient someone(const QString& name)
{
    Patient p;
    p.birthName = name;
    p.firstNames = QStringLiteral("Anne");
    p.birthDate = QDate(1950, 1, 2);
    p.sex = QStringLiteral("F");
    return p;
}

QJsonObject normalObservation()
{
    return {{QStringLiteral("resp_rate"), 16},
            {QStringLiteral("spo2"), 97},
            {QStringLiteral("spo2_scale"), QStringLiteral("1")},
            {QStringLiteral("oxygen"), QStringLiteral("air")},
            {QStringLiteral("systolic_bp"), 130},
            {QStringLiteral("pulse"), 70},
            {QStringLiteral("consciousness"), QStringLiteral("A")},
            {QStringLiteral("temperature"), 37.0}};
}

FormEntry entryWith(const QString& recordId, const QJsonObject& values)
{
    FormEntry e;
    e.record.recordId = recordId;
    e.record.data = values;
    return e;
}

} // namespace

TEST_CASE("Schedule times are read from the prescription's times field")
{
    QJsonObject p{{QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                  {QStringLiteral("times"), QStringLiteral("20:00, 08:00 14h")}};
    CHECK(WardBoardService::scheduleTimes(p) == QList<QTime>{QTime(8, 0), QTime(14, 0), QTime(20, 0)});
    p[QStringLiteral("times")] = QStringLiteral("8h30;12:00");
    CHECK(WardBoardService::scheduleTimes(p) == QList<QTime>{QTime(8, 30), QTime(12, 0)});
    p[QStringLiteral("times")] = QStringLiteral("morning");
    CHECK(WardBoardService::scheduleTimes(p).isEmpty());
    p[QStringLiteral("schedule_type")] = QStringLiteral("as_needed");
    p[QStringLiteral("times")] = QStringLiteral("08:00");
    CHECK(WardBoardService::scheduleTimes(p).isEmpty());
}

TEST_CASE("A scheduled dose is overdue an hour after its time unless an administration names it")
{
    const QJsonObject prescription{{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
                                   {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                                   {QStringLiteral("times"), QStringLiteral("08:00 14:00 20:00")},
                                   {QStringLiteral("start"), QStringLiteral("2026-11-27T12:00")}};
    const QList<FormEntry> lines{entryWith(QStringLiteral("rx1"), prescription)};
    const QDateTime now(QDate(2026, 11, 28), QTime(15, 30));

    // Since the start (27th 12:00, within 24 h of now): 27th 14:00 is older than 24 h and
    // ignored; 27th 20:00, 28th 08:00 and 28th 14:00 are due and past the hour of grace.
    auto overdue = WardBoardService::overdueDoses(lines, {}, now);
    REQUIRE(overdue.size() == 3);
    CHECK(overdue[0].dueAt == QDateTime(QDate(2026, 11, 27), QTime(20, 0)));
    CHECK(overdue[2].dueAt == QDateTime(QDate(2026, 11, 28), QTime(14, 0)));
    CHECK(overdue[0].drug == QStringLiteral("Paracétamol"));

    // Given, held or refused: all count as recorded.
    const QList<FormEntry> given{
        entryWith(QStringLiteral("a1"),
                  {{QStringLiteral("prescription_line"), QStringLiteral("rx1")},
                   {QStringLiteral("scheduled_for"), QStringLiteral("2026-11-27T20:00")},
                   {QStringLiteral("status"), QStringLiteral("given")}}),
        entryWith(QStringLiteral("a2"),
                  {{QStringLiteral("prescription_line"), QStringLiteral("rx1")},
                   {QStringLiteral("scheduled_for"), QStringLiteral("2026-11-28T08:00")},
                   {QStringLiteral("status"), QStringLiteral("refused")}}),
        // Another line's dose at the same time does not count.
        entryWith(QStringLiteral("a3"),
                  {{QStringLiteral("prescription_line"), QStringLiteral("rx2")},
                   {QStringLiteral("scheduled_for"), QStringLiteral("2026-11-28T14:00")},
                   {QStringLiteral("status"), QStringLiteral("given")}})};
    overdue = WardBoardService::overdueDoses(lines, given, now);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].dueAt == QDateTime(QDate(2026, 11, 28), QTime(14, 0)));

    // Within the hour of grace: not yet overdue.
    overdue = WardBoardService::overdueDoses(lines, given, QDateTime(QDate(2026, 11, 28), QTime(14, 59)));
    CHECK(overdue.isEmpty());

    // A line that ended is not due any more.
    QJsonObject stopped = prescription;
    stopped[QStringLiteral("end")] = QStringLiteral("2026-11-28T10:00");
    overdue = WardBoardService::overdueDoses({entryWith(QStringLiteral("rx1"), stopped)}, given, now);
    CHECK(overdue.isEmpty());
}

TEST_CASE("Observations are overdue after the NEWS2 monitoring interval")
{
    WardBoardRow row;
    row.patient = someone(QStringLiteral("Durand"));
    const QDateTime taken(QDate(2026, 11, 28), QTime(8, 0));
    WardBoardService::applyLatestObservation(row, nullptr, taken);
    CHECK(row.observationsOverdue); // none at all: due now

    FormEntry e = entryWith(QStringLiteral("o1"), normalObservation());
    e.record.occurredAt = taken;
    WardBoardService::applyLatestObservation(row, &e, taken.addSecs(3600));
    REQUIRE(row.news2Total == 0);
    CHECK(row.news2Risk == clinical::News2Risk::Low);
    CHECK(row.observationsDueAt == taken.addSecs(12 * 3600)); // score 0: 12-hourly
    CHECK_FALSE(row.observationsOverdue);
    WardBoardService::applyLatestObservation(row, &e, taken.addSecs(12 * 3600 + 60));
    CHECK(row.observationsOverdue);

    // Score 1 to 4: every 4 hours (the stricter end of 4-6 hourly).
    e.record.data[QStringLiteral("pulse")] = 95; // pulse 91-110 scores 1
    WardBoardService::applyLatestObservation(row, &e, taken.addSecs(4 * 3600 + 60));
    CHECK(row.news2Total == 1);
    CHECK(row.observationsOverdue);

    // Incomplete set: no due time to trust, so it is flagged.
    e.record.data.remove(QStringLiteral("pulse"));
    WardBoardService::applyLatestObservation(row, &e, taken.addSecs(60));
    CHECK_FALSE(row.news2Total.has_value());
    CHECK(row.news2Risk == clinical::News2Risk::Incomplete);
    CHECK(row.observationsOverdue);
}

TEST_CASE("A dose recorded within the hour around its due time counts for it, whatever \"due at\" says")
{
    const QJsonObject prescription{{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
                                   {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                                   {QStringLiteral("times"), QStringLiteral("06:00 22:00")},
                                   {QStringLiteral("start"), QStringLiteral("2026-11-27T12:00")}};
    const QList<FormEntry> lines{entryWith(QStringLiteral("rx1"), prescription)};
    const QDateTime now(QDate(2026, 11, 28), QTime(23, 30));
    const QDateTime ten(QDate(2026, 11, 28), QTime(22, 0));
    REQUIRE(WardBoardService::overdueDoses(lines, {}, now).size() == 2); // 06:00 and 22:00

    SECTION("due time written as the time given")
    {
        const QList<FormEntry> given{entryWith(
            QStringLiteral("a1"), {{QStringLiteral("prescription_line"), QStringLiteral("rx1")},
                                   {QStringLiteral("scheduled_for"), QStringLiteral("2026-11-28T21:57")},
                                   {QStringLiteral("status"), QStringLiteral("given")}})};
        const auto overdue = WardBoardService::overdueDoses(lines, given, now);
        REQUIRE(overdue.size() == 1);
        CHECK(overdue[0].dueAt == QDateTime(QDate(2026, 11, 28), QTime(6, 0)));
        CHECK(WardBoardService::doseRecordedBy(prescription, given[0].values()) == ten);
    }
    SECTION("no due time, only the time given")
    {
        const QList<FormEntry> given{entryWith(
            QStringLiteral("a1"), {{QStringLiteral("prescription_line"), QStringLiteral("rx1")},
                                   {QStringLiteral("administered_at"), QStringLiteral("2026-11-28T21:57")},
                                   {QStringLiteral("status"), QStringLiteral("given")}})};
        CHECK(WardBoardService::overdueDoses(lines, given, now).size() == 1);
        // Before 22:00 the dose given at 21:57 is not proposed as the next one either.
        const auto next =
            WardBoardService::nextDose(lines, given, QDateTime(QDate(2026, 11, 28), QTime(21, 58)));
        REQUIRE(next.has_value());
        CHECK(next->dueAt == QDateTime(QDate(2026, 11, 29), QTime(6, 0)));
    }
    SECTION("too far from any due time, or another line: counts for nothing")
    {
        const QList<FormEntry> given{
            entryWith(QStringLiteral("a1"),
                      {{QStringLiteral("prescription_line"), QStringLiteral("rx1")},
                       {QStringLiteral("administered_at"), QStringLiteral("2026-11-28T20:30")},
                       {QStringLiteral("status"), QStringLiteral("given")}}),
            entryWith(QStringLiteral("a2"),
                      {{QStringLiteral("prescription_line"), QStringLiteral("rx2")},
                       {QStringLiteral("scheduled_for"), QStringLiteral("2026-11-28T22:00")},
                       {QStringLiteral("status"), QStringLiteral("given")}})};
        CHECK(WardBoardService::overdueDoses(lines, given, now).size() == 2);
        CHECK_FALSE(WardBoardService::doseRecordedBy(prescription, given[0].values()).isValid());
    }
}

TEST_CASE("NEWS2 7 or more reads as continuous monitoring, overdue only when no set was charted for an hour")
{
    WardBoardRow row;
    row.patient = someone(QStringLiteral("Fournier"));
    const QDateTime taken(QDate(2026, 11, 28), QTime(21, 48));
    QJsonObject sick = normalObservation();
    sick[QStringLiteral("resp_rate")] = 26;     // 3
    sick[QStringLiteral("pulse")] = 135;        // 3
    sick[QStringLiteral("systolic_bp")] = 88;   // 3
    sick[QStringLiteral("temperature")] = 39.5; // 2
    FormEntry e = entryWith(QStringLiteral("o1"), sick);
    e.record.occurredAt = taken;
    WardBoardService::applyLatestObservation(row, &e, taken.addSecs(60));
    REQUIRE(row.news2Total == 11);
    CHECK(row.continuousMonitoring);
    CHECK_FALSE(row.observationsOverdue);
    WardBoardService::applyLatestObservation(row, &e, taken.addSecs(61 * 60));
    CHECK(row.continuousMonitoring);
    CHECK(row.observationsOverdue);

    // A calmer set afterwards: back to an interval.
    FormEntry calm = entryWith(QStringLiteral("o2"), normalObservation());
    calm.record.occurredAt = taken.addSecs(3600);
    WardBoardService::applyLatestObservation(row, &calm, taken.addSecs(3700));
    CHECK_FALSE(row.continuousMonitoring);
    CHECK_FALSE(row.observationsOverdue);
}

TEST_CASE_METHOD(test::NurseOnWard, "The board row counts running prescription lines and gives the next dose")
{
    auto a = patients.registerPatient(someone(QStringLiteral("Durand")));
    REQUIRE(a.ok());
    REQUIRE(patients.admit(a->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now()).ok());
    test::loginAs(*ws, QStringLiteral("dr.house"), Role::Doctor);
    FormEntryService entries(*ws, forms);
    const QTime in30 = clock.now().toLocalTime().time().addSecs(30 * 60);
    auto line = entries.save(QStringLiteral("prescription"), a->id,
                             {{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
                              {QStringLiteral("dose"), 1000},
                              {QStringLiteral("dose_unit"), QStringLiteral("mg")},
                              {QStringLiteral("route"), QStringLiteral("oral")},
                              {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                              {QStringLiteral("times"), in30.toString(QStringLiteral("HH:mm"))},
                              {QStringLiteral("start"), WardBoardService::formDateTimeText(clock.now())},
                              {QStringLiteral("prescriber"), QStringLiteral("Dr House")}});
    INFO(line.errorMessage().toStdString());
    REQUIRE(line.ok());
    auto row = WardBoardService(*ws, forms).row(*patients.find(a->id));
    REQUIRE(row.ok());
    CHECK(row->activePrescriptions == 1);
    CHECK(row->overdueDoses.isEmpty());
    REQUIRE(row->nextDose.has_value());
    CHECK(row->nextDose->drug == QStringLiteral("Paracétamol"));
    CHECK(row->nextDose->dueAt.time().toString(QStringLiteral("HH:mm")) ==
          in30.toString(QStringLiteral("HH:mm")));
}

TEST_CASE_METHOD(test::NurseOnWard,
                 "The ward board lists beds, occupants, latest NEWS2, allergies and planned transfers")
{
    FormEntryService entries(*ws, forms);
    WardBoardService board(*ws, forms);

    auto a = patients.registerPatient(someone(QStringLiteral("Durand")));
    REQUIRE(a.ok());
    REQUIRE(patients.admit(a->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now()).ok());
    REQUIRE(patients.setAllergies(a->id, QStringLiteral("Pénicilline")).ok());
    auto b = patients.registerPatient(someone(QStringLiteral("Petit")));
    REQUIRE(b.ok());
    REQUIRE(patients.admit(b->id, QStringLiteral("MED"), QStringLiteral("3"), clock.now()).ok());
    REQUIRE(patients.setAllergies(b->id, QStringLiteral("none")).ok());

    QJsonObject sick = normalObservation();
    sick[QStringLiteral("resp_rate")] = 26;   // 3
    sick[QStringLiteral("pulse")] = 115;      // 2
    sick[QStringLiteral("systolic_bp")] = 95; // 2
    auto saved = entries.save(QStringLiteral("observation"), a->id, sick, clock.now());
    INFO(saved.errorMessage().toStdString());
    REQUIRE(saved.ok());
    // An older set written later does not replace the newest one.
    REQUIRE(
        entries.save(QStringLiteral("observation"), a->id, normalObservation(), clock.now().addSecs(-7200))
            .ok());

    const QString departure = WardBoardService::formDateTimeText(clock.now().addSecs(3 * 3600));
    auto transfer = entries.save(QStringLiteral("transfer"), b->id,
                                 {{QStringLiteral("reason"), QStringLiteral("Réanimation")},
                                  {QStringLiteral("destination_hospital"), QStringLiteral("CHU Nord")},
                                  {QStringLiteral("samu_regulation_number"), QStringLiteral("2026-1234")},
                                  {QStringLiteral("transport"), QStringLiteral("smur")},
                                  {QStringLiteral("departure_at"), departure},
                                  {QStringLiteral("medical_summary"), QStringLiteral("Sepsis")},
                                  {QStringLiteral("allergies"), QStringLiteral("no known allergy")},
                                  {QStringLiteral("resistant_organisms"), QStringLiteral("none")},
                                  {QStringLiteral("blood_products"), false}});
    INFO(transfer.errorMessage().toStdString());
    REQUIRE(transfer.ok());

    clock.advanceSeconds(30 * 60);
    auto rows = board.board(QStringLiteral("MED"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK((*rows)[0].bedLabel == QStringLiteral("1"));
    CHECK_FALSE((*rows)[0].patient.has_value());
    CHECK_FALSE((*rows)[0].observationsOverdue);

    const auto& durand = (*rows)[1];
    REQUIRE(durand.patient.has_value());
    CHECK(durand.patient->id == a->id);
    CHECK(durand.hasAllergy());
    CHECK(durand.news2Total == 7);
    CHECK(durand.news2Risk == clinical::News2Risk::High);
    // 7+: continuous monitoring, which the board says, and not "overdue" 30 minutes after the set.
    CHECK(durand.continuousMonitoring);
    CHECK_FALSE(durand.observationsOverdue);

    const auto& petit = (*rows)[2];
    CHECK_FALSE(petit.hasAllergy());
    CHECK(petit.observationsOverdue); // never observed
    CHECK(petit.plannedTransferTo == QStringLiteral("CHU Nord"));
    CHECK(petit.plannedTransferSamu == QStringLiteral("2026-1234"));
    CHECK(petit.plannedTransferTransport == QStringLiteral("smur"));
    CHECK(WardBoardService::formDateTimeText(petit.plannedTransferAt) == departure);

    auto counters = board.counters(QStringLiteral("MED"));
    REQUIRE(counters.ok());
    CHECK(counters->beds == 4);
    CHECK(counters->occupied == 2);
    CHECK(counters->admissionsLast24h == 2);
    CHECK_FALSE(counters->admissionsLimited());
}

TEST_CASE("Only administrators set a ward's admissions limit, and it is audited")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    forms.reload();
    WardBoardService board(*ws, forms);

    REQUIRE(board.setAdmissionsLimit(QStringLiteral("MED"), 3).ok());
    CHECK(ws->setting(WardBoardService::admissionsLimitKey(QStringLiteral("MED"))) == QStringLiteral("3"));
    auto audit = AuditLog(*ws).latest(1);
    REQUIRE(audit.ok());
    REQUIRE_FALSE(audit->isEmpty());
    CHECK(audit->first().action == QStringLiteral("set_admissions_limit"));

    auto counters = board.counters(QStringLiteral("MED"));
    REQUIRE(counters.ok());
    CHECK(counters->admissionsLimit == 3);
    CHECK_FALSE(counters->limitReached());

    REQUIRE(board.setAdmissionsLimit(QStringLiteral("MED"), 0).ok());
    CHECK(board.counters(QStringLiteral("MED"))->limitReached());
    REQUIRE(board.setAdmissionsLimit(QStringLiteral("MED"), std::nullopt).ok());
    CHECK_FALSE(board.counters(QStringLiteral("MED"))->admissionsLimited());

    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    auto refused = board.setAdmissionsLimit(QStringLiteral("MED"), 5);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
}
