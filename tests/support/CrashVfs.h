#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace wp::test {

/// A SQLite VFS for crash simulation and fault injection, in the manner of SQLite's own
/// crash tests (test6.c). It wraps the default unix VFS and, while installed, is SQLite's
/// default VFS (registered as "whiteplan-crash"), so every connection the real services
/// open (Database::open, the online backup's target, BackupFile) goes through it with no
/// code path of its own.
///
/// It counts every write and every sync, per process, and remembers for each file what
/// its content was at its last sync. Armed, it can:
/// - lose power at write k: write k and everything after it fails and does nothing (the
///   process is "dead"), and loseUnsyncedWrites() then puts every file back as it was at
///   its last sync, as a disk whose cache was never flushed;
/// - fail write k (SQLITE_IOERR_WRITE), report a full disk at write k (SQLITE_FULL), or
///   fail sync k (SQLITE_IOERR_FSYNC); persistent faults keep failing every later write
///   (or sync), one-shot faults fail only that one.
/// Files SQLite opens without a name (temporary files) are counted but not tracked. A sync
/// marks the file synced without calling fsync: durability is what this VFS models.
class CrashVfs
{
public:
    enum class Fault {
        None,
        PowerLoss,
        WriteError,
        DiskFull,
        SyncError,
    };

    static CrashVfs& instance();

    /// Makes this VFS SQLite's default: connections opened from now on use it.
    void install();
    /// Gives the default back to the unix VFS (connections still open keep this one).
    void uninstall();

    /// Starts counting from zero, forgets every file's state (the files as they are now
    /// count as synced) and arms `fault` at write (SyncError: sync) number `at`, from 1.
    void arm(Fault fault, int at, bool persistent = true);
    /// Counting and tracking only: every write and sync passes.
    void disarm() { arm(Fault::None, 0); }

    int writes() const;
    int syncs() const;
    /// True once the armed fault happened (for PowerLoss: once power was lost).
    bool faultHit() const;
    bool powerLost() const;

    /// After a power loss, with every connection closed: undoes every write and truncation
    /// not covered by a later sync of its file, newest first. Returns the files changed.
    QStringList loseUnsyncedWrites();

private:
    CrashVfs() = default;
};

} // namespace wp::test
