// Issue 12, item 13: one exit-status scheme (app/cli/ExitStatus.h, README "Exit statuses"),
// each status produced by a real failure of its kind.
#include "CliRun.h"
#include "Database.h"
#include "RestrictedCli.h"
#include "TestSupport.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace wp;

namespace {

const QString passphrase = QStringLiteral("a long usb stick passphrase 42");

void init(const QString& dir, const QString& device = QStringLiteral("URG1"))
{
    auto r = test::runCli(test::initArgs(dir, device), test::cliSecrets(QStringLiteral("boss-password")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

int count(const QString& dir, const QString& sql)
{
    auto db =
        db::Database::open(QDir(dir).filePath(Workspace::databaseFileName()), db::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return db->scalar(sql).value().toInt();
}

// A census whose rows carry long allergy texts: enough to fill a few megabytes of WAL.
QByteArray bigCensus(int rows)
{
    QByteArray csv("birth_name,first_names,birth_date,sex,allergies\n");
    const QByteArray allergies = QByteArray("Allergie documentée ").repeated(40);
    for (int i = 0; i < rows; ++i) {
        // Names hold no digits: spell the row number in letters.
        QByteArray letters;
        for (int n = i; letters.isEmpty() || n > 0; n /= 26) {
            letters += static_cast<char>('a' + n % 26);
        }
        csv += "Patient" + letters + ",Prénom" + letters + "," +
               QDate(1930, 1, 1).addDays(i * 7).toString(Qt::ISODate).toLatin1() + ",F," + allergies + "\n";
    }
    return csv;
}

qint64 largestFile(const QString& dir)
{
    qint64 largest = 0;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files)) {
        largest = std::max(largest, f.size());
    }
    return largest;
}

} // namespace

TEST_CASE(
    "cli exit status 2: every unusable bundle is bad input, whether empty, random, truncated or altered")
{
    test::TempDir demo;
    test::TempDir other;
    test::TempDir usb;
    auto made = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), demo.path()});
    REQUIRE(made.exitCode == 0);
    init(other.path(), QStringLiteral("URG2"));
    const QString bundle = usb.file(QStringLiteral("demo.wpb"));
    auto exported = test::runCli(
        QStringList{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), bundle} +
            test::asUser(demo.path(), QStringLiteral("admin")),
        test::cliSecrets(QStringLiteral("demo-admin"), passphrase));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QByteArray good = test::readFile(bundle);
    // Several 64 KiB chunks, so that damage past the first one is detected as damage, not
    // as a wrong passphrase (which the first chunk cannot tell apart).
    REQUIRE(good.size() > 3 * 64 * 1024);

    QByteArray altered = good;
    altered[altered.size() - 100] = static_cast<char>(altered[altered.size() - 100] ^ 0x01);
    QByteArray random(4096, Qt::Uninitialized);
    for (char& c : random) {
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    const QList<std::pair<const char*, QByteArray>> broken{
        {"empty", QByteArray()},
        {"random", random},
        {"truncated in its header", good.left(20)},
        {"truncated in its body", good.left(good.size() * 3 / 4)},
        {"altered", altered},
    };
    // The demo laptop is another hospital: accepting its transfer lets each damage be seen
    // for what it is rather than refused as another hospital's bundle first.
    const QStringList transfer{QStringLiteral("--accept-transfer-from"),
                               QStringLiteral("Centre hospitalier de démonstration")};
    for (const auto& [what, content] : broken) {
        const QString file = usb.file(QStringLiteral("broken.wpb"));
        test::writeFile(file, content);
        auto r = test::runCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), file} +
                                  transfer + test::asUser(other.path()),
                              test::cliSecrets(QStringLiteral("boss-password"), passphrase));
        INFO(what << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
    }
    CHECK(count(other.path(), QStringLiteral("SELECT count(*) FROM patient")) == 0);

    // The right file with the wrong passphrase is a wrong credential.
    auto wrong =
        test::runCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle} + transfer +
                         test::asUser(other.path()),
                     test::cliSecrets(QStringLiteral("boss-password"), passphrase + QStringLiteral("!")));
    INFO(wrong.err.toStdString());
    CHECK(wrong.exitCode == 5);
    CHECK(wrong.err.contains(QStringLiteral("Wrong passphrase")));
}

TEST_CASE("cli exit status 3: what a rule or the current state refuses")
{
    test::TempDir tmp;
    init(tmp.path());
    auto again = test::runCli(test::initArgs(tmp.path(), QStringLiteral("URG1")),
                              test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("already set up")));
    auto demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), tmp.path()});
    CHECK(demo.exitCode == 3);
    QProcessEnvironment env = test::cliSecrets(QStringLiteral("boss-password"));
    env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), QStringLiteral("another-password"));
    auto twice =
        test::runCli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                                 QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("Boss"),
                                 QStringLiteral("--role"), QStringLiteral("nurse")} +
                         test::asUser(tmp.path()),
                     env);
    CHECK(twice.exitCode == 3);
    CHECK(twice.err.contains(QStringLiteral("already a user")));
}

TEST_CASE("cli exit status 4: a disk that fills up during an import is an I/O failure, and nothing is kept")
{
    test::TempDir tmp;
    const QString data = tmp.file(QStringLiteral("data"));
    init(data);
    const QString census = tmp.file(QStringLiteral("census.csv"));
    test::writeFile(census, bigCensus(600));
    REQUIRE(QFileInfo(census).size() > 500 * 1000);
    // Room for the login's audit entry, not for 600 patients: the WAL hits the limit.
    test::CliLimits limits;
    limits.maxFileSize = largestFile(data) + 256 * 1024;
    auto full = test::runRestrictedCli(
        QStringList{QStringLiteral("patients"), QStringLiteral("import"), census} + test::asUser(data),
        test::cliSecrets(QStringLiteral("boss-password")), limits);
    INFO(full.err.toStdString());
    CHECK(full.exitCode == 4);
    CHECK(count(data, QStringLiteral("SELECT count(*) FROM patient")) == 0);
    // The same import with room to spare works, and the data is sound.
    auto roomy = test::runCli(QStringList{QStringLiteral("patients"), QStringLiteral("import"), census} +
                                  test::asUser(data),
                              test::cliSecrets(QStringLiteral("boss-password")));
    INFO(roomy.err.toStdString());
    CHECK(roomy.exitCode == 0);
    CHECK(count(data, QStringLiteral("SELECT count(*) FROM patient")) == 600);
    CHECK(test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), data}).exitCode == 0);

    // An export that cannot be written says so too.
    auto unwritable =
        test::runCli({QStringLiteral("observations"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"),
                      tmp.file(QStringLiteral("no-such-folder/obs.csv"))});
    INFO(unwritable.err.toStdString());
    CHECK(unwritable.exitCode == 4);
}

TEST_CASE("cli exit status 5: wrong passwords and roles that do not allow the command")
{
    test::TempDir tmp;
    init(tmp.path());
    test::TempDir usb;
    auto wrong = test::runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb.path()} +
                                  test::asUser(tmp.path()),
                              test::cliSecrets(QStringLiteral("not-the-password")));
    CHECK(wrong.exitCode == 5);
    CHECK(wrong.err.contains(QStringLiteral("Wrong user name or password")));
    QProcessEnvironment env = test::cliSecrets(QStringLiteral("boss-password"));
    env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), QStringLiteral("nurse-password"));
    REQUIRE(
        test::runCli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                                 QStringLiteral("nina"), QStringLiteral("--name"), QStringLiteral("Nina"),
                                 QStringLiteral("--role"), QStringLiteral("nurse")} +
                         test::asUser(tmp.path()),
                     env)
            .exitCode == 0);
    env = test::cliSecrets(QStringLiteral("nurse-password"));
    env.insert(QStringLiteral("WHITEPLAN_NEW_PASSWORD"), QStringLiteral("eve-password"));
    auto nurse =
        test::runCli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                                 QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve"),
                                 QStringLiteral("--role"), QStringLiteral("administrator")} +
                         test::asUser(tmp.path(), QStringLiteral("nina")),
                     env);
    INFO(nurse.err.toStdString());
    CHECK(nurse.exitCode == 5);
    CHECK(QDir(usb.path()).isEmpty());
}

TEST_CASE("cli exit status 6: a write while another WhitePlan holds the data directory")
{
    test::TempDir tmp;
    init(tmp.path());
    auto held = Workspace::open(tmp.path());
    REQUIRE(held.ok());
    test::TempDir usb;
    auto r = test::runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb.path()} +
                              test::asUser(tmp.path()),
                          test::cliSecrets(QStringLiteral("boss-password")));
    CHECK(r.exitCode == 6);
    CHECK(r.err.contains(QStringLiteral("already using")));
}
