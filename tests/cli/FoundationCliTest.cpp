#include "CliRun.h"
#include "Database.h"
#include "TestSupport.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace wp;

namespace {

test::CliResult init(const QString& dir)
{
    return test::runCli(test::initArgs(dir), test::cliSecrets(test::cliAdminPassword()));
}

} // namespace

TEST_CASE("cli: init sets up a data directory once, with the password from the environment")
{
    test::TempDir tmp;
    auto r = init(tmp.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("URG1")));
    auto again = init(tmp.path());
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("already set up")));

    auto list = test::runCli(
        {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), tmp.path()});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("boss\tadministrator")));
}

TEST_CASE("cli: bad arguments are refused with exit code 2 and change nothing")
{
    test::TempDir tmp;
    auto noHospital = test::runCli({QStringLiteral("init"), QStringLiteral("--data-dir"), tmp.path(),
                                    QStringLiteral("--device-code"), QStringLiteral("URG1"),
                                    QStringLiteral("--admin"), QStringLiteral("boss")},
                                   test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(noHospital.exitCode == 2);
    CHECK(noHospital.err.contains(QStringLiteral("--hospital")));
    auto badCode =
        test::runCli({QStringLiteral("init"), QStringLiteral("--data-dir"), tmp.path(),
                      QStringLiteral("--hospital"), QStringLiteral("X"), QStringLiteral("--device-code"),
                      QStringLiteral("urg-1"), QStringLiteral("--admin"), QStringLiteral("boss")},
                     test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(badCode.exitCode == 2);
    CHECK(badCode.err.contains(QStringLiteral("laptop code")));
    CHECK_FALSE(QFile::exists(QDir(tmp.path()).filePath(Workspace::databaseFileName())));
    auto unknown = test::runCli({QStringLiteral("verify"), QStringLiteral("--bogus")});
    CHECK(unknown.exitCode == 2);
    CHECK(test::runCli({QStringLiteral("no-such-verb")}).exitCode == 2);
}

TEST_CASE("cli: writes need a user and the right password")
{
    test::TempDir tmp;
    REQUIRE(init(tmp.path()).exitCode == 0);
    test::TempDir usb;
    auto anonymous = test::runCli({QStringLiteral("backup"), QStringLiteral("--data-dir"), tmp.path(),
                                   QStringLiteral("--to"), usb.path()});
    CHECK(anonymous.exitCode == 2);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    auto wrong =
        test::runCli({QStringLiteral("backup"), QStringLiteral("--data-dir"), tmp.path(),
                      QStringLiteral("--to"), usb.path(), QStringLiteral("--user"), QStringLiteral("boss")},
                     test::cliSecrets(QStringLiteral("not-the-password")));
    CHECK(wrong.exitCode == 5);
    CHECK(wrong.err.contains(QStringLiteral("Wrong user name or password")));
    CHECK(QDir(usb.path()).isEmpty());
    // The password, then the backup's passphrase, may also come on standard input when it is
    // not a terminal.
    auto piped =
        test::runCli({QStringLiteral("backup"), QStringLiteral("--data-dir"), tmp.path(),
                      QStringLiteral("--to"), usb.path(), QStringLiteral("--user"), QStringLiteral("boss")},
                     {}, QByteArray("boss-password\nusb stick backup words\n"));
    INFO(piped.err.toStdString());
    CHECK(piped.exitCode == 0);
    CHECK(QDir(usb.path()).entryList({QStringLiteral("whiteplan-URG1-*.wpbackup")}, QDir::Files).size() == 1);
}

TEST_CASE("cli: a second WhitePlan on the same data directory says so and exits cleanly")
{
    test::TempDir tmp;
    REQUIRE(init(tmp.path()).exitCode == 0);
    auto held = Workspace::open(tmp.path());
    REQUIRE(held.ok());
    test::TempDir usb;
    auto r =
        test::runCli({QStringLiteral("backup"), QStringLiteral("--data-dir"), tmp.path(),
                      QStringLiteral("--to"), usb.path(), QStringLiteral("--user"), QStringLiteral("boss")},
                     test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(r.exitCode == 6);
    CHECK(r.err.contains(QStringLiteral("already using")));
    // Reading needs no lock: verify runs beside it.
    CHECK(test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), tmp.path()}).exitCode == 0);
}

TEST_CASE("cli: verify names the first tampered audit entry")
{
    test::TempDir tmp;
    REQUIRE(init(tmp.path()).exitCode == 0);
    auto ok = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), tmp.path()});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("Audit trail: ok")));
    {
        auto db = db::Database::open(QDir(tmp.path()).filePath(Workspace::databaseFileName()));
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET action = "
                                        "'nothing' WHERE seq = 2;"))
                    .ok());
    }
    auto broken = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), tmp.path()});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("BROKEN at entry 2")));
}

TEST_CASE("cli: backup then restore brings the data back and keeps the replaced file")
{
    test::TempDir tmp;
    REQUIRE(init(tmp.path()).exitCode == 0);
    test::TempDir usb;
    const QStringList login{QStringLiteral("--data-dir"), tmp.path(), QStringLiteral("--user"),
                            QStringLiteral("boss")};
    auto backup =
        test::runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb.path()} + login,
                     test::cliSecrets(QStringLiteral("boss-password")));
    REQUIRE(backup.exitCode == 0);
    const QString file = QDir(usb.path()).entryInfoList(QDir::Files).first().absoluteFilePath();
    QProcessEnvironment env = test::cliSecrets(QStringLiteral("boss-password"));
    env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), QStringLiteral("nurse-password"));
    auto add =
        test::runCli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                                 QStringLiteral("nina"), QStringLiteral("--name"), QStringLiteral("Nina"),
                                 QStringLiteral("--role"), QStringLiteral("nurse")} +
                         login,
                     env);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    // The backup on the stick is encrypted (issue 17): a wrong passphrase (5) or an altered
    // file (2) is refused and the data stays as it is.
    CHECK(file.endsWith(QStringLiteral(".wpbackup")));
    CHECK_FALSE(test::readFile(file).contains("boss"));
    QProcessEnvironment wrongPassphrase = test::cliSecrets(QStringLiteral("boss-password"));
    wrongPassphrase.insert(QStringLiteral("WHITEPLAN_BACKUP_PASSPHRASE"),
                           QStringLiteral("not the right words"));
    auto wrong = test::runCli(QStringList{QStringLiteral("restore"), file} + login, wrongPassphrase);
    CHECK(wrong.exitCode == 5);
    CHECK(wrong.err.contains(QStringLiteral("Wrong passphrase")));
    QByteArray altered = test::readFile(file);
    altered[altered.size() - 20] = static_cast<char>(altered[altered.size() - 20] ^ 0x20);
    const QString alteredFile = usb.file(QStringLiteral("altered.wpbackup"));
    test::writeFile(alteredFile, altered);
    auto tampered = test::runCli(QStringList{QStringLiteral("restore"), alteredFile} + login,
                                 test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(tampered.exitCode == 2);
    CHECK(tampered.err.contains(QStringLiteral("nothing was restored")));
    CHECK(test::runCli(
              {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), tmp.path()})
              .out.contains(QStringLiteral("nina")));
    auto restore = test::runCli(QStringList{QStringLiteral("restore"), file} + login,
                                test::cliSecrets(QStringLiteral("boss-password")));
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("kept as")));
    auto list = test::runCli(
        {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), tmp.path()});
    CHECK_FALSE(list.out.contains(QStringLiteral("nina")));
    auto garbage = usb.file(QStringLiteral("garbage.db"));
    test::writeFile(garbage, QByteArray(5000, 'g'));
    auto refused = test::runCli(QStringList{QStringLiteral("restore"), garbage} + login,
                                test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(refused.exitCode == 2);
}

TEST_CASE("cli: demo creates a hospital with about 40 patients and users for each role")
{
    test::TempDir tmp;
    auto r = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), tmp.path()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("claire / demo-nurse")));
    auto db = db::Database::open(QDir(tmp.path()).filePath(Workspace::databaseFileName()));
    REQUIRE(db.ok());
    const int patients = db->scalar(QStringLiteral("SELECT count(*) FROM patient")).value().toInt();
    CHECK(patients >= 35);
    CHECK(patients <= 45);
    CHECK(db->scalar(QStringLiteral("SELECT count(DISTINCT role) FROM app_user")).value().toInt() ==
          Roles::all().size());
    CHECK(r.out.contains(QStringLiteral("labo / demo-lab (Laboratory)")));
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'"))
              .value()
              .toInt() > 100);
    CHECK(QFile::exists(QDir(tmp.path()).filePath(QStringLiteral("demo/theatre-cases.csv"))));
    auto again = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), tmp.path()});
    CHECK(again.exitCode == 3);
}
