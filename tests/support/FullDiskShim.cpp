// A full disk for a whole process, for end-to-end tests of whiteplan-cli: loaded with LD_PRELOAD,
// it lets WHITEPLAN_FULL_DISK_AFTER bytes (default 0) be written to files under the folder
// WHITEPLAN_FULL_DISK_DIR, then fails every further write there with ENOSPC, as the kernel does on
// a full file system. Writes elsewhere (standard error, other folders) pass. No sqlite3_* here:
// SQLite, QFile and QLockFile all meet the same full disk through write() and pwrite().
#include <dlfcn.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace {

struct Budget
{
    std::mutex mutex;
    const char* dir = nullptr;
    size_t dirLength = 0;
    long long left = 0;
    bool initialised = false;
};

Budget& budget()
{
    static Budget b;
    return b;
}

bool underDir(const Budget& b, int fd)
{
    char link[64];
    char path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, path, sizeof path - 1);
    if (n <= 0) {
        return false;
    }
    path[n] = '\0';
    return std::strncmp(path, b.dir, b.dirLength) == 0 &&
           (path[b.dirLength] == '/' || path[b.dirLength] == '\0');
}

// True when this write finds the disk full (errno is then ENOSPC).
bool full(int fd, size_t count)
{
    Budget& b = budget();
    std::lock_guard lock(b.mutex);
    if (!b.initialised) {
        b.initialised = true;
        b.dir = std::getenv("WHITEPLAN_FULL_DISK_DIR");
        b.dirLength = b.dir ? std::strlen(b.dir) : 0;
        const char* after = std::getenv("WHITEPLAN_FULL_DISK_AFTER");
        b.left = after ? std::atoll(after) : 0;
    }
    if (!b.dir || b.dirLength == 0 || count == 0 || !underDir(b, fd)) {
        return false;
    }
    if (b.left >= static_cast<long long>(count)) {
        b.left -= static_cast<long long>(count);
        return false;
    }
    b.left = 0;
    errno = ENOSPC;
    return true;
}

template<typename F> F next(const char* name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void* buf, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    return full(fd, count) ? -1 : real(fd, buf, count);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    return full(fd, count) ? -1 : real(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    return full(fd, count) ? -1 : real(fd, buf, count, offset);
}
}
