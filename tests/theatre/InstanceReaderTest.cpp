#include "TheatreFixtures.h"

#include <QFile>

using namespace wp;
using namespace wp::theatre;
using namespace wp::theatre::test;

TEST_CASE("The fixture instance reads with derived deadlines, originals and locks")
{
    const Instance in = fixtureInstance();
    REQUIRE(in.sessions.size() == 6);
    REQUIRE(in.cases.size() == 8);
    CHECK(in.firstDay() == QDate(2026, 12, 7).toJulianDay());
    CHECK(in.lastDay() == QDate(2026, 12, 9).toJulianDay());
    const Case& c1 = in.cases[in.caseIndex(QStringLiteral("C1"))];
    CHECK(c1.deadline == QDate(2026, 12, 20)); // P2: listed + 30
    CHECK(c1.originalSession == in.sessionIndex(QStringLiteral("S3")));
    const Case& c2 = in.cases[in.caseIndex(QStringLiteral("C2"))];
    CHECK(c2.procedure == QStringLiteral("Knee arthroscopy, left"));
    const Case& c8 = in.cases[in.caseIndex(QStringLiteral("C8"))];
    CHECK(c8.deadline == QDate(2026, 12, 20)); // given explicitly
    CHECK(in.cases[in.caseIndex(QStringLiteral("C6"))].locked);
    CHECK_FALSE(in.cases[in.caseIndex(QStringLiteral("C4"))].locked);
    CHECK(in.sessions[in.sessionIndex(QStringLiteral("S2"))].servesAnySpecialty());
    CHECK_FALSE(in.sessions[in.sessionIndex(QStringLiteral("S3"))].open);
}

namespace {

struct BadInput
{
    const char* file; // in tests/data/theatre/bad
    bool isSessions;
    int line;
    const char* column;
};

const BadInput kBadInputs[] = {
    {"sessions-unknown-column.csv", true, 1, "room"},
    {"sessions-missing-column.csv", true, 1, "status"},
    {"sessions-end-before-start.csv", true, 3, "end"},
    {"sessions-bad-date.csv", true, 4, "date"},
    {"sessions-bad-time.csv", true, 5, "start"},
    {"sessions-duplicate-id.csv", true, 6, "session_id"},
    {"sessions-overlap.csv", true, 4, "start"},
    {"sessions-bad-status.csv", true, 7, "status"},
    {"sessions-field-count.csv", true, 3, "status"},
    {"cases-negative-duration.csv", false, 4, "duration_min"},
    {"cases-zero-duration.csv", false, 5, "duration_min"},
    {"cases-unknown-priority.csv", false, 6, "priority"},
    {"cases-duplicate-id.csv", false, 8, "case_id"},
    {"cases-unknown-original.csv", false, 9, "original_session"},
    {"cases-bad-listed-date.csv", false, 2, "listed_date"},
    {"cases-bad-locked.csv", false, 5, "locked"},
    {"cases-locked-closed.csv", false, 2, "locked"},
    {"cases-locked-overfull.csv", false, 3, "duration_min"},
    {"cases-locked-patient.csv", false, 7, "patient_id"},
    {"cases-locked-surgeon.csv", false, 7, "surgeon_id"},
    {"cases-locked-no-session.csv", false, 4, "original_session"},
    {"cases-missing-column.csv", false, 1, "priority"},
    {"cases-unterminated-quote.csv", false, 7, "procedure"},
    {"cases-multiline-then-bad.csv", false, 9, "priority"},
    {"cases-wrap-duration.csv", false, 3, "duration_min"},
    {"cases-nul-procedure.csv", false, 4, "procedure"},
    {"cases-bidi-surgeon.csv", false, 5, "surgeon_id"},
    {"sessions-long-theatre.csv", true, 2, "theatre"},
};

} // namespace

TEST_CASE("Each kind of bad input is refused with its file, line and column")
{
    const BadInput bad = GENERATE(from_range(std::begin(kBadInputs), std::end(kBadInputs)));
    const QString badFile = fixture(QStringLiteral("bad/") + QLatin1String(bad.file));
    const QString sessions = bad.isSessions ? badFile : fixture(QStringLiteral("sessions.csv"));
    const QString cases = bad.isSessions ? fixture(QStringLiteral("cases.csv")) : badFile;
    const QString where =
        QStringLiteral("%1, line %2, column %3: ").arg(badFile).arg(bad.line).arg(QLatin1String(bad.column));
    INFO(bad.file);

    auto instance = InstanceReader::readFiles(sessions, cases, 15);
    REQUIRE_FALSE(instance.ok());
    CHECK(instance.error().code == Error::Code::InvalidInput);
    CHECK(instance.errorMessage().startsWith(where));

    // End to end: exit 2, the message on stderr, and no plan written.
    wp::test::TempDir dir;
    const QString out = dir.file(QStringLiteral("plan.csv"));
    const auto run = wp::test::runCli({QStringLiteral("reschedule"), QStringLiteral("--sessions"), sessions,
                                       QStringLiteral("--cases"), cases, QStringLiteral("--out"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(where));
    CHECK_FALSE(run.err.contains(QChar(0)));
    CHECK_FALSE(run.err.contains(QChar(0x202e)));
    CHECK_FALSE(QFile::exists(out));
    const auto check = wp::test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"), sessions,
                                         QStringLiteral("--cases"), cases, QStringLiteral("--plan"),
                                         fixture(QStringLiteral("plans/valid.csv"))});
    CHECK(check.exitCode == 2);
    CHECK(check.err.contains(where));
}

TEST_CASE("Dates and times are strict")
{
    CHECK(InstanceReader::parseDate(QStringLiteral("2026-02-28")) == QDate(2026, 2, 28));
    CHECK_FALSE(InstanceReader::parseDate(QStringLiteral("2026-02-30")).isValid());
    CHECK_FALSE(InstanceReader::parseDate(QStringLiteral("2026-2-28")).isValid());
    CHECK_FALSE(InstanceReader::parseDate(QStringLiteral(" 2026-02-28")).isValid());
    CHECK(InstanceReader::parseTime(QStringLiteral("00:00")) == 0);
    CHECK(InstanceReader::parseTime(QStringLiteral("23:59")) == 23 * 60 + 59);
    CHECK(InstanceReader::parseTime(QStringLiteral("24:00")) == -1);
    CHECK(InstanceReader::parseTime(QStringLiteral("8:00")) == -1);
    CHECK(InstanceReader::parseTime(QStringLiteral("08:60")) == -1);
    CHECK(InstanceReader::parseTime(QStringLiteral("08:00 ")) == -1);
}

TEST_CASE("Optional case columns may be left out of the header")
{
    const QByteArray sessions = "session_id,theatre,date,start,end,specialty,status\n"
                                "S1,T1,2026-12-07,08:00,12:00,,open\n";
    const QByteArray cases =
        "case_id,patient_id,surgeon_id,specialty,procedure,duration_min,priority,listed_date\n"
        "C1,P1,D1,GEN,x,60,P1,2026-12-01\n";
    auto in = InstanceReader::fromData(sessions, QStringLiteral("s.csv"), cases, QStringLiteral("c.csv"), 15);
    INFO(in.errorMessage());
    REQUIRE(in.ok());
    CHECK(in->cases[0].deadline == QDate(2026, 12, 4));
    CHECK(in->cases[0].originalSession == -1);
}
