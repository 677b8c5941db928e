#include "NurseOnWard.h"
#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "patients/PatientService.h"
#include "theatreplan/PlannedSurgeryQuery.h"
#include "theatreplan/TheatreService.h"
#include "ward/WardBoardService.h"

#include <catch2/catch.hpp>

using namespace wp;
using theatre::PlannedSurgery;
using theatre::PlannedSurgeryQuery;

namespace {

Patient withIpp(const QString& name, const QString& ipp)
{
    Patient p;
    p.birthName = name;
    p.firstNames = QStringLiteral("Anne");
    p.birthDate = QDate(1950, 1, 2);
    p.sex = QStringLiteral("F");
    p.ipp = ipp;
    return p;
}

const WardBoardRow* rowOf(const QList<WardBoardRow>& rows, const QString& patientId)
{
    for (const auto& r : rows) {
        if (r.patient && r.patient->id == patientId) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("What became of a booking: moved the same day, postponed to a later day, or waiting for a date")
{
    const QDate day(2026, 12, 7);
    CHECK(PlannedSurgeryQuery::changeOf(QStringLiteral("S1"), day, QStringLiteral("S1"), day) ==
          PlannedSurgery::Change::None);
    CHECK(PlannedSurgeryQuery::changeOf({}, {}, QStringLiteral("S1"), day) == PlannedSurgery::Change::None);
    CHECK(PlannedSurgeryQuery::changeOf(QStringLiteral("S1"), day, QStringLiteral("S2"), day) ==
          PlannedSurgery::Change::Moved);
    CHECK(PlannedSurgeryQuery::changeOf(QStringLiteral("S1"), day, QStringLiteral("S0"), day.addDays(-1)) ==
          PlannedSurgery::Change::Moved);
    CHECK(PlannedSurgeryQuery::changeOf(QStringLiteral("S1"), day, QStringLiteral("S9"), day.addDays(2)) ==
          PlannedSurgery::Change::Postponed);
    CHECK(PlannedSurgeryQuery::changeOf(QStringLiteral("S1"), day, {}, {}) == PlannedSurgery::Change::NoDate);
    CHECK(PlannedSurgeryQuery::changeOf({}, {}, {}, {}) == PlannedSurgery::Change::Waiting);
    // Only what the white plan did to a date the patient was given is flagged.
    PlannedSurgery s;
    for (auto [change, flagged] :
         {std::pair{PlannedSurgery::Change::None, false}, std::pair{PlannedSurgery::Change::Moved, true},
          std::pair{PlannedSurgery::Change::Postponed, true}, std::pair{PlannedSurgery::Change::NoDate, true},
          std::pair{PlannedSurgery::Change::Waiting, false}}) {
        s.change = change;
        CHECK(s.changed() == flagged);
    }
}

TEST_CASE_METHOD(test::NurseOnWard,
                 "The ward board shows each patient's next operation and what the white plan changed")
{
    // P1..P8 are the patient references of the small theatre schedule in tests/data/theatreui.
    QHash<QString, Patient> byRef;
    const QStringList beds{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4")};
    const QStringList refs{QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P6"),
                           QStringLiteral("P9")};
    for (int i = 0; i < refs.size(); ++i) {
        auto p = patients.registerPatient(withIpp(QStringLiteral("Patient%1").arg(i), refs[i]));
        REQUIRE(p.ok());
        REQUIRE(patients.admit(p->id, QStringLiteral("MED"), beds[i], clock.now()).ok());
        byRef.insert(refs[i], *p);
    }
    // P7 is registered without IPP; it is added once known, after the schedule was imported.
    auto late = patients.registerPatient(withIpp(QStringLiteral("Tardif"), {}));
    REQUIRE(late.ok());
    REQUIRE(patients.admit(late->id, QStringLiteral("SURG"), QStringLiteral("A"), clock.now()).ok());

    // P5's hip replacement is on the waiting list and was never given a date.
    auto waiting = patients.registerPatient(withIpp(QStringLiteral("Attente"), QStringLiteral("P5")));
    REQUIRE(waiting.ok());
    REQUIRE(patients.admit(waiting->id, QStringLiteral("SURG"), QStringLiteral("B"), clock.now()).ok());

    test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
    theatre::TheatreService theatres(*ws);
    auto imported = theatres.importFiles(test::dataFile(QStringLiteral("theatreui/sessions.csv")),
                                         test::dataFile(QStringLiteral("theatreui/cases.csv")));
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    // The white plan: theatre T1's morning of 7 December closes (C1 loses its date), C3 goes
    // a day later, C6 moves to another theatre the same day.
    REQUIRE(theatres.closeSessions({QStringLiteral("S1")}, QStringLiteral("Theatre 1 closed")).ok());
    REQUIRE(
        theatres.moveCase(QStringLiteral("C3"), QStringLiteral("S6"), QStringLiteral("Surgeon away")).ok());
    REQUIRE(theatres.moveCase(QStringLiteral("C6"), QStringLiteral("S2")).ok());

    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    WardBoardService board(*ws, forms);
    auto rows = board.board(QStringLiteral("MED"));
    REQUIRE(rows.ok());

    const auto* p1 = rowOf(*rows, byRef[QStringLiteral("P1")].id);
    REQUIRE(p1);
    REQUIRE(p1->plannedSurgery);
    CHECK(p1->plannedSurgery->caseId == QStringLiteral("C1"));
    CHECK_FALSE(p1->plannedSurgery->booked());
    CHECK(p1->plannedSurgery->change == PlannedSurgery::Change::NoDate);
    CHECK(p1->plannedSurgery->originalDate == QDate(2026, 12, 7));
    CHECK(PlannedSurgeryQuery::describe(*p1->plannedSurgery).contains(QStringLiteral("Cholecystectomy")));
    CHECK(PlannedSurgeryQuery::describe(*p1->plannedSurgery).contains(QStringLiteral("07/12")));

    const auto* p3 = rowOf(*rows, byRef[QStringLiteral("P3")].id);
    REQUIRE(p3);
    REQUIRE(p3->plannedSurgery);
    CHECK(p3->plannedSurgery->caseId == QStringLiteral("C3"));
    CHECK(p3->plannedSurgery->date == QDate(2026, 12, 9));
    CHECK(p3->plannedSurgery->start == 8 * 60);
    CHECK(p3->plannedSurgery->theatre == QStringLiteral("T2"));
    CHECK(p3->plannedSurgery->procedure == QStringLiteral("Colectomy"));
    CHECK(p3->plannedSurgery->change == PlannedSurgery::Change::Postponed);
    CHECK(p3->plannedSurgery->originalDate == QDate(2026, 12, 8));

    const auto* p6 = rowOf(*rows, byRef[QStringLiteral("P6")].id);
    REQUIRE(p6);
    REQUIRE(p6->plannedSurgery);
    CHECK(p6->plannedSurgery->change == PlannedSurgery::Change::Moved);
    CHECK(p6->plannedSurgery->date == QDate(2026, 12, 7));
    CHECK(p6->plannedSurgery->theatre == QStringLiteral("T2"));

    // No case for P9: nothing planned.
    const auto* p9 = rowOf(*rows, byRef[QStringLiteral("P9")].id);
    REQUIRE(p9);
    CHECK_FALSE(p9->plannedSurgery);

    // The IPP added after the import still finds the operation (booked where it always was).
    auto surg = board.board(QStringLiteral("SURG"));
    REQUIRE(surg.ok());
    CHECK_FALSE(rowOf(*surg, late->id)->plannedSurgery);
    const auto* p5 = rowOf(*surg, waiting->id);
    REQUIRE(p5);
    REQUIRE(p5->plannedSurgery);
    CHECK(p5->plannedSurgery->change == PlannedSurgery::Change::Waiting);
    CHECK_FALSE(p5->plannedSurgery->changed());
    CHECK(PlannedSurgeryQuery::describe(*p5->plannedSurgery).contains(QStringLiteral("Hip replacement")));
    Patient withIppNow = *late;
    withIppNow.ipp = QStringLiteral("P7");
    REQUIRE(patients.updateIdentity(withIppNow, QStringLiteral("IPP on the theatre list")).ok());
    surg = board.board(QStringLiteral("SURG"));
    REQUIRE(surg.ok());
    const auto* p7 = rowOf(*surg, late->id);
    REQUIRE(p7);
    REQUIRE(p7->plannedSurgery);
    CHECK(p7->plannedSurgery->caseId == QStringLiteral("C7"));
    CHECK(p7->plannedSurgery->change == PlannedSurgery::Change::None);
    CHECK(p7->plannedSurgery->date == QDate(2026, 12, 8));

    // Once its day is past, an operation leaves the board.
    clock.set(QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC));
    rows = board.board(QStringLiteral("MED"));
    REQUIRE(rows.ok());
    CHECK_FALSE(rowOf(*rows, byRef[QStringLiteral("P6")].id)->plannedSurgery);
    CHECK(rowOf(*rows, byRef[QStringLiteral("P3")].id)->plannedSurgery);
}
