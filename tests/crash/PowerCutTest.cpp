// Issue 17, crash simulation: the real services run on CrashVfs and the power is cut at every
// write point in turn. After each cut the reopened database passes verify, what the service
// reported as saved is there, and a multi-row operation is all or nothing.
#include "CrashScenarios.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::test;

namespace {

void cutEverywhere(const QString& preparedDir, const CrashScenario& scenario)
{
    const CrashFigures f = cutPowerAtEveryWrite(preparedDir, scenario);
    report(QStringLiteral("power cut: ") + scenario.name, f);
    CHECK(f.runs == f.writePoints);
    CHECK(f.verified == f.runs);
}

} // namespace

TEST_CASE("A power cut at any write of saving an observation loses nothing saved", "[crash]")
{
    CrashWard ward;
    cutEverywhere(ward.dir, scenarios::saveObservation(ward));
}

TEST_CASE("A power cut at any write of an amendment leaves the old version or both", "[crash]")
{
    CrashWard ward;
    cutEverywhere(ward.dir, scenarios::amendObservation(ward));
}

TEST_CASE("A power cut at any write of a census import leaves all its patients or none", "[crash]")
{
    CrashWard ward;
    cutEverywhere(ward.dir, scenarios::censusImport(ward));
}

TEST_CASE("A power cut at any write of an observation import leaves all its rows or none", "[crash]")
{
    CrashWard ward;
    cutEverywhere(ward.dir, scenarios::observationImport(ward));
}

TEST_CASE("A power cut at any write of a bundle import leaves all of it or none", "[crash]")
{
    CrashWard ward;
    TempDir other;
    const QString bundle = scenarios::makeBundle(ward, other.path());
    cutEverywhere(ward.dir, scenarios::bundleImport(ward, bundle));
}

TEST_CASE("A power cut at any write of a restore leaves a sound database", "[crash]")
{
    CrashWard ward;
    const QString backup = scenarios::makeBackup(ward);
    cutEverywhere(ward.dir, scenarios::restore(ward, backup));
}

TEST_CASE("A power cut at any write of the automatic backup leaves no half backup", "[crash]")
{
    CrashWard ward;
    cutEverywhere(ward.dir, scenarios::automaticBackup(ward));
}

TEST_CASE("A power cut at any write of a schema upgrade leaves a version that finishes it", "[crash]")
{
    TempDir tmp;
    const QString dir = tmp.file(QStringLiteral("old"));
    scenarios::makeOldDatabase(dir);
    cutEverywhere(dir, scenarios::migration());
}
