// Issue 12, items 2, 3, 4 and 14 end to end through whiteplan-cli.

#include "CliRun.h"
#include "Database.h"
#include "TestSupport.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

test::CliResult init(const QString& dir, const QString& hospital, const QString& code,
                     const QString& hospitalId = {})
{
    QStringList args = test::initArgs(dir, code, hospital);
    if (!hospitalId.isEmpty()) {
        args << QStringLiteral("--hospital-id") << hospitalId;
    }
    return test::runCli(args, test::cliSecrets(test::cliAdminPassword()));
}

} // namespace

TEST_CASE("cli: verify names an observation whose respiration rate was changed in the database")
{
    test::TempDir demo;
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), demo.path()}).exitCode == 0);
    // The demo's theatre files name patients: owner-only, like the folder they are in (issue 17).
    const QString demoFolder = QDir(demo.path()).filePath(QStringLiteral("demo"));
    const auto others =
        QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(demoFolder) & others) == 0);
    CHECK((QFile::permissions(QDir(demoFolder).filePath(QStringLiteral("theatre-cases.csv"))) & others) == 0);
    auto ok = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), demo.path()});
    INFO(ok.out.toStdString() + ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("Records: ok")));
    QString recordId;
    {
        auto db = db::Database::open(QDir(demo.path()).filePath(Workspace::databaseFileName()));
        REQUIRE(db.ok());
        auto pick =
            db->scalar(QStringLiteral("SELECT version_id FROM record_version WHERE kind = 'observation' AND "
                                      "data LIKE '%\"resp_rate\":%' ORDER BY rowid LIMIT 1"));
        REQUIRE(pick.ok());
        const QString versionId = pick->toString();
        REQUIRE_FALSE(versionId.isEmpty());
        auto rec = db->prepare(QStringLiteral("SELECT record_id FROM record_version WHERE version_id = ?1"));
        REQUIRE(rec.ok());
        rec->bind(1, versionId);
        REQUIRE(rec->step().value());
        recordId = rec->text(0);
        // One value changed with a SQLite tool, the append-only trigger lifted first.
        REQUIRE(
            db->exec(QStringLiteral("DROP TRIGGER record_version_no_update; UPDATE record_version SET data = "
                                    "json_set(data, '$.resp_rate', json_extract(data, '$.resp_rate') + 4) "
                                    "WHERE version_id = '%1';")
                         .arg(versionId))
                .ok());
    }
    auto broken = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), demo.path()});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("Records: ALTERED")));
    CHECK(broken.out.contains(recordId));
}

TEST_CASE("cli: restore refuses another laptop's backup and restores onto a fresh machine")
{
    test::TempDir p1;
    test::TempDir p2;
    test::TempDir usb;
    test::TempDir fresh;
    auto first = init(p1.path(), QStringLiteral("CH Test"), QStringLiteral("P1"));
    REQUIRE(first.exitCode == 0);
    // The first laptop's init says the hospital id that the second is set up with.
    const QString marker = QStringLiteral("Hospital id: ");
    REQUIRE(first.out.contains(marker));
    const QString hospitalId = first.out.mid(first.out.indexOf(marker) + marker.size(), 19);
    REQUIRE(init(p2.path(), QStringLiteral("CH Test"), QStringLiteral("P2"), hospitalId).exitCode == 0);
    auto backup = test::runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb.path()} +
                                   test::asUser(p2.path(), QStringLiteral("boss")),
                               test::cliSecrets(QStringLiteral("boss-password")));
    REQUIRE(backup.exitCode == 0);
    const QString file = QDir(usb.path()).entryInfoList(QDir::Files).first().absoluteFilePath();
    auto refused = test::runCli(QStringList{QStringLiteral("restore"), file} +
                                    test::asUser(p1.path(), QStringLiteral("boss")),
                                test::cliSecrets(QStringLiteral("boss-password")));
    // Refused by a rule (the laptop's identity), not a bad file: exit status 3.
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("a second P2")));
    // No login on a fresh machine, but the encrypted backup's passphrase is asked (read here from
    // WHITEPLAN_BACKUP_PASSPHRASE).
    QProcessEnvironment backupPassphrase;
    backupPassphrase.insert(QStringLiteral("WHITEPLAN_BACKUP_PASSPHRASE"), test::cliBackupPassphrase());
    auto onNew = test::runCli({QStringLiteral("restore"), file, QStringLiteral("--data-dir"), fresh.path()},
                              backupPassphrase);
    INFO(onNew.err.toStdString());
    CHECK(onNew.exitCode == 0);
    auto verify = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), fresh.path()});
    CHECK(verify.exitCode == 0);
}

TEST_CASE("cli: bundles check laptop codes, passphrases and the hospital, and an admin may accept a transfer")
{
    test::TempDir nord;
    test::TempDir sud;
    test::TempDir usb;
    REQUIRE(init(nord.path(), QStringLiteral("CH Nord"), QStringLiteral("P1")).exitCode == 0);
    REQUIRE(init(sud.path(), QStringLiteral("CH Sud"), QStringLiteral("S1")).exitCode == 0);
    const QString bundle = usb.file(QStringLiteral("sud.wpb"));
    const QStringList exportArgs =
        QStringList{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), bundle} +
        test::asUser(sud.path(), QStringLiteral("boss"));
    auto badCode = test::runCli(
        exportArgs + QStringList{QStringLiteral("--for"), QStringLiteral("p2;x")},
        test::cliSecrets(QStringLiteral("boss-password"), QStringLiteral("lime river cold ticket")));
    CHECK(badCode.exitCode == 2);
    CHECK(badCode.err.contains(QStringLiteral("is not a laptop code")));
    auto weak =
        test::runCli(exportArgs, test::cliSecrets(QStringLiteral("boss-password"), QStringLiteral("x")));
    CHECK(weak.exitCode == 2);
    CHECK(weak.err.contains(QStringLiteral("at least 12 characters")));
    auto written = test::runCli(exportArgs, test::cliSecrets(QStringLiteral("boss-password"),
                                                             QStringLiteral("lime river cold ticket")));
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);

    const QStringList importArgs = QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle} +
                                   test::asUser(nord.path(), QStringLiteral("boss"));
    const auto env =
        test::cliSecrets(QStringLiteral("boss-password"), QStringLiteral("lime river cold ticket"));
    auto refused = test::runCli(importArgs, env);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("another hospital")));
    auto preview = test::runCli(importArgs + QStringList{QStringLiteral("--preview")}, env);
    CHECK(preview.exitCode == 0);
    CHECK(preview.out.contains(QStringLiteral("WARNING")));
    CHECK(preview.out.contains(QStringLiteral("another hospital")));
    auto accepted = test::runCli(
        importArgs + QStringList{QStringLiteral("--accept-transfer-from"), QStringLiteral("CH Sud")}, env);
    INFO(accepted.err.toStdString());
    CHECK(accepted.exitCode == 0);
    CHECK(accepted.out.contains(QStringLiteral("transfer of patients from CH Sud")));
}
