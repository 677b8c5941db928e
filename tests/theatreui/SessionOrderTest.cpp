#include "theatreplan/SessionOrder.h"
#include "ImportedScheduleFixture.h"
#include "TestSupport.h"
#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"
#include "theatreplan/TheatreService.h"
#include "theatreplan/TheatreUndo.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::theatre;

namespace {

/// The small schedule, with the start of a case as text.
struct OrderFixture : test::ImportedScheduleFixture
{
    QString startOf(const QString& caseId)
    {
        const ScheduleCase* k = schedule().findCase(caseId);
        return k->bookedStart < 0 ? QString() : PlanFile::formatTime(k->bookedStart);
    }
};

QString id(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

TEST_CASE("A case put first in its session goes first, the others follow after the turnover")
{
    OrderFixture f;
    REQUIRE(f.startOf(id("C1")) == id("08:00"));
    REQUIRE(f.startOf(id("C2")) == id("09:45"));
    REQUIRE(f.service.placeCase(id("C2"), id("S1"), 0).ok());
    CHECK(f.startOf(id("C2")) == id("08:00"));
    CHECK(f.startOf(id("C1")) == id("09:15"));
    CHECK(f.auditCount(id("theatre.case.place")) == 1);
    CHECK(test::feasible(f.schedule()));

    // The hand-made order survives a newcomer: it comes after, and other sessions keep their times.
    const QString c7 = f.startOf(id("C7"));
    REQUIRE(f.service.moveCase(id("C6"), id("S1")).ok());
    CHECK(f.startOf(id("C2")) == id("08:00"));
    CHECK(f.startOf(id("C1")) == id("09:15"));
    CHECK(f.startOf(id("C6")) == id("11:00"));
    CHECK(f.startOf(id("C7")) == c7);
    CHECK(test::feasible(f.schedule()));
}

TEST_CASE("A case dropped at a time starts then, and a drop that would overrun the session is refused")
{
    OrderFixture f;
    const Schedule s = f.schedule();
    const int c1 = s.caseIndex(id("C1"));
    const int s1 = s.sessionIndex(id("S1"));
    // 10:30 falls after the middle of C2 (09:00–10:00 once C1 leaves the head): C1 goes after it.
    CHECK(SessionOrder::positionForTime(s, c1, s1, 10 * 60 + 30) == 1);
    CHECK(SessionOrder::positionForTime(s, c1, s1, 8 * 60) == 0);
    REQUIRE(f.service.placeCase(id("C1"), id("S1"), 1, 10 * 60 + 30).ok());
    CHECK(f.startOf(id("C2")) == id("08:00"));
    CHECK(f.startOf(id("C1")) == id("10:30"));
    CHECK(test::feasible(f.schedule()));

    // 90 minutes from 11:00 ends at 12:30, after S1 ends at 12:00.
    const QString why =
        TheatreService::explainPlace(f.schedule(), f.schedule().toInstance(), id("C1"), id("S1"), 1, 11 * 60);
    CHECK(why.contains(id("12:30")));
    CHECK(why.contains(id("12:00")));
    auto refused = f.service.placeCase(id("C1"), id("S1"), 1, 11 * 60);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage() == why);
    CHECK(f.startOf(id("C1")) == id("10:30"));

    // Putting C1 first pushes C2 after it; both fit.
    REQUIRE(f.service.placeCase(id("C1"), id("S1"), 0, 8 * 60 + 30).ok());
    CHECK(f.startOf(id("C1")) == id("08:30"));
    CHECK(f.startOf(id("C2")) == id("10:15"));
    // But not from 09:30: C2 would then end at 12:15.
    CHECK(
        f.service.placeCase(id("C1"), id("S1"), 0, 9 * 60 + 30).errorMessage().contains(id("push case C2")));
    // Outside the session, and the usual checks for another session.
    CHECK(f.service.placeCase(id("C1"), id("S1"), 0, 7 * 60).errorMessage().contains(id("08:00 to 12:00")));
    CHECK(f.service.placeCase(id("C7"), id("S2"), 0, 9 * 60)
              .errorMessage()
              .contains(id("DRMARTIN operates in T1 at that time")));
}

TEST_CASE("A case dropped at a time in another session")
{
    OrderFixture f;
    REQUIRE(f.service.placeCase(id("C6"), id("S1"), 2, 11 * 60 + 15).ok());
    const Schedule s = f.schedule();
    CHECK(s.findCase(id("C6"))->bookedSession == id("S1"));
    CHECK(f.startOf(id("C6")) == id("11:15"));
    CHECK(f.startOf(id("C1")) == id("08:00"));
    CHECK(test::feasible(s));
}

TEST_CASE("Restoring the plan undoes a closure, audited, and only from the state it expects")
{
    OrderFixture f;
    REQUIRE(f.service.placeCase(id("C2"), id("S1"), 0).ok());
    const Schedule before = f.schedule();
    REQUIRE(f.service.closeSessions({id("S1")}, id("Staff to A&E")).ok());
    const Schedule after = f.schedule();
    REQUIRE(after.findCase(id("C1"))->bookedSession.isEmpty());

    TheatreUndo undo(*f.ws);
    // The wrong "expected" state (the plan moved on) is refused and changes nothing.
    CHECK(undo.restorePlan(before, before, id("Undo: close S1")).error().code == Error::Code::Conflict);
    REQUIRE(undo.restorePlan(after, before, id("Undo: close S1")).ok());
    const Schedule restored = f.schedule();
    CHECK(restored.session(id("S1"))->open);
    CHECK(f.startOf(id("C2")) == id("08:00"));
    CHECK(f.startOf(id("C1")) == id("09:15"));
    CHECK(TheatreUndo::samePlan(restored, before));
    CHECK(f.auditCount(id("theatre.plan.restore")) == 1);
    CHECK(f.auditCount(id("theatre.session.reopen")) == 1);
    // Nothing left the history: the closure's postponements are still recorded.
    CHECK(f.auditCount(id("theatre.case.postpone")) == 2);
    CHECK(restored.findCase(id("C1"))->lastPostponementReason.contains(id("Staff to A&E")));

    // Redo is the same restore the other way; cases losing their slot get the reason.
    REQUIRE(undo.restorePlan(before, after, id("Redo: close S1")).ok());
    CHECK_FALSE(f.schedule().session(id("S1"))->open);
    CHECK(f.schedule().findCase(id("C1"))->lastPostponementReason == id("Redo: close S1"));
}

TEST_CASE("A case typed by mistake can be taken back until it has a history")
{
    OrderFixture f;
    ScheduleCase k;
    k.id = id("C9");
    k.patientRef = id("P9");
    k.surgeon = id("DRNEW");
    k.specialty = id("DIG");
    k.procedure = id("TURP");
    k.duration = 60;
    k.priority = 3;
    k.listed = QDate(2026, 12, 1);
    REQUIRE(f.service.saveCase(k, true).ok());
    TheatreUndo undo(*f.ws);
    REQUIRE(undo.removeCase(id("C9"), id("Undo: new case C9")).ok());
    CHECK(f.schedule().findCase(id("C9")) == nullptr);
    CHECK(f.auditCount(id("theatre.case.create")) == 1);
    CHECK(f.auditCount(id("theatre.case.remove")) == 1);

    REQUIRE(f.service.saveCase(k, true).ok());
    REQUIRE(f.service.changePriority(id("C9"), 2, id("Pain worse")).ok());
    CHECK(undo.removeCase(id("C9"), id("Undo")).error().code == Error::Code::Conflict);
    CHECK(f.schedule().findCase(id("C9")) != nullptr);

    CHECK(undo.removeSession(id("S1"), id("Undo")).error().code == Error::Code::Conflict);
    ScheduleSession s;
    s.id = id("S9");
    s.theatre = id("T3");
    s.date = QDate(2026, 12, 10);
    s.start = 8 * 60;
    s.end = 12 * 60;
    REQUIRE(f.service.saveSession(s, true).ok());
    REQUIRE(undo.removeSession(id("S9"), id("Undo: new session S9")).ok());
    CHECK(f.schedule().session(id("S9")) == nullptr);
}
