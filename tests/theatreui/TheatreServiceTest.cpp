#include "theatreplan/TheatreService.h"
#include "ImportedScheduleFixture.h"
#include "TestSupport.h"
#include "patients/PatientService.h"
#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"
#include "theatre/Planner.h"
#include "theatreplan/TheatreDocuments.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace wp;
using namespace wp::theatre;

namespace {

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("theatreui/") + name);
}

/// The small schedule, with the engine's proposal for it.
struct Fixture : test::ImportedScheduleFixture
{
    QString bookedIn(const QString& caseId) { return schedule().findCase(caseId)->bookedSession; }
    Proposal propose()
    {
        const Schedule s = schedule();
        const Instance instance = s.toInstance();
        const PlannerResult result = Planner::solve(instance);
        return Proposal::build(s, instance, result.sessionOf);
    }
};

} // namespace

TEST_CASE("Importing the contract's files books cases in their open original session")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    Patient p;
    p.birthName = QStringLiteral("Durand");
    p.firstNames = QStringLiteral("Alice");
    p.birthDate = QDate(1960, 5, 4);
    p.sex = QStringLiteral("F");
    p.ipp = QStringLiteral("P3");
    REQUIRE(PatientService(*ws).registerPatient(p).ok());

    TheatreService service(*ws);
    // Nurses do not run theatres.
    auto refused =
        service.importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases.csv")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);

    test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
    auto summary =
        service.importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases.csv")));
    REQUIRE(summary.ok());
    CHECK(summary->sessions == 7);
    CHECK(summary->closedSessions == 1);
    CHECK(summary->cases == 8);
    CHECK(summary->booked == 6);
    CHECK(summary->needingSlot == 2); // C5 had no booking, C8's session is closed
    CHECK(summary->linkedPatients == 1);

    auto schedule = service.load();
    REQUIRE(schedule.ok());
    CHECK(schedule->findCase(QStringLiteral("C3"))->patientName.contains(QStringLiteral("DURAND")));
    CHECK(schedule->findCase(QStringLiteral("C1"))->bookedSession == QStringLiteral("S1"));
    CHECK(schedule->findCase(QStringLiteral("C2"))->bookedStart == 8 * 60 + 90 + 15);
    CHECK(schedule->findCase(QStringLiteral("C7"))->deadline() == QDate(2026, 12, 20));
    CHECK(schedule->findCase(QStringLiteral("C1"))->deadline() == QDate(2026, 12, 20));
    CHECK_FALSE(schedule->session(QStringLiteral("S7"))->open);
    CHECK(test::feasible(*schedule));
}

TEST_CASE("A bad file is refused with file, line and column, and nothing changes")
{
    Fixture f;
    auto bad = f.service.importFiles(fixture(QStringLiteral("sessions.csv")),
                                     fixture(QStringLiteral("cases-bad.csv")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::InvalidInput);
    CHECK(bad.errorMessage().contains(QStringLiteral("cases-bad.csv")));
    CHECK(bad.errorMessage().contains(QStringLiteral("3")));
    CHECK(f.schedule().cases.size() == 8);
}

TEST_CASE("Closing a session with a reason leaves its cases needing a slot")
{
    Fixture f;
    CHECK_FALSE(f.service.closeSessions({QStringLiteral("S1")}, QStringLiteral("  ")).ok());
    REQUIRE(f.service.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc: staff to A&E")).ok());
    const Schedule s = f.schedule();
    CHECK_FALSE(s.session(QStringLiteral("S1"))->open);
    CHECK(s.session(QStringLiteral("S1"))->closureReason == QStringLiteral("Plan blanc: staff to A&E"));
    CHECK(s.findCase(QStringLiteral("C1"))->bookedSession.isEmpty());
    CHECK(s.findCase(QStringLiteral("C1"))->lastPostponementReason.contains(QStringLiteral("Plan blanc")));
    CHECK(f.auditCount(QStringLiteral("theatre.session.close")) == 1);
    CHECK(f.auditCount(QStringLiteral("theatre.case.postpone")) == 2);

    auto closed = f.service.closeTheatre(QStringLiteral("T2"), QDate(2026, 12, 8), QDate(2026, 12, 9),
                                         QStringLiteral("No anaesthetist"));
    REQUIRE(closed.ok());
    CHECK(*closed == QStringList{QStringLiteral("S5"), QStringLiteral("S6")});
    CHECK(f.bookedIn(QStringLiteral("C4")).isEmpty());
}

TEST_CASE("A manual move breaking a hard constraint is refused with the reason")
{
    Fixture f;
    // DRMARTIN operates in T1 (S1) on the morning of 7 December.
    auto refused = f.service.moveCase(QStringLiteral("C7"), QStringLiteral("S2"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("DRMARTIN operates in T1 at that time")));
    CHECK(f.bookedIn(QStringLiteral("C7")) == QStringLiteral("S4"));

    CHECK(f.service.moveCase(QStringLiteral("C5"), QStringLiteral("S1"))
              .errorMessage()
              .contains(QStringLiteral("serves DIG")));
    CHECK(f.service.moveCase(QStringLiteral("C5"), QStringLiteral("S7"))
              .errorMessage()
              .contains(QStringLiteral("closed")));
    CHECK(f.service.moveCase(QStringLiteral("C8"), QStringLiteral("S4"))
              .errorMessage()
              .contains(QStringLiteral("minutes left")));

    REQUIRE(f.service.moveCase(QStringLiteral("C5"), QStringLiteral("S6")).ok());
    CHECK(f.bookedIn(QStringLiteral("C5")) == QStringLiteral("S6"));
    // Postponing needs a reason.
    CHECK_FALSE(f.service.moveCase(QStringLiteral("C5"), {}).ok());
    REQUIRE(
        f.service.moveCase(QStringLiteral("C5"), {}, QStringLiteral("Patient has a chest infection")).ok());
    CHECK(f.bookedIn(QStringLiteral("C5")).isEmpty());
    CHECK(test::feasible(f.schedule()));
}

TEST_CASE("Rescheduling proposes a feasible plan, and accepting it applies it")
{
    Fixture f;
    REQUIRE(f.service.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")).ok());
    const Proposal p = f.propose();
    CHECK(p.after.cost < p.before.cost);
    CHECK_FALSE(p.changes.empty());
    // The unlocked P1 colectomy goes a day earlier, into the free afternoon list.
    bool c3Moves = false;
    for (const auto& change : p.changes) {
        c3Moves = c3Moves || change.caseId == QStringLiteral("C3");
    }
    CHECK(c3Moves);
    REQUIRE(f.service.applyProposal(p, {}, QStringLiteral("Capacity reduced by the plan blanc")).ok());
    const Schedule s = f.schedule();
    CHECK(test::feasible(s));
    CHECK(s.assignment() == p.proposed);
    CHECK(f.auditCount(QStringLiteral("theatre.plan.apply")) == 1);
    // A stale proposal is refused.
    CHECK(f.service.applyProposal(p, {}, QStringLiteral("again")).error().code == Error::Code::Conflict);

    // Export: the contract's plan.csv, every case once.
    auto csv = f.service.exportPlanCsv();
    REQUIRE(csv.ok());
    auto plan = PlanFile::fromData(*csv, QStringLiteral("plan.csv"));
    REQUIRE(plan.ok());
    CHECK(PlanChecker::check(s.toInstance(), *plan).feasible());
    const QString out = f.tmp.file(QStringLiteral("plan.csv"));
    REQUIRE(f.service.exportPlan(out).ok());
    CHECK(test::readFile(out) == *csv);
}

TEST_CASE("Accepting a proposal case by case")
{
    Fixture f;
    REQUIRE(f.service.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")).ok());
    const Proposal p = f.propose();
    REQUIRE_FALSE(p.changes.empty());
    const ProposalChange& first = p.changes.front();
    const Status st = f.service.applyProposal(p, {first.caseId}, QStringLiteral("Plan blanc"));
    if (st) {
        CHECK(f.bookedIn(first.caseId) == first.toSession);
    } else {
        CHECK(st.errorMessage().contains(QStringLiteral("cannot be accepted alone")));
    }
}

TEST_CASE("A locked case stays when rescheduling again")
{
    Fixture f;
    REQUIRE(f.service.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")).ok());
    CHECK_FALSE(f.service.setLocked(QStringLiteral("C5"), true).ok()); // no slot to pin it to
    REQUIRE(f.service.setLocked(QStringLiteral("C3"), true).ok());
    CHECK(f.schedule().findCase(QStringLiteral("C3"))->locked);
    CHECK(f.service.moveCase(QStringLiteral("C3"), QStringLiteral("S3"))
              .errorMessage()
              .contains(QStringLiteral("locked")));
    const Proposal p = f.propose();
    for (const auto& change : p.changes) {
        CHECK(change.caseId != QStringLiteral("C3"));
    }
    REQUIRE(f.service.applyProposal(p, {}, QStringLiteral("Plan blanc")).ok());
    CHECK(f.bookedIn(QStringLiteral("C3")) == QStringLiteral("S4"));
    CHECK(f.schedule().findCase(QStringLiteral("C3"))->locked);
    REQUIRE(f.service.setLocked(QStringLiteral("C3"), false).ok());
    CHECK(f.auditCount(QStringLiteral("theatre.case.lock")) == 1);
    CHECK(f.auditCount(QStringLiteral("theatre.case.unlock")) == 1);
}

TEST_CASE("A change of priority needs a reason and moves a default deadline")
{
    Fixture f;
    CHECK_FALSE(f.service.changePriority(QStringLiteral("C4"), 2, {}).ok());
    REQUIRE(
        f.service.changePriority(QStringLiteral("C4"), 2, QStringLiteral("Pain worse, reviewed by surgeon"))
            .ok());
    const ScheduleCase* k = f.schedule().findCase(QStringLiteral("C4"));
    CHECK(k->priority == 2);
    CHECK(k->deadline() == QDate(2026, 10, 31));
    CHECK(f.auditCount(QStringLiteral("theatre.case.priority")) == 1);
}

TEST_CASE("Sessions and cases typed in the app")
{
    Fixture f;
    ScheduleSession s;
    s.id = QStringLiteral("S9");
    s.theatre = QStringLiteral("T3");
    s.date = QDate(2026, 12, 10);
    s.start = 8 * 60;
    s.end = 12 * 60;
    REQUIRE(f.service.saveSession(s, true).ok());
    CHECK(f.service.saveSession(s, true).error().code == Error::Code::Conflict);
    ScheduleSession overlap = s;
    overlap.id = QStringLiteral("S10");
    overlap.start = 11 * 60;
    overlap.end = 13 * 60;
    CHECK(f.service.saveSession(overlap, true).errorMessage().contains(QStringLiteral("S9")));

    ScheduleCase k;
    k.id = QStringLiteral("C9");
    k.patientRef = QStringLiteral("P9");
    k.surgeon = QStringLiteral("DRNEW");
    k.specialty = QStringLiteral("URO");
    k.procedure = QStringLiteral("TURP");
    k.duration = 60;
    k.priority = 3;
    k.listed = QDate(2026, 12, 1);
    k.phone = QStringLiteral("06 12 34 56 78");
    REQUIRE(f.service.saveCase(k, true).ok());
    REQUIRE(f.service.moveCase(QStringLiteral("C9"), QStringLiteral("S9")).ok());
    k.priority = 1; // ignored: priorities change with a reason only
    k.duration = 75;
    REQUIRE(f.service.saveCase(k, false).ok());
    const ScheduleCase* saved = f.schedule().findCase(QStringLiteral("C9"));
    CHECK(saved->priority == 3);
    CHECK(saved->duration == 75);
    CHECK(saved->phone == QStringLiteral("06 12 34 56 78"));
}

// The PDFs themselves need a QGuiApplication (fonts): tests/gui renders and reads them.
TEST_CASE("Letters and calls go to patients whose operation changed day or was postponed")
{
    Fixture f;
    REQUIRE(f.service.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")).ok());
    REQUIRE(f.service.moveCase(QStringLiteral("C1"), QStringLiteral("S3")).ok());
    const Schedule s = f.schedule();
    const auto affected = TheatreDocuments::affectedCases(s);
    // C1 moved the same day (no letter needed), C2 lost its slot, C8's session was closed at import.
    std::vector<QString> ids;
    for (int c : affected) {
        ids.push_back(s.cases[static_cast<size_t>(c)].id);
    }
    CHECK(ids == std::vector<QString>{QStringLiteral("C2"), QStringLiteral("C8")});
}
