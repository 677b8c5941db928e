#pragma once

// Drives a real service through CrashVfs: a power cut at every write point in turn, or a
// fault (write error, full disk, failed sync) at every write point in turn.

#include "CrashVfs.h"
#include "TestSupport.h"

#include <functional>

namespace wp::test {

/// What the data must be after a run: as before the operation, as after it, or either.
enum class Expect { Before, After, Either };

/// One operation of a real service, run on a copy of a prepared data directory.
struct CrashScenario
{
    QString name;
    /// Runs the operation on the data directory `dir` (opening and closing what it needs);
    /// returns whether it reported success ("saved"). `error` receives its message otherwise.
    std::function<bool(const QString& dir, QString& error)> run;
    /// After the cut or the fault (every connection closed, unsynced writes lost): fails the
    /// test unless the data in `dir` is as `expect` says. Called before anything reopens the
    /// directory for writing.
    std::function<void(const QString& dir, Expect expect)> check;
};

struct CrashFigures
{
    int writePoints = 0; // writes of one uninterrupted run
    int syncPoints = 0;
    int runs = 0;          // runs with a cut or a fault, each checked
    int reportedSaved = 0; // of those, how many reported success before the cut
    int verified = 0;      // reopened databases that passed verify
};

/// Copies a data directory's files (the database, its backups), recursively.
void copyDirectory(const QString& from, const QString& to);

/// The checks of `whiteplan-cli verify` (SQLite integrity, the audit chain, every record's
/// seal) on the data directory `dir`, opened the way the app opens it after a crash (which
/// recovers the WAL, and finishes an interrupted upgrade).
void requireVerifies(const QString& dir);

/// A scalar of the database in `dir`, read without writing (the state as the cut left it).
QVariant peek(const QString& dir, const QString& sql);

/// Runs the scenario once to count its writes, then once per write point with the power cut
/// at that write: after each, the data is before-or-after (after when the operation reported
/// success) and passes verify.
CrashFigures cutPowerAtEveryWrite(const QString& preparedDir, const CrashScenario& scenario);

/// The same with `fault` at each write (sync for SyncError) in turn; the disk keeps what was
/// written. A run that failed must have said why (`expectedMessage` when not empty) and, for a
/// write error or a full disk, changed nothing. A failed sync may leave the change in place:
/// its WAL frames were written and are found when the database is next opened.
CrashFigures injectAtEveryPoint(const QString& preparedDir, const CrashScenario& scenario,
                                CrashVfs::Fault fault, const QString& expectedMessage = {});

/// Prints one line of figures for docs/data-safety.md.
void report(const QString& what, const CrashFigures& f);

} // namespace wp::test
