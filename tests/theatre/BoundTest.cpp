#include "TheatreFixtures.h"
#include "theatre/ExactSolver.h"
#include "theatre/KnapsackBound.h"
#include "theatre/LowerBound.h"
#include "theatre/PlanChecker.h"
#include "theatre/Random.h"

#include <QStringList>

using namespace wp;
using namespace wp::theatre;
using namespace wp::theatre::test;

namespace {

const QByteArray kSessionsHeader = "session_id,theatre,date,start,end,specialty,status\n";
const QByteArray kCasesHeader = "case_id,patient_id,surgeon_id,specialty,procedure,duration_min,priority,"
                                "listed_date,earliest_date,deadline,original_session,locked\n";

Result<Instance> read(const QByteArray& sessions, const QByteArray& cases)
{
    return InstanceReader::fromData(kSessionsHeader + sessions, QStringLiteral("sessions.csv"),
                                    kCasesHeader + cases, QStringLiteral("cases.csv"), 15);
}

Instance readOk(const QByteArray& sessions, const QByteArray& cases)
{
    auto instance = read(sessions, cases);
    INFO(instance.errorMessage());
    REQUIRE(instance.ok());
    return std::move(instance).value();
}

qint64 optimum(const Instance& in)
{
    std::vector<int> start(in.cases.size(), -1);
    for (size_t c = 0; c < in.cases.size(); ++c) {
        if (in.cases[c].locked) {
            start[c] = in.cases[c].originalSession;
        }
    }
    const auto exact = ExactSolver::solve(in, start, PlanChecker::evaluate(in, start).cost, 100'000'000);
    REQUIRE(exact.proven);
    return exact.cost;
}

qint64 knapsack(const Instance& in, qint64 upperBound)
{
    return KnapsackBound::compute(in, upperBound, LowerBound::solve(in, upperBound).minutePrice);
}

// A crowded two-day instance: three theatres of one specialty (some lists open to any),
// two surgeons and four patients for seven cases, so constraints 6 and 7 bind often.
QByteArray randomSessions(Random& random)
{
    QByteArray out;
    int id = 0;
    const auto add = [&](int day, int theatre, const char* start, const char* end) {
        out += QStringLiteral("S%1,T%2,2026-12-0%3,%4,%5,%6,%7\n")
                   .arg(++id)
                   .arg(theatre)
                   .arg(7 + day)
                   .arg(QLatin1String(start), QLatin1String(end),
                        random.chance(0.2) ? QStringLiteral("*") : QStringLiteral("ORTH"),
                        random.chance(0.2) ? QStringLiteral("closed") : QStringLiteral("open"))
                   .toUtf8();
    };
    for (int day = 0; day < 2; ++day) {
        for (int theatre = 1; theatre <= 3; ++theatre) {
            if (random.chance(0.3)) {
                add(day, theatre, "08:00", "17:00");
            } else {
                add(day, theatre, "08:00", "12:00");
                add(day, theatre, "13:00", "17:00");
            }
        }
    }
    return out;
}

QByteArray randomCases(Random& random, int sessionCount, bool distinctPeople)
{
    static const int durations[] = {60, 90, 120, 180, 210, 300};
    QByteArray out;
    for (int c = 1; c <= 7; ++c) {
        // Drawn either way, so both variants get the same durations, priorities and bookings.
        const int patientDraw = random.below(4) + 1;
        const int surgeonDraw = random.below(2) + 1;
        const QString patient = QStringLiteral("P%1").arg(distinctPeople ? c : patientDraw);
        const QString surgeon = QStringLiteral("D%1").arg(distinctPeople ? c : surgeonDraw);
        const QString original =
            random.chance(0.4) ? QStringLiteral("S%1").arg(random.below(sessionCount) + 1) : QString();
        const bool locked = !original.isEmpty() && random.chance(0.2);
        out += QStringLiteral("C%1,%2,%3,ORTH,op,%4,P%5,2026-12-0%6,,,%7,%8\n")
                   .arg(c)
                   .arg(patient, surgeon)
                   .arg(durations[random.below(6)])
                   .arg(random.below(4) + 1)
                   .arg(1 + 7 * random.below(2))
                   .arg(original, locked ? QStringLiteral("1") : QString())
                   .toUtf8(); // listed before the horizon or on its second day
    }
    return out;
}

} // namespace

TEST_CASE("The knapsack bound counts the surgeon rule: one surgeon cannot fill two overlapping lists")
{
    // Day 1: an all-day list and another theatre's afternoon list, which overlap. Day 2 is
    // the horizon's end. Two urgent cases of one surgeon only fit one per list, so one of
    // them waits a day (50); with two surgeons both go on day 1 (0).
    const QByteArray sessions = "S1,T1,2026-12-07,08:00,17:00,ORTH,open\n"
                                "S2,T2,2026-12-07,13:00,17:00,ORTH,open\n"
                                "S3,T1,2026-12-08,08:00,12:00,ORTH,open\n";
    const QByteArray sameSurgeon = "C1,PA,DR1,ORTH,op,480,P1,2026-12-01,,,,\n"
                                   "C2,PB,DR1,ORTH,op,200,P1,2026-12-01,,,,\n";
    QByteArray twoSurgeons = sameSurgeon;
    twoSurgeons.replace("PB,DR1", "PB,DR2");
    const Instance one = readOk(sessions, sameSurgeon);
    const Instance two = readOk(sessions, twoSurgeons);
    const qint64 best = optimum(one);
    REQUIRE(best > optimum(two));
    const qint64 withRule = knapsack(one, best);
    CHECK(withRule > knapsack(two, best));
    CHECK(withRule <= best);
    CHECK(withRule > LowerBound::compute(one, best));
}

TEST_CASE("The knapsack bound counts the patient rule: one case per patient per day")
{
    // A morning and an afternoon list on day 1: two long urgent cases of one patient cannot
    // both be operated that day.
    const QByteArray sessions = "S1,T1,2026-12-07,08:00,12:00,ORTH,open\n"
                                "S2,T1,2026-12-07,13:00,17:00,ORTH,open\n"
                                "S3,T1,2026-12-08,08:00,12:00,ORTH,open\n";
    const QByteArray samePatient = "C1,PA,DR1,ORTH,op,200,P1,2026-12-01,,,,\n"
                                   "C2,PA,DR2,ORTH,op,200,P1,2026-12-01,,,,\n";
    QByteArray twoPatients = samePatient;
    twoPatients.replace("PA,DR2", "PB,DR2");
    const Instance one = readOk(sessions, samePatient);
    const Instance two = readOk(sessions, twoPatients);
    const qint64 best = optimum(one);
    REQUIRE(best > optimum(two));
    const qint64 withRule = knapsack(one, best);
    CHECK(withRule > knapsack(two, best));
    CHECK(withRule <= best);
}

TEST_CASE("A locked case keeps its surgeon out of overlapping lists in the knapsack bound")
{
    // DR1 is pinned to the all-day list S1 by C1; C2 cannot use S2 on day 1 at all.
    const QByteArray sessions = "S1,T1,2026-12-07,08:00,17:00,ORTH,open\n"
                                "S2,T2,2026-12-07,08:00,12:00,ORTH,open\n"
                                "S3,T1,2026-12-08,08:00,12:00,ORTH,open\n";
    const QByteArray cases = "C1,PA,DR1,ORTH,op,500,P3,2026-12-01,,,S1,1\n"
                             "C2,PB,DR1,ORTH,op,200,P1,2026-12-01,,,,\n";
    const Instance in = readOk(sessions, cases);
    const qint64 best = optimum(in);
    REQUIRE(best >= 50); // C2 waits a day
    const qint64 bound = knapsack(in, best);
    CHECK(bound <= best);
    CHECK(bound >= 50);
}

TEST_CASE("The bounds never exceed the optimum on crowded instances where surgeons and patients clash")
{
    int checked = 0;
    int raisedByRules = 0;
    for (quint64 seed = 1; seed <= 60; ++seed) {
        Random random(seed * 7919);
        const QByteArray sessions = randomSessions(random);
        const int sessionCount = static_cast<int>(sessions.count('\n'));
        Random caseRandom(seed);
        auto crowded = read(sessions, randomCases(caseRandom, sessionCount, false));
        if (!crowded.ok()) {
            continue; // a random lock broke a hard constraint: the reader refuses such input
        }
        const Instance& in = crowded.value();
        INFO("seed " << seed);
        const qint64 best = optimum(in);
        const qint64 bound = knapsack(in, best);
        CHECK(bound <= best);
        const LowerBound::Outcome pooled = LowerBound::solve(in, best);
        CHECK(pooled.bound <= best);
        // Going on from earlier prices, as the planner's second run does.
        CHECK(LowerBound::solve(in, best, 300, &pooled.minutePrice).bound <= best);
        ++checked;
        // The same cases with everyone distinct: the relaxation without constraints 6 and 7.
        Random sameRandom(seed);
        auto relaxed = read(sessions, randomCases(sameRandom, sessionCount, true));
        if (relaxed.ok() && bound > knapsack(relaxed.value(), best)) {
            ++raisedByRules;
        }
    }
    CHECK(checked >= 30);
    CHECK(raisedByRules > 0);
}
