// Issue 12, items 5, 15 and 16: commands never create a data directory by mistake, read
// commands need neither a lock nor write access, and every option value is checked.
#include "CliRun.h"
#include "Database.h"
#include "RestrictedCli.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace wp;

namespace {

void init(const QString& dir)
{
    auto r = test::runCli(test::initArgs(dir), test::cliSecrets(test::cliAdminPassword()));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void importCensus(const QString& dir)
{
    auto r = test::runCli({QStringLiteral("patients"), QStringLiteral("import"),
                           test::dataFile(QStringLiteral("ward/census.csv")), QStringLiteral("--data-dir"),
                           dir, QStringLiteral("--user"), QStringLiteral("boss")},
                          test::cliSecrets(QStringLiteral("boss-password")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// The commands that only read, with what each must print when it works.
struct ReadCommand
{
    QStringList args;
    QString expected;
};

QList<ReadCommand> readCommands(const QString& dir)
{
    const QStringList d{QStringLiteral("--data-dir"), dir};
    return {
        {QStringList{QStringLiteral("verify")} + d, QStringLiteral("Audit trail: ok")},
        {QStringList{QStringLiteral("users"), QStringLiteral("list")} + d,
         QStringLiteral("boss\tadministrator")},
        {QStringList{QStringLiteral("observations"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("csv")} +
             d,
         QStringLiteral("patient")},
        {QStringList{QStringLiteral("bundle"), QStringLiteral("conflicts")} + d,
         QStringLiteral("Nothing to confirm")},
    };
}

} // namespace

TEST_CASE("cli: read commands on a missing or empty data directory fail and create nothing")
{
    test::TempDir tmp;
    const QString typo = tmp.file(QStringLiteral("no-such-dir"));
    for (const auto& c : readCommands(typo)) {
        auto r = test::runCli(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString()
             << " -> " << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(r.out.contains(QStringLiteral("ok")));
        CHECK_FALSE(QFileInfo::exists(typo));
    }
    // A write command does not create it either.
    auto backup =
        test::runCli({QStringLiteral("backup"), QStringLiteral("--to"), tmp.path(),
                      QStringLiteral("--data-dir"), typo, QStringLiteral("--user"), QStringLiteral("boss")},
                     test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(backup.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(typo));

    // An existing folder that holds no data stays empty.
    const QString empty = tmp.file(QStringLiteral("empty"));
    REQUIRE(QDir().mkpath(empty));
    for (const auto& c : readCommands(empty)) {
        auto r = test::runCli(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("holds no WhitePlan data")));
        CHECK(QDir(empty).isEmpty());
    }
}

TEST_CASE("cli: an empty --data-dir is refused instead of opening the default location")
{
    test::TempDir home;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.file(QStringLiteral("share")));
    for (const QStringList& args :
         {QStringList{QStringLiteral("verify"), QStringLiteral("--data-dir"), QString()},
          QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                      QString()}}) {
        auto r = test::runCli(args, env);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--data-dir needs a value")));
    }
    // Without --data-dir, the default location is used but still not created by a read.
    auto r = test::runCli({QStringLiteral("verify")}, env);
    CHECK(r.exitCode == 2);
    CHECK(QDir(home.path()).isEmpty());
}

TEST_CASE("cli: read commands work on a read-only data directory")
{
    test::TempDir tmp;
    const QString data = tmp.file(QStringLiteral("data"));
    init(data);
    importCensus(data);
    const auto commands = readCommands(data);
    test::makeReadOnly(tmp.path());
    test::CliLimits unprivileged;
    unprivileged.unprivileged = true;
    for (const auto& c : commands) {
        auto r = test::runRestrictedCli(c.args, {}, unprivileged);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(c.expected));
    }
    // Nothing could be written, and nothing was: no lock, no -shm beside the database.
    CHECK_FALSE(QFileInfo::exists(QDir(data).filePath(QStringLiteral("whiteplan.lock"))));
    // A write command explains why it cannot run.
    auto write = test::runRestrictedCli({QStringLiteral("backup"), QStringLiteral("--to"), tmp.path(),
                                         QStringLiteral("--data-dir"), data, QStringLiteral("--user"),
                                         QStringLiteral("boss")},
                                        test::cliSecrets(QStringLiteral("boss-password")), unprivileged);
    INFO(write.err.toStdString());
    CHECK(write.exitCode == 4);
    CHECK(write.err.contains(QStringLiteral("writable")));
    test::makeWritable(tmp.path());
}

TEST_CASE("cli: a read-only copy whose latest changes are still in its -wal is refused, not shown stale")
{
    test::TempDir source;
    init(source.path());
    test::TempDir copy;
    const QString data = copy.file(QStringLiteral("data"));
    {
        // A committed change that only the -wal holds, as in a copy taken while WhitePlan ran.
        auto held = Workspace::open(source.path());
        REQUIRE(held.ok());
        REQUIRE((*held)
                    ->db()
                    .exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('test.late', '1')"))
                    .ok());
        REQUIRE(QDir().mkpath(data));
        for (const QString& name :
             {Workspace::databaseFileName(), Workspace::databaseFileName() + QStringLiteral("-wal")}) {
            REQUIRE(QFile::copy(QDir(source.path()).filePath(name), QDir(data).filePath(name)));
        }
    }
    REQUIRE(QFileInfo(QDir(data).filePath(Workspace::databaseFileName() + QStringLiteral("-wal"))).size() >
            0);
    test::makeReadOnly(copy.path());
    test::CliLimits unprivileged;
    unprivileged.unprivileged = true;
    auto r = test::runRestrictedCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), data}, {},
                                    unprivileged);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("whiteplan.db-wal")));
    CHECK_FALSE(r.out.contains(QStringLiteral("ok")));
    test::makeWritable(copy.path());
}

TEST_CASE("cli: read commands run while another WhitePlan is writing")
{
    test::TempDir tmp;
    init(tmp.path());
    importCensus(tmp.path());
    auto held = Workspace::open(tmp.path());
    REQUIRE(held.ok());
    // An import in progress: a write transaction open on the holder's connection.
    auto tx = db::Transaction::begin((*held)->db());
    REQUIRE(tx.ok());
    REQUIRE(
        (*held)->db().exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('test.busy', '1')")).ok());
    for (const auto& c : readCommands(tmp.path())) {
        auto r = test::runCli(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(c.expected));
    }
}

TEST_CASE("cli: an option followed by another option instead of its value is refused")
{
    test::TempDir tmp;
    init(tmp.path());
    // Once taken as "--data-dir=--user", the import ran on a data directory called "--user".
    auto r = test::runCli({QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                           QStringLiteral("--user"), QStringLiteral("boss"),
                           test::dataFile(QStringLiteral("ward/census.csv"))},
                          test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--data-dir needs a value")));
    CHECK(r.err.contains(QStringLiteral("--user")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("--user")));
}

TEST_CASE("cli: every option value is checked and named in the message")
{
    test::TempDir tmp;
    const QString aFile = tmp.file(QStringLiteral("a-file"));
    test::writeFile(aFile, "not a directory");
    const QString sessions = test::dataFile(QStringLiteral("theatreui/sessions.csv"));
    const QString cases = test::dataFile(QStringLiteral("theatreui/cases.csv"));
    const QStringList contract{QStringLiteral("--sessions"), sessions, QStringLiteral("--cases"), cases};
    const QStringList initBase{
        QStringLiteral("init"),       QStringLiteral("--data-dir"), tmp.file(QStringLiteral("new")),
        QStringLiteral("--hospital"), QStringLiteral("CH"),         QStringLiteral("--device-code"),
        QStringLiteral("URG1"),       QStringLiteral("--admin"),    QStringLiteral("boss")};
    struct Case
    {
        QStringList args;
        QStringList expected;
    };
    const QList<Case> cases_{
        {QStringList{QStringLiteral("reschedule"), QStringLiteral("--out"),
                     tmp.file(QStringLiteral("plan.csv")), QStringLiteral("--turnover"), QString()} +
             contract,
         {QStringLiteral("--turnover needs a value")}},
        {QStringList{QStringLiteral("reschedule"), QStringLiteral("--out"),
                     tmp.file(QStringLiteral("plan.csv")), QStringLiteral("--turnover"),
                     QStringLiteral("4294967311")} +
             contract,
         {QStringLiteral("--turnover must be a whole number from 0 to 1440"), QStringLiteral("4294967311")}},
        {QStringList{QStringLiteral("reschedule"), QStringLiteral("--out"),
                     tmp.file(QStringLiteral("plan.csv")), QStringLiteral("--time-limit"),
                     QStringLiteral("nan")} +
             contract,
         {QStringLiteral("--time-limit must be a number")}},
        {QStringList{QStringLiteral("check-plan"), QStringLiteral("--plan"),
                     tmp.file(QStringLiteral("none.csv")), QStringLiteral("--turnover"),
                     QStringLiteral("-1")} +
             contract,
         {QStringLiteral("--turnover must be a whole number from 0 to 1440"), QStringLiteral("\"-1\"")}},
        {QStringList{QStringLiteral("theatre"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                     tmp.path(), QStringLiteral("--turnover"), QString()} +
             contract,
         {QStringLiteral("--turnover needs a value")}},
        {initBase + QStringList{QStringLiteral("--range-first"), QStringLiteral("99999999999")},
         {QStringLiteral("--range-first must be a whole number from 1 to 999999"),
          QStringLiteral("99999999999")}},
        {initBase + QStringList{QStringLiteral("--range-last"), QStringLiteral("12abc")},
         {QStringLiteral("--range-last must be a whole number from 1 to 999999"), QStringLiteral("12abc")}},
        {initBase + QStringList{QStringLiteral("--ward"), QStringLiteral("MED:Médecine:4294967297")},
         {QStringLiteral("bed count of --ward MED"), QStringLiteral("4294967297")}},
        {{QStringLiteral("verify"), QStringLiteral("--data-dir"), aFile},
         {QStringLiteral("is a file, not a data directory")}},
        {{QStringLiteral("init"), QStringLiteral("--data-dir"), aFile, QStringLiteral("--hospital"),
          QStringLiteral("CH"), QStringLiteral("--device-code"), QStringLiteral("URG1"),
          QStringLiteral("--admin"), QStringLiteral("boss")},
         {QStringLiteral("is a file, not a data directory")}},
        {{QStringLiteral("print"), QStringLiteral("sitrep"), QStringLiteral("--hours"),
          QStringLiteral("4294967320"), QStringLiteral("--out"), tmp.file(QStringLiteral("s.pdf")),
          QStringLiteral("--data-dir"), tmp.path(), QStringLiteral("--user"), QStringLiteral("boss")},
         {QStringLiteral("--hours must be a whole number from 1 to 744")}},
        {{QStringLiteral("theatre"), QStringLiteral("print"), QStringLiteral("daylist"),
          QStringLiteral("--date"), QStringLiteral("2026-02-30"), QStringLiteral("--out"),
          tmp.file(QStringLiteral("d.pdf")), QStringLiteral("--data-dir"), tmp.path(),
          QStringLiteral("--user"), QStringLiteral("boss")},
         {QStringLiteral("--date must be a date as YYYY-MM-DD"), QStringLiteral("2026-02-30")}},
        {{QStringLiteral("patients"), QStringLiteral("import"), tmp.file(QStringLiteral("missing.csv")),
          QStringLiteral("--data-dir"), tmp.path(), QStringLiteral("--user"), QStringLiteral("boss")},
         {QStringLiteral("missing.csv"), QStringLiteral("does not exist")}},
    };
    for (const auto& c : cases_) {
        auto r = test::runCli(c.args, test::cliSecrets(QStringLiteral("boss-password")));
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        for (const QString& e : c.expected) {
            CHECK(r.err.contains(e));
        }
    }
    CHECK_FALSE(QFileInfo::exists(tmp.file(QStringLiteral("new"))));
    CHECK_FALSE(QFileInfo::exists(tmp.file(QStringLiteral("plan.csv"))));
}
