// Issue 17, fault injection end to end: whiteplan-cli on a disk that is full (FullDiskShim,
// loaded with LD_PRELOAD, fails writes in the data directory with ENOSPC as a full file system
// does). The user reads the truth, the status is 4 (reading or writing failed, not 2 = bad
// input) and nothing was written.
#include "Database.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace wp;

namespace {

const QString adminPassword = QStringLiteral("full-disk-admin");

QProcessEnvironment secrets()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("WHITEPLAN_PASSWORD"), adminPassword);
    return env;
}

QProcessEnvironment fullDisk(const QString& dir, qint64 bytesLeft)
{
    QProcessEnvironment env = secrets();
    // Built beside the test binaries (tests/CMakeLists.txt).
    const QString shim = QCoreApplication::applicationDirPath() + QStringLiteral("/whiteplan_full_disk.so");
    REQUIRE(QFileInfo::exists(shim));
    env.insert(QStringLiteral("LD_PRELOAD"), shim);
    env.insert(QStringLiteral("WHITEPLAN_FULL_DISK_DIR"), QDir(dir).absolutePath());
    env.insert(QStringLiteral("WHITEPLAN_FULL_DISK_AFTER"), QString::number(bytesLeft));
    // An AddressSanitizer build wants its runtime first; the shim only wraps write().
    QString asan = qEnvironmentVariable("ASAN_OPTIONS");
    asan += (asan.isEmpty() ? QString() : QStringLiteral(":")) + QStringLiteral("verify_asan_link_order=0");
    env.insert(QStringLiteral("ASAN_OPTIONS"), asan);
    return env;
}

int patients(const QString& dir)
{
    auto db =
        db::Database::open(QDir(dir).filePath(QStringLiteral("whiteplan.db")), db::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return db->scalar(QStringLiteral("SELECT count(*) FROM patient")).value().toInt();
}

QString census(const QString& folder, int rows)
{
    QByteArray csv = "ipp,birth_name,first_names,birth_date,sex\n";
    for (int r = 0; r < rows; ++r) {
        // Names take no digits: the row number in letters.
        QString name;
        for (int n = r; name.isEmpty() || n > 0; n /= 26) {
            name.prepend(QChar(u'a' + n % 26));
        }
        csv += QStringLiteral("%1,Plein%2,Disque,1950-01-0%3,F\n")
                   .arg(500000 + r)
                   .arg(name)
                   .arg(1 + r % 9)
                   .toUtf8();
    }
    const QString file = QDir(folder).filePath(QStringLiteral("census.csv"));
    test::writeFile(file, csv);
    return file;
}

const QString diskFull =
    QStringLiteral("The disk is full: nothing was saved. Free some space, then save again.");

} // namespace

TEST_CASE("cli: a full disk says so, exits 4 and writes nothing", "[crash][fault]")
{
    test::TempDir laptop;
    test::TempDir input;
    const QStringList init{
        QStringLiteral("init"),       QStringLiteral("--data-dir"), laptop.path(),
        QStringLiteral("--hospital"), QStringLiteral("CH Plein"),   QStringLiteral("--device-code"),
        QStringLiteral("P1"),         QStringLiteral("--admin"),    QStringLiteral("admin")};
    REQUIRE(test::runCli(init, secrets()).exitCode == 0);
    const QString file = census(input.path(), 2000);
    const QStringList import = QStringList{QStringLiteral("patients"),
                                           QStringLiteral("import"),
                                           file,
                                           QStringLiteral("--data-dir"),
                                           laptop.path(),
                                           QStringLiteral("--user"),
                                           QStringLiteral("admin")};

    SECTION("full before the lock file: the disk, not the lock, is named")
    {
        auto r = test::runCli(import, fullDisk(laptop.path(), 0));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 4);
        CHECK(r.err.contains(diskFull));
        CHECK_FALSE(r.err.contains(QStringLiteral("Cannot lock")));
    }
    SECTION("full in the middle of the import: all of it is rolled back")
    {
        auto r = test::runCli(import, fullDisk(laptop.path(), 256 * 1024));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 4);
        CHECK(r.err.contains(diskFull));
    }
    CHECK(patients(laptop.path()) == 0);
    auto verify = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), laptop.path()});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    // Space is back: the same command imports everything.
    auto again = test::runCli(import, secrets());
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(patients(laptop.path()) == 2000);
}
