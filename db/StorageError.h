#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace wp::db {

/// The one place where a SQLite result code becomes an Error: its kind (Error::Code) and a
/// message that tells the user the truth. A full disk says so and that nothing was saved, never
/// "Database error: database or disk is full" nor a lock problem; a failed write says that
/// nothing was saved; a failed flush (fsync) says the change may not be on the disk.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    /// The error for a failed SQLite call: `rc` is its (extended) result code, `detail`
    /// SQLite's own message.
    static Error fromSqlite(int rc, const QString& detail);
    /// "The disk is full: nothing was saved. Free some space, then save again." (Io).
    static Error diskFull();
    /// True when `rc` (extended or primary) means a full disk.
    static bool isDiskFull(int rc);
};

} // namespace wp::db
