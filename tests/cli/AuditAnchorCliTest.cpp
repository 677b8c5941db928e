// Issue 17 end to end: `verify --against` an older backup catches the newest audit entries
// removed from a copy of the data, which the chain alone does not show.

#include "CliRun.h"
#include "Database.h"
#include "TestSupport.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace wp;

TEST_CASE("cli: verify --against an older backup catches the last 3 audit entries removed from a copy")
{
    test::TempDir live;
    test::TempDir usb;
    test::TempDir copy;
    REQUIRE(test::runCli(test::initArgs(live.path(), QStringLiteral("P1"), QStringLiteral("CH Test")),
                         test::cliSecrets(test::cliAdminPassword()))
                .exitCode == 0);
    const QStringList login{QStringLiteral("--data-dir"), live.path(), QStringLiteral("--user"),
                            test::cliAdmin()};
    auto backup =
        test::runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb.path()} + login,
                     test::cliSecrets(test::cliAdminPassword()));
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString file = QDir(usb.path()).entryInfoList(QDir::Files).first().absoluteFilePath();

    auto intact = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), live.path(),
                                QStringLiteral("--against"), file});
    INFO(intact.out.toStdString() + intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.contains(QStringLiteral("Audit trail against")));
    CHECK(intact.out.contains(QStringLiteral("unchanged")));

    // A copy of the data with its newest 3 entries removed by someone with a SQLite tool.
    const QString db = Workspace::databaseFileName();
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(QDir(live.path()).filePath(db + suffix))) {
            REQUIRE(QFile::copy(QDir(live.path()).filePath(db + suffix),
                                QDir(copy.path()).filePath(db + suffix)));
        }
    }
    {
        auto opened = db::Database::open(QDir(copy.path()).filePath(db));
        REQUIRE(opened.ok());
        REQUIRE(opened->exec(QStringLiteral("DROP TRIGGER audit_entry_no_delete")));
        REQUIRE(opened->exec(
            QStringLiteral("DELETE FROM audit_entry WHERE seq > (SELECT max(seq) FROM audit_entry) - 3")));
    }
    auto alone = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), copy.path()});
    INFO(alone.out.toStdString() + alone.err.toStdString());
    CHECK(alone.exitCode == 0); // the chain alone cannot tell: its end is simply earlier
    auto against = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), copy.path(),
                                 QStringLiteral("--against"), file});
    INFO(against.out.toStdString() + against.err.toStdString());
    CHECK(against.exitCode == 1);
    CHECK(against.out.contains(QStringLiteral("ENTRIES REMOVED")));

    SECTION("a file of another laptop is refused (3)")
    {
        test::TempDir other;
        REQUIRE(test::runCli(test::initArgs(other.path(), QStringLiteral("P2"), QStringLiteral("CH Test")),
                             test::cliSecrets(test::cliAdminPassword()))
                    .exitCode == 0);
        auto refused = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), other.path(),
                                     QStringLiteral("--against"), file});
        CHECK(refused.exitCode == 3);
        CHECK(refused.err.contains(QStringLiteral("another laptop")));
    }
    SECTION("a file that is no backup is bad input (2)")
    {
        const QString garbage = usb.file(QStringLiteral("garbage.txt"));
        test::writeFile(garbage, "not a backup");
        auto bad = test::runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), live.path(),
                                 QStringLiteral("--against"), garbage});
        CHECK(bad.exitCode == 2);
    }
}
