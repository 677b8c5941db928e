// The laboratory role from the command line (issue 15): an administrator adds the lab
// laptop's users with `users add --role laboratory`; they back up and carry bundles, and are
// refused what the ward does (observations) with the role named.
#include "CliRun.h"
#include "Database.h"
#include "TestSupport.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace wp;

namespace {

QProcessEnvironment password(const QString& p)
{
    return test::cliSecrets(p); // with the backup passphrase: backups are encrypted
}

QStringList as(const QString& dir, const QString& user)
{
    return {QStringLiteral("--data-dir"), dir, QStringLiteral("--user"), user};
}

test::CliResult addUser(const QString& dir, const QString& login, const QString& role)
{
    QProcessEnvironment env = password(QStringLiteral("boss-password"));
    env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), login + QStringLiteral("-password"));
    return test::runCli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                                    login, QStringLiteral("--name"), QStringLiteral("Laure Laborantine"),
                                    QStringLiteral("--role"), role} +
                            as(dir, QStringLiteral("boss")),
                        env);
}

int count(const QString& dir, const QString& sql)
{
    auto db = db::Database::open(QDir(dir).filePath(Workspace::databaseFileName()));
    REQUIRE(db.ok());
    return db->scalar(sql).value().toInt();
}

} // namespace

TEST_CASE("cli: users add --role laboratory adds a lab user who backs up but records no care", "[issue15]")
{
    test::TempDir tmp;
    auto init =
        test::runCli({QStringLiteral("init"), QStringLiteral("--data-dir"), tmp.path(),
                      QStringLiteral("--hospital"), QStringLiteral("CH Test"),
                      QStringLiteral("--device-code"), QStringLiteral("LABO1"), QStringLiteral("--admin"),
                      QStringLiteral("boss"), QStringLiteral("--ward"), QStringLiteral("MED:Médecine:12")},
                     password(QStringLiteral("boss-password")));
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);

    SECTION("the role is taken and listed")
    {
        auto add = addUser(tmp.path(), QStringLiteral("labo"), QStringLiteral("laboratory"));
        INFO(add.err.toStdString());
        REQUIRE(add.exitCode == 0);
        CHECK(add.out.contains(QStringLiteral("Added labo (Laboratory).")));
        auto list = test::runCli(
            {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), tmp.path()});
        CHECK(list.exitCode == 0);
        CHECK(list.out.contains(QStringLiteral("labo\tlaboratory")));

        // The lab user's own password works: a backup (allowed) onto a "USB stick".
        test::TempDir usb;
        auto backup = test::runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb.path()} +
                                       as(tmp.path(), QStringLiteral("labo")),
                                   password(QStringLiteral("labo-password")));
        INFO(backup.err.toStdString());
        CHECK(backup.exitCode == 0);
        CHECK(QDir(usb.path()).entryList(QDir::Files).size() == 1);

        // Observations are the ward's: refused (exit status 5) with the role named, nothing written.
        auto observations =
            test::runCli(QStringList{QStringLiteral("observations"), QStringLiteral("import"),
                                     test::dataFile(QStringLiteral("ward/observations.csv"))} +
                             as(tmp.path(), QStringLiteral("labo")),
                         password(QStringLiteral("labo-password")));
        CHECK(observations.exitCode == 5);
        CHECK(observations.err.contains(
            QStringLiteral("Your role (Laboratory) does not allow recording care")));
        CHECK(count(tmp.path(), QStringLiteral("SELECT count(*) FROM record_version")) == 0);

        // And a lab user adds no users.
        QProcessEnvironment env = password(QStringLiteral("labo-password"));
        env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), QStringLiteral("other-password"));
        auto refused = test::runCli(QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                                QStringLiteral("--login"), QStringLiteral("lab2"),
                                                QStringLiteral("--name"), QStringLiteral("Lab Two"),
                                                QStringLiteral("--role"), QStringLiteral("laboratory")} +
                                        as(tmp.path(), QStringLiteral("labo")),
                                    env);
        CHECK(refused.exitCode == 5);
        CHECK(count(tmp.path(), QStringLiteral("SELECT count(*) FROM app_user")) == 2);
    }

    SECTION("an unknown role is refused with the list of roles, laboratory included")
    {
        auto add = addUser(tmp.path(), QStringLiteral("chem"), QStringLiteral("lab"));
        CHECK(add.exitCode == 2);
        CHECK(add.err.contains(QStringLiteral(
            "--role must be one of nurse, doctor, theatre_manager, administrator, laboratory")));
        CHECK(add.err.contains(QStringLiteral("not \"lab\".")));
        CHECK(count(tmp.path(), QStringLiteral("SELECT count(*) FROM app_user")) == 1);
        auto help = test::runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--help")});
        CHECK(help.out.contains(QStringLiteral("laboratory")));
    }
}
