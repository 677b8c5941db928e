#include "StorageError.h"

#include <sqlite3.h>

namespace wp::db {

bool StorageError::isDiskFull(int rc)
{
    return (rc & 0xff) == SQLITE_FULL;
}

Error StorageError::diskFull()
{
    return Error(tr("The disk is full: nothing was saved. Free some space, then save again."),
                 Error::Code::Io);
}

Error StorageError::fromSqlite(int rc, const QString& detail)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return diskFull();
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(tr("Database error: %1").arg(detail), Error::Code::Corrupt);
    case SQLITE_CONSTRAINT:
        return Error(tr("Database error: %1").arg(detail), Error::Code::Conflict);
    case SQLITE_BUSY:
        return Error(tr("Database error: %1").arg(detail), Error::Code::Locked);
    case SQLITE_IOERR:
        if (rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_DIR_FSYNC) {
            // The data was handed to the disk but the disk did not confirm it: it may be there
            // after a restart, or not. Saying "nothing was saved" would be a guess.
            return Error(tr("The disk did not confirm the write (%1): this change may not be saved. Check "
                            "the disk, then look at the record before saving it again.")
                             .arg(detail),
                         Error::Code::Io);
        }
        if (rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ) {
            return Error(tr("The disk could not be read (%1). Check the disk, then try again.").arg(detail),
                         Error::Code::Io);
        }
        return Error(tr("The disk could not be written (%1): nothing was saved. Check the disk, then save "
                        "again.")
                         .arg(detail),
                     Error::Code::Io);
    default:
        return Error(tr("Database error: %1").arg(detail), Error::Code::Io);
    }
}

} // namespace wp::db
