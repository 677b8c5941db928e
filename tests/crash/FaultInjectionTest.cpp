// Issue 17, fault injection: a full disk, a write error and a failed flush at every point in turn
// of the real services. The user is told the truth, nothing half-written stays, and the
// database passes verify.
#include "CrashScenarios.h"

#include "entries/FormEntryService.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::test;

namespace {

const QString diskFull =
    QStringLiteral("The disk is full: nothing was saved. Free some space, then save again.");
const QString writeFailed = QStringLiteral(": nothing was saved. Check the disk, then save again.");

void injectEverywhere(const QString& preparedDir, const CrashScenario& scenario, CrashVfs::Fault fault,
                      const QString& message, const char* what)
{
    const CrashFigures f = injectAtEveryPoint(preparedDir, scenario, fault, message);
    report(QString::fromLatin1(what) + QStringLiteral(": ") + scenario.name, f);
    CHECK(f.verified == f.runs);
    CHECK(f.runs > 0);
}

} // namespace

TEST_CASE("A full disk at any write says so and saves nothing half", "[crash][fault]")
{
    CrashWard ward;
    injectEverywhere(ward.dir, scenarios::saveObservation(ward), CrashVfs::Fault::DiskFull, diskFull,
                     "disk full");
    injectEverywhere(ward.dir, scenarios::amendObservation(ward), CrashVfs::Fault::DiskFull, diskFull,
                     "disk full");
    injectEverywhere(ward.dir, scenarios::censusImport(ward), CrashVfs::Fault::DiskFull, diskFull,
                     "disk full");
    injectEverywhere(ward.dir, scenarios::observationImport(ward), CrashVfs::Fault::DiskFull, diskFull,
                     "disk full");
    TempDir other;
    const QString bundle = scenarios::makeBundle(ward, other.path());
    injectEverywhere(ward.dir, scenarios::bundleImport(ward, bundle), CrashVfs::Fault::DiskFull, diskFull,
                     "disk full");
}

TEST_CASE("A write error at any write says nothing was saved, and nothing was", "[crash][fault]")
{
    CrashWard ward;
    injectEverywhere(ward.dir, scenarios::saveObservation(ward), CrashVfs::Fault::WriteError, writeFailed,
                     "write error");
    injectEverywhere(ward.dir, scenarios::censusImport(ward), CrashVfs::Fault::WriteError, writeFailed,
                     "write error");
}

TEST_CASE("A failed flush at any sync is reported and leaves a sound database", "[crash][fault]")
{
    CrashWard ward;
    injectEverywhere(ward.dir, scenarios::saveObservation(ward), CrashVfs::Fault::SyncError, {},
                     "failed sync");
    injectEverywhere(ward.dir, scenarios::censusImport(ward), CrashVfs::Fault::SyncError, {}, "failed sync");
}

TEST_CASE("After a one-off write error the same session saves again", "[crash][fault]")
{
    CrashWard ward;
    TempDir work;
    const QString dir = work.file(QStringLiteral("d"));
    copyDirectory(ward.dir, dir);
    CrashVfs& vfs = CrashVfs::instance();
    vfs.install();
    {
        ManualClock clock(testEpoch());
        auto ws = CrashWard::open(dir, clock);
        REQUIRE(ws.ok());
        FormEntryService entries(**ws, CrashWard::forms());
        vfs.arm(CrashVfs::Fault::DiskFull, 1, false);
        auto failed = entries.save(QStringLiteral("observation"), ward.patientId, CrashWard::observation(90),
                                   clock.now());
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.errorMessage().contains(diskFull));
        CHECK(vfs.faultHit());
        auto saved = entries.save(QStringLiteral("observation"), ward.patientId, CrashWard::observation(90),
                                  clock.now());
        INFO(saved.errorMessage().toStdString());
        CHECK(saved.ok());
    }
    vfs.disarm();
    vfs.uninstall();
    CHECK(CrashWard::observations(dir) == CrashWard::observations(ward.dir) + 1);
    requireVerifies(dir);
}
