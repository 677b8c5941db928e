#include "theatre/LocalSearch.h"
#include "TheatreFixtures.h"
#include "theatre/SolutionState.h"

using namespace wp;
using namespace wp::theatre;
using namespace wp::theatre::test;

namespace {

// Three one-case lists on three days. S1 serves any specialty, S2 only orthopaedics, S3
// only general surgery. The general case C waits in S3; S1 would save it two days but holds
// the orthopaedic case R, who can only go on to S2, which the urgent Y fills. A closed list
// two weeks on makes waiting dear, so R is not worth postponing for C.
Instance threeLists()
{
    const QByteArray sessions = "session_id,theatre,date,start,end,specialty,status\n"
                                "S1,T1,2026-12-07,08:00,09:30,*,open\n"
                                "S2,T1,2026-12-08,08:00,09:30,ORTH,open\n"
                                "S3,T1,2026-12-09,08:00,09:30,GEN,open\n"
                                "S4,T1,2026-12-20,08:00,09:30,GEN,closed\n";
    const QByteArray cases =
        "case_id,patient_id,surgeon_id,specialty,procedure,duration_min,priority,listed_date,earliest_date,"
        "deadline,original_session,locked\n"
        "C,PC,DR1,GEN,Hernia,90,P2,2026-12-07,,,,\n"
        "R,PR,DR2,ORTH,Knee,90,P3,2026-12-07,,,,\n"
        "Y,PY,DR3,ORTH,Hip fracture,90,P1,2026-12-07,,,,\n";
    return fromCsv(sessions, cases);
}

struct ThreeLists
{
    Instance in = threeLists();
    int c = in.caseIndex(QStringLiteral("C"));
    int r = in.caseIndex(QStringLiteral("R"));
    int y = in.caseIndex(QStringLiteral("Y"));
    int s1 = in.sessionIndex(QStringLiteral("S1"));
    int s2 = in.sessionIndex(QStringLiteral("S2"));
    int s3 = in.sessionIndex(QStringLiteral("S3"));

    void book(SolutionState& state) const
    {
        state.insert(r, s1);
        state.insert(y, s2);
        state.insert(c, s3);
    }
};

// The three lists booked, and a skipping single-ejection pass over C that failed.
struct AfterFailedTry : ThreeLists
{
    SolutionState state{in};
    LocalSearch search{state};
    std::vector<int> onlyC{c};

    AfterFailedTry()
    {
        book(state);
        search.setChains(false);
        REQUIRE_FALSE(search.ejectionPass(onlyC, 1, true));
        REQUIRE(state.sessionOf(c) == s3);
    }
};

} // namespace

TEST_CASE("A session's fingerprint depends on the set of its cases, not on their order")
{
    const ThreeLists f;
    SolutionState a(f.in);
    SolutionState b(f.in);
    CHECK(a.contentHash(f.s1) == b.contentHash(f.s1));

    a.insert(f.r, f.s1);
    CHECK(a.contentHash(f.s1) != b.contentHash(f.s1));
    a.insert(f.c, f.s1);
    b.insert(f.c, f.s1);
    b.insert(f.r, f.s1);
    CHECK(a.contentHash(f.s1) == b.contentHash(f.s1));

    // Same size, different cases.
    b.remove(f.r);
    b.insert(f.y, f.s1);
    CHECK(a.contentHash(f.s1) != b.contentHash(f.s1));

    // Emptied again, it is what it was.
    a.remove(f.r);
    a.remove(f.c);
    CHECK(a.contentHash(f.s1) == SolutionState(f.in).contentHash(f.s1));
}

TEST_CASE("A pass that skips unchanged cases tries a case again once a list it would use changes")
{
    AfterFailedTry f;

    // Nothing changed: skipped, still no move.
    CHECK_FALSE(f.search.ejectionPass(f.onlyC, 1, true));

    // R leaves S1 (say a theatre manager postponed it): S1 is one of C's lists, so C is
    // tried again and takes it.
    f.state.remove(f.r);
    CHECK(f.search.ejectionPass(f.onlyC, 1, true));
    CHECK(f.state.sessionOf(f.c) == f.s1);
}

TEST_CASE("A pass that skips unchanged cases does not see a change outside the lists it looked at")
{
    AfterFailedTry f;

    // Y leaves S2, so R could now move on and make room for C. S2 is not a list C could
    // use, so the skipping pass does not try C again: the documented limit of the shortcut.
    f.state.remove(f.y);
    const qint64 before = f.state.cost();
    CHECK_FALSE(f.search.ejectionPass(f.onlyC, 1, true));
    CHECK(f.state.sessionOf(f.c) == f.s3);

    // A pass without skipping finds the move: C to S1, R on to S2, two days saved for a
    // P2 case against one for a P3 case.
    CHECK(f.search.ejectionPass(f.onlyC, 1, false));
    CHECK(f.state.sessionOf(f.c) == f.s1);
    CHECK(f.state.sessionOf(f.r) == f.s2);
    CHECK(f.state.cost() == before - 2 * 10 + 1 * 3);
}
