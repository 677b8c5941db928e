#include "CrashVfs.h"

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace wp::test {

namespace {

// What a file held before one write or truncation since its last sync: putting `bytes` back
// at `offset` and cutting the file to `size` undoes it.
struct Undo
{
    sqlite3_int64 offset = 0;
    std::vector<char> bytes;
    sqlite3_int64 size = 0;
};

struct State
{
    std::mutex mutex;
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs vfs{};
    bool registered = false;
    CrashVfs::Fault fault = CrashVfs::Fault::None;
    int at = 0;
    bool persistent = true;
    bool hit = false;
    bool powerLost = false;
    int writes = 0;
    int syncs = 0;
    // Unsynced changes per file path, oldest first; a file absent here is as it was synced.
    std::map<std::string, std::vector<Undo>> unsynced;
};

State& state()
{
    static State s;
    return s;
}

struct CrashFile
{
    sqlite3_file base;
    sqlite3_file* real;
    const char* path; // SQLite keeps the name alive until xClose; null for temporary files
};
// The real file lives right after ours, at the alignment SQLite gives its own.
static_assert(sizeof(CrashFile) % 8 == 0);

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<CrashFile*>(f)->real;
}

int fileSize(sqlite3_file* real, sqlite3_int64& size)
{
    return real->pMethods->xFileSize(real, &size);
}

// The fault for this write (or sync), if any. Called with the mutex held.
bool faultNow(State& s, bool isSync, int count)
{
    const bool syncFault = s.fault == CrashVfs::Fault::SyncError;
    if (s.fault == CrashVfs::Fault::None || s.fault == CrashVfs::Fault::PowerLoss || syncFault != isSync) {
        return false;
    }
    if (count == s.at || (s.persistent && s.hit)) {
        s.hit = true;
        return true;
    }
    return false;
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

int xRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 offset)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xRead(real, buf, amt, offset);
}

int xWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 offset)
{
    auto* file = reinterpret_cast<CrashFile*>(f);
    State& s = state();
    std::lock_guard lock(s.mutex);
    const int count = ++s.writes;
    if (s.fault == CrashVfs::Fault::PowerLoss && count >= s.at) {
        s.powerLost = true;
        s.hit = true;
    }
    if (s.powerLost) {
        return SQLITE_IOERR_WRITE;
    }
    if (faultNow(s, false, count)) {
        return s.fault == CrashVfs::Fault::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    }
    if (file->path) {
        Undo undo;
        undo.offset = offset;
        if (int rc = fileSize(file->real, undo.size); rc != SQLITE_OK) {
            return rc;
        }
        const sqlite3_int64 end = std::min<sqlite3_int64>(offset + amt, undo.size);
        if (end > offset) {
            undo.bytes.resize(static_cast<size_t>(end - offset));
            const int rc = file->real->pMethods->xRead(file->real, undo.bytes.data(),
                                                       static_cast<int>(undo.bytes.size()), offset);
            if (rc != SQLITE_OK) {
                return rc;
            }
        }
        s.unsynced[file->path].push_back(std::move(undo));
    }
    return file->real->pMethods->xWrite(file->real, buf, amt, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    auto* file = reinterpret_cast<CrashFile*>(f);
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.powerLost) {
        return SQLITE_IOERR_TRUNCATE;
    }
    if (file->path) {
        Undo undo;
        undo.offset = size;
        if (int rc = fileSize(file->real, undo.size); rc != SQLITE_OK) {
            return rc;
        }
        if (undo.size > size) {
            undo.bytes.resize(static_cast<size_t>(undo.size - size));
            const int rc = file->real->pMethods->xRead(file->real, undo.bytes.data(),
                                                       static_cast<int>(undo.bytes.size()), size);
            if (rc != SQLITE_OK) {
                return rc;
            }
        }
        s.unsynced[file->path].push_back(std::move(undo));
    }
    return file->real->pMethods->xTruncate(file->real, size);
}

int xSync(sqlite3_file* f, int flags)
{
    auto* file = reinterpret_cast<CrashFile*>(f);
    State& s = state();
    std::lock_guard lock(s.mutex);
    const int count = ++s.syncs;
    if (s.powerLost) {
        return SQLITE_IOERR_FSYNC;
    }
    if (faultNow(s, true, count)) {
        return SQLITE_IOERR_FSYNC;
    }
    // Durability is what this VFS models (the undo log), so the real fsync is skipped, as in
    // SQLite's own crash tests: thousands of cuts then take seconds, not minutes.
    (void)flags;
    if (file->path) {
        s.unsynced.erase(file->path);
    }
    return SQLITE_OK;
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xFileSize(real, size);
}

int xLock(sqlite3_file* f, int level)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xLock(real, level);
}

int xUnlock(sqlite3_file* f, int level)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xUnlock(real, level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xCheckReservedLock(real, out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xFileControl(real, op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xSectorSize(real);
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xDeviceCharacteristics(real);
}

int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xShmMap(real, region, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    sqlite3_file* real = realOf(f);
    real->pMethods->xShmBarrier(real);
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

// Version 2: no xFetch, so SQLite never memory-maps a file and every change is an xWrite.
const sqlite3_io_methods ioMethods = {
    2,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    nullptr,
    nullptr,
};

int xOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    auto* file = reinterpret_cast<CrashFile*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->path = (name && !(flags & SQLITE_OPEN_DELETEONCLOSE)) ? name : nullptr;
    const int rc = real->xOpen(real, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &ioMethods : nullptr;
    return rc;
}

int xDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    State& s = state();
    {
        std::lock_guard lock(s.mutex);
        if (s.powerLost) {
            return SQLITE_IOERR_DELETE;
        }
        s.unsynced.erase(name);
    }
    // No directory fsync either: durability is modelled here.
    (void)syncDir;
    return real->xDelete(real, name, 0);
}

int xAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xAccess(real, name, flags, out);
}

int xFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xFullPathname(real, name, n, out);
}

int xRandomness(sqlite3_vfs* vfs, int n, char* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xRandomness(real, n, out);
}

int xSleep(sqlite3_vfs* vfs, int micro)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xSleep(real, micro);
}

int xCurrentTime(sqlite3_vfs* vfs, double* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xCurrentTime(real, out);
}

int xGetLastError(sqlite3_vfs* vfs, int n, char* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xGetLastError(real, n, out);
}

int xCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xCurrentTimeInt64(real, out);
}

} // namespace

CrashVfs& CrashVfs::instance()
{
    static CrashVfs vfs;
    return vfs;
}

void CrashVfs::install()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.registered) {
        return;
    }
    if (!s.real) {
        sqlite3_initialize();
        s.real = sqlite3_vfs_find("unix");
        sqlite3_vfs& v = s.vfs;
        v.iVersion = 2;
        v.szOsFile = static_cast<int>(sizeof(CrashFile)) + s.real->szOsFile;
        v.mxPathname = s.real->mxPathname;
        v.zName = "whiteplan-crash";
        v.pAppData = s.real;
        v.xOpen = xOpen;
        v.xDelete = xDelete;
        v.xAccess = xAccess;
        v.xFullPathname = xFullPathname;
        v.xDlOpen = nullptr;
        v.xDlError = nullptr;
        v.xDlSym = nullptr;
        v.xDlClose = nullptr;
        v.xRandomness = xRandomness;
        v.xSleep = xSleep;
        v.xCurrentTime = xCurrentTime;
        v.xGetLastError = xGetLastError;
        v.xCurrentTimeInt64 = xCurrentTimeInt64;
    }
    sqlite3_vfs_register(&s.vfs, 1);
    s.registered = true;
}

void CrashVfs::uninstall()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (!s.registered) {
        return;
    }
    sqlite3_vfs_unregister(&s.vfs);
    sqlite3_vfs_register(s.real, 1);
    s.registered = false;
}

void CrashVfs::arm(Fault fault, int at, bool persistent)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.fault = fault;
    s.at = at;
    s.persistent = persistent;
    s.hit = false;
    s.powerLost = false;
    s.writes = 0;
    s.syncs = 0;
    s.unsynced.clear();
}

int CrashVfs::writes() const
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.writes;
}

int CrashVfs::syncs() const
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.syncs;
}

bool CrashVfs::faultHit() const
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.hit;
}

bool CrashVfs::powerLost() const
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.powerLost;
}

QStringList CrashVfs::loseUnsyncedWrites()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    QStringList changed;
    for (auto& [path, undos] : s.unsynced) {
        sqlite3_file* f = static_cast<sqlite3_file*>(sqlite3_malloc(s.real->szOsFile));
        std::memset(f, 0, static_cast<size_t>(s.real->szOsFile));
        int outFlags = 0;
        // The file may have been deleted since (a journal): then nothing of it is left to undo.
        int exists = 0;
        s.real->xAccess(s.real, path.c_str(), SQLITE_ACCESS_EXISTS, &exists);
        if (exists && s.real->xOpen(s.real, path.c_str(), f, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MAIN_JOURNAL,
                                    &outFlags) == SQLITE_OK) {
            for (auto it = undos.rbegin(); it != undos.rend(); ++it) {
                if (!it->bytes.empty()) {
                    f->pMethods->xWrite(f, it->bytes.data(), static_cast<int>(it->bytes.size()), it->offset);
                }
                f->pMethods->xTruncate(f, it->size);
            }
            f->pMethods->xClose(f);
            changed << QString::fromStdString(path);
        } else if (f->pMethods) {
            f->pMethods->xClose(f);
        }
        sqlite3_free(f);
    }
    s.unsynced.clear();
    s.powerLost = false;
    s.fault = Fault::None;
    return changed;
}

} // namespace wp::test
