#include "CrashHarness.h"

#include "Database.h"
#include "audit/AuditLog.h"
#include "records/RecordSeal.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace wp::test {

void copyDirectory(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(from).relativeFilePath(file);
        if (relative == QLatin1String("whiteplan.lock")) {
            continue;
        }
        const QString target = QDir(to).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        REQUIRE(QFile::copy(file, target));
    }
}

void requireVerifies(const QString& dir)
{
    ManualClock clock(testEpoch().addSecs(3600));
    auto ws = Workspace::open(dir, clock, Workspace::Check::Full, Workspace::Access::Write);
    INFO("reopening after the cut: " << ws.errorMessage().toStdString());
    REQUIRE(ws.ok());
    auto problems = (*ws)->db().integrityCheck();
    REQUIRE(problems.ok());
    INFO(problems->join(QStringLiteral("; ")).toStdString());
    REQUIRE(problems->isEmpty());
    auto chain = AuditLog(**ws).verify();
    REQUIRE(chain.ok());
    INFO("audit trail: " << chain->problem.toStdString());
    REQUIRE(chain->ok());
    auto seals = RecordSeal::verify((*ws)->db());
    REQUIRE(seals.ok());
    INFO("records: " << (seals->problems.isEmpty() ? std::string()
                                                   : seals->problems.first().problem.toStdString()));
    REQUIRE(seals->ok());
}

QVariant peek(const QString& dir, const QString& sql)
{
    auto db = db::Database::open(QDir(dir).filePath(Workspace::databaseFileName()),
                                 db::Database::Mode::ReadOnly, false);
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    auto value = db->scalar(sql);
    INFO(sql.toStdString() << ": " << value.errorMessage().toStdString());
    REQUIRE(value.ok());
    return *value;
}

namespace {

// One uninterrupted run on a fresh copy: how many writes and syncs the operation makes.
CrashFigures countPoints(const QString& preparedDir, const CrashScenario& scenario)
{
    TempDir work;
    const QString dir = work.file(QStringLiteral("data"));
    copyDirectory(preparedDir, dir);
    CrashVfs& vfs = CrashVfs::instance();
    vfs.disarm();
    QString error;
    const bool saved = scenario.run(dir, error);
    INFO(scenario.name.toStdString() << " without a cut: " << error.toStdString());
    REQUIRE(saved);
    CrashFigures f;
    f.writePoints = vfs.writes();
    f.syncPoints = vfs.syncs();
    REQUIRE(f.writePoints > 0);
    scenario.check(dir, Expect::After);
    requireVerifies(dir);
    return f;
}

} // namespace

CrashFigures cutPowerAtEveryWrite(const QString& preparedDir, const CrashScenario& scenario)
{
    CrashVfs& vfs = CrashVfs::instance();
    vfs.install();
    CrashFigures f = countPoints(preparedDir, scenario);
    for (int k = 1; k <= f.writePoints; ++k) {
        TempDir work;
        const QString dir = work.file(QStringLiteral("data"));
        copyDirectory(preparedDir, dir);
        vfs.arm(CrashVfs::Fault::PowerLoss, k);
        QString error;
        const bool saved = scenario.run(dir, error);
        INFO(scenario.name.toStdString()
             << ", power cut at write " << k << " of " << f.writePoints
             << (saved ? " (reported saved)" : " (reported: ") << error.toStdString());
        REQUIRE(vfs.powerLost());
        vfs.loseUnsyncedWrites();
        ++f.runs;
        f.reportedSaved += saved ? 1 : 0;
        scenario.check(dir, saved ? Expect::After : Expect::Either);
        requireVerifies(dir);
        ++f.verified;
    }
    vfs.disarm();
    vfs.uninstall();
    return f;
}

CrashFigures injectAtEveryPoint(const QString& preparedDir, const CrashScenario& scenario,
                                CrashVfs::Fault fault, const QString& expectedMessage)
{
    CrashVfs& vfs = CrashVfs::instance();
    vfs.install();
    CrashFigures f = countPoints(preparedDir, scenario);
    const int points = fault == CrashVfs::Fault::SyncError ? f.syncPoints : f.writePoints;
    for (int k = 1; k <= points; ++k) {
        TempDir work;
        const QString dir = work.file(QStringLiteral("data"));
        copyDirectory(preparedDir, dir);
        vfs.arm(fault, k);
        QString error;
        const bool saved = scenario.run(dir, error);
        vfs.disarm();
        INFO(scenario.name.toStdString()
             << ", fault at point " << k << " of " << points << (saved ? " (reported saved)" : " (reported: ")
             << error.toStdString());
        if (!saved) {
            CHECK_FALSE(error.isEmpty());
            if (!expectedMessage.isEmpty()) {
                CHECK(error.contains(expectedMessage));
            }
        }
        ++f.runs;
        f.reportedSaved += saved ? 1 : 0;
        const bool mayRemain = fault == CrashVfs::Fault::SyncError;
        scenario.check(dir, saved ? Expect::After : mayRemain ? Expect::Either : Expect::Before);
        requireVerifies(dir);
        ++f.verified;
    }
    vfs.uninstall();
    return f;
}

void report(const QString& what, const CrashFigures& f)
{
    std::printf("crash figures: %s: %d write points, %d syncs, %d runs checked (%d reported saved), "
                "%d verified\n",
                qPrintable(what), f.writePoints, f.syncPoints, f.runs, f.reportedSaved, f.verified);
    std::fflush(stdout);
}

} // namespace wp::test
