#pragma once

// The operations of the real services that the crash and fault tests interrupt.

#include "CrashWard.h"

namespace wp::test::scenarios {

/// FormEntryService::save of one observation.
CrashScenario saveObservation(const CrashWard& ward);
/// FormEntryService::amend of the ward's observation (a second version).
CrashScenario amendObservation(const CrashWard& ward);
/// CensusImporter: three new patients, all or nothing.
CrashScenario censusImport(const CrashWard& ward);
/// ObservationCsv: tests/data/ward/observations.csv (three rows), all or nothing.
CrashScenario observationImport(const CrashWard& ward);
/// ExchangeImporter of a bundle from laptop T2 (`bundle`, made by makeBundle).
CrashScenario bundleImport(const CrashWard& ward, const QString& bundle);
/// Writes into `folder` a bundle from another laptop of the ward's hospital: two patients and
/// their observations. Returns the file.
QString makeBundle(const CrashWard& ward, const QString& folder);
/// Workspace::restore of `backup` (made by makeBackup, before one more observation), then the
/// first start on the restored database.
CrashScenario restore(const CrashWard& ward, const QString& backup);
/// Adds a rotated backup to the ward's data directory, then one more observation; returns it.
QString makeBackup(CrashWard& ward);
/// BackupService::rotate: the automatic backup.
CrashScenario automaticBackup(const CrashWard& ward);
/// Workspace::open of a database left at schema 6 by an older WhitePlan: the upgrade.
CrashScenario migration();
/// Prepares in `dir` a data directory whose database is at schema 6, with a user.
void makeOldDatabase(const QString& dir);

} // namespace wp::test::scenarios
