#include "theatreplan/TheatreWording.h"
#include "ImportedScheduleFixture.h"
#include "TestSupport.h"
#include "demo/DemoHospital.h"
#include "patients/PatientService.h"
#include "theatreplan/Proposal.h"
#include "theatreplan/TheatreService.h"
#include "users/UserService.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>

using namespace wp;
using namespace wp::theatre;

namespace {

ScheduleSession session(const QString& id, const QDate& date, int start, int end, bool open = true)
{
    ScheduleSession s;
    s.id = id;
    s.theatre = QStringLiteral("BLOC1");
    s.date = date;
    s.start = start;
    s.end = end;
    s.open = open;
    return s;
}

} // namespace

TEST_CASE("A session is named by its theatre, day and half-day, in the user's locale")
{
    const QDate tuesday(2026, 12, 15);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(TheatreWording::session(session(QStringLiteral("S1215-T1-AM"), tuesday, 8 * 60, 12 * 60 + 30),
                                  english) == QStringLiteral("BLOC1, Tue 15 Dec, morning"));
    CHECK(TheatreWording::session(session(QStringLiteral("S1215-T1-PM"), tuesday, 13 * 60 + 30, 18 * 60),
                                  english) == QStringLiteral("BLOC1, Tue 15 Dec, afternoon"));
    CHECK(TheatreWording::halfDay(session(QStringLiteral("X"), tuesday, 8 * 60, 17 * 60)) ==
          QStringLiteral("all day"));
    CHECK(TheatreWording::sessionWithTimes(session(QStringLiteral("X"), tuesday, 13 * 60 + 30, 18 * 60),
                                           english) ==
          QStringLiteral("BLOC1, Tue 15 Dec, afternoon (13:30–18:00)"));
    // The day follows the locale, not ISO: a French laptop reads "mar. 15 déc.".
    const QString french = TheatreWording::day(tuesday, QLocale(QLocale::French, QLocale::France));
    CHECK(french.startsWith(QStringLiteral("mar")));
    CHECK(french.contains(QStringLiteral("déc")));
    CHECK_FALSE(TheatreWording::session(session(QStringLiteral("S1215-T1-PM"), tuesday, 13 * 60, 17 * 60))
                    .contains(QStringLiteral("2026-12-15")));
}

TEST_CASE("The schedule names a linked patient with birth date and number, so namesakes differ")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    // Two "DAVID Jeanne" on the ward, told apart only by birth date and IPP.
    for (const auto& [ipp, born] : {std::pair{QStringLiteral("P1"), QDate(1956, 3, 12)},
                                    std::pair{QStringLiteral("P2"), QDate(1981, 7, 30)}}) {
        Patient p = test::person(QStringLiteral("David"), QStringLiteral("Jeanne"), born);
        p.ipp = ipp;
        REQUIRE(PatientService(*ws).registerPatient(p).ok());
    }
    test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
    TheatreService service(*ws);
    REQUIRE(service
                .importFiles(test::dataFile(QStringLiteral("theatreui/sessions.csv")),
                             test::dataFile(QStringLiteral("theatreui/cases.csv")))
                .ok());
    auto schedule = service.load();
    REQUIRE(schedule.ok());
    const ScheduleCase* c1 = schedule->findCase(QStringLiteral("C1"));
    const ScheduleCase* c2 = schedule->findCase(QStringLiteral("C2"));
    const ScheduleCase* c3 = schedule->findCase(QStringLiteral("C3"));
    REQUIRE(c1 != nullptr);
    REQUIRE(c2 != nullptr);
    CHECK(c1->patientLabel() == c2->patientLabel());
    CHECK(c1->patientBirthDate == QDate(1956, 3, 12));
    CHECK(TheatreWording::patient(*c1) == QStringLiteral("DAVID Jeanne, born 12/03/1956, IPP P1"));
    CHECK(TheatreWording::patient(*c2) == QStringLiteral("DAVID Jeanne, born 30/07/1981, IPP P2"));
    // A case whose patient is not registered here keeps its reference alone.
    CHECK(TheatreWording::patient(*c3) == QStringLiteral("P3"));
    CHECK(TheatreWording::patientIdentifiers(*c3).isEmpty());
}

TEST_CASE("The proposal explains its delay score, and why late counts rise when theatres close")
{
    // A P1 case whose session closed: it had no date, the proposal gives it one past its
    // deadline. "Late" rises from 0 to 1 while "postponed" falls from 1 to 0.
    Schedule s;
    s.sessions = {session(QStringLiteral("S1"), QDate(2026, 12, 7), 8 * 60, 12 * 60, false),
                  session(QStringLiteral("S2"), QDate(2026, 12, 9), 8 * 60, 12 * 60)};
    ScheduleCase k;
    k.id = QStringLiteral("C1");
    k.patientRef = QStringLiteral("P1");
    k.surgeon = QStringLiteral("DR1");
    k.procedure = QStringLiteral("Colectomie");
    k.duration = 120;
    k.priority = 1;
    k.listed = QDate(2026, 12, 1); // deadline 4 December
    k.originalSession = QStringLiteral("S1");
    s.cases = {k};
    s.reindex();
    const Instance instance = s.toInstance();
    const Proposal p = Proposal::build(s, instance, {1});
    REQUIRE(p.changes.size() == 1);
    CHECK(p.before.byPriority[0].late == 0);
    CHECK(p.after.byPriority[0].late == 1);

    const QString summary = p.summary();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("1 given a slot")));
    CHECK(summary.contains(QStringLiteral("Delay score %1 → %2")
                               .arg(Proposal::score(p.before.cost), Proposal::score(p.after.cost))));
    CHECK_FALSE(summary.startsWith(QStringLiteral("Cost")));
    CHECK(Proposal::scoreExplanation().contains(QStringLiteral("weighted by its priority")));
    const QString why = p.lateExplanation();
    INFO(why.toStdString());
    CHECK(why.contains(QStringLiteral("1 case(s) had no date"))); // no English .qm: "(s)" stays
    CHECK(why.contains(QStringLiteral("counted as postponed")));

    // Nothing to explain when no priority has more late cases.
    const Proposal same = Proposal::build(s, instance, {-1});
    CHECK(same.lateExplanation().isEmpty());
}

TEST_CASE("The demo hospital's procedures belong to their case's specialty")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = Workspace::open(tmp.path(), clock);
    REQUIRE(ws.ok());
    REQUIRE(DemoHospital::create(**ws).ok());
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("bloc")));
    auto schedule = TheatreService(**ws).load();
    REQUIRE(schedule.ok());
    const QHash<QString, QSet<QString>> bySpecialty{
        {QStringLiteral("DIG"),
         {QStringLiteral("Cholécystectomie"), QStringLiteral("Hernie inguinale"),
          QStringLiteral("Colectomie")}},
        {QStringLiteral("ORTHO"),
         {QStringLiteral("PTH"), QStringLiteral("Arthroscopie genou"),
          QStringLiteral("Ostéosynthèse poignet")}},
        {QStringLiteral("URO"),
         {QStringLiteral("RTUP"), QStringLiteral("Urétéroscopie"),
          QStringLiteral("Néphrectomie partielle")}}};
    REQUIRE(schedule->cases.size() == 60);
    QSet<QString> seen;
    for (const auto& k : schedule->cases) {
        INFO(k.id.toStdString() << " " << k.specialty.toStdString() << " " << k.procedure.toStdString());
        CHECK(bySpecialty.value(k.specialty).contains(k.procedure));
        seen.insert(k.procedure);
    }
    CHECK(seen.contains(QStringLiteral("Arthroscopie genou")));
}
