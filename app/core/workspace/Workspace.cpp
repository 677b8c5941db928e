#include "Workspace.h"

#include "BackupFile.h"
#include "Migrator.h"
#include "StorageError.h"
#include "backup/RestoreGuard.h"
#include "records/RecordSeal.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

namespace wp {

namespace {

constexpr auto ownerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Takes away what others may do, never gives the owner more: a data directory its owner made
// read-only (chmod a-w) stays read-only, and a write then fails to lock it instead of silently
// making it writable again.
void restrictToOwner(const QString& path, QFileDevice::Permissions allowed)
{
    const QFileDevice::Permissions current = QFile::permissions(path);
    const QFileDevice::Permissions kept = current & allowed;
    if (kept != current) {
        QFile::setPermissions(path, kept);
    }
}

// True when nothing more can be written in `dir`: the file system says no byte is free, or a
// small write there fails for lack of space.
bool diskIsFull(const QString& dir)
{
    const QStorageInfo storage(dir);
    if (storage.isValid() && storage.bytesAvailable() == 0) {
        return true;
    }
    QFile probe(QDir(dir).filePath(QStringLiteral(".whiteplan-space-check")));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return probe.error() == QFileDevice::ResourceError;
    }
    const bool full =
        probe.write(QByteArray(4096, '\0')) != 4096 && probe.error() == QFileDevice::ResourceError;
    probe.close();
    probe.remove();
    return full;
}

// Everything under the data directory is the owner's only: demo/ holds patient names in CSV
// files, backups/ whole databases, forms/ and catalogue/ what the laptop trusts. Folders made by
// older versions (demo/ was world-readable) are tightened at every opening for writing.
void restrictTreeToOwner(const QString& dir)
{
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (!info.isSymLink()) {
            restrictToOwner(info.filePath(), info.isDir() ? ownerOnlyDir : ownerOnlyFile);
        }
    }
}

Result<std::unique_ptr<QLockFile>> lockDirectory(const QString& dir, bool create = true)
{
    if (QFileInfo(dir).isFile()) {
        return Error(Workspace::tr("%1 is a file, not a data directory.").arg(QDir::toNativeSeparators(dir)),
                     Error::Code::InvalidInput);
    }
    if (!create && !QFileInfo(dir).isDir()) {
        return Error(
            Workspace::tr("The data directory %1 does not exist.").arg(QDir::toNativeSeparators(dir)),
            Error::Code::NotFound);
    }
    if (!QDir().mkpath(dir)) {
        return Error(Workspace::tr("Cannot create the data directory %1.").arg(dir), Error::Code::Io);
    }
    restrictToOwner(dir, ownerOnlyDir);
    auto lock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("whiteplan.lock")));
    // Never stale by age: only a lock whose process has died is taken over.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            lock->getLockInfo(&pid, &host, &app);
            return Error(
                Workspace::tr("Another WhitePlan (process %1 on %2) is already using the data directory %3. "
                              "Close it first; only one WhitePlan may write to a data directory at a time.")
                    .arg(pid)
                    .arg(host, dir),
                Error::Code::Locked);
        }
        // QLockFile reports a full disk as an unknown error; "is it writable?" would send the
        // user after permissions while the disk is full.
        if (diskIsFull(dir)) {
            return db::StorageError::diskFull();
        }
        return Error(Workspace::tr("Cannot lock the data directory %1 (is it writable?).").arg(dir),
                     Error::Code::Io);
    }
    return lock;
}

} // namespace

Workspace::Workspace(QString dir, std::unique_ptr<QLockFile> lock, db::Database db, Clock& clock)
    : m_dir(std::move(dir)), m_lock(std::move(lock)), m_db(std::move(db)), m_clock(&clock)
{}

Workspace::~Workspace()
{
    m_db.close();
}

QString Workspace::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& dir, Clock& clock)
{
    return open(dir, clock, Check::Full);
}

Status Workspace::checkIntegrity(const QString& databasePath)
{
    auto db = db::Database::open(databasePath, db::Database::Mode::ReadOnly, true);
    return db ? Status() : Status(db.error());
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& dirArg, Clock& clock, Check check)
{
    return open(dirArg, clock, check, Access::Create);
}

Status Workspace::checkExisting(const QString& dirArg)
{
    const QString dir = QDir(dirArg).absolutePath();
    const QFileInfo info(dir);
    if (info.isFile()) {
        return Error(tr("%1 is a file, not a data directory.").arg(QDir::toNativeSeparators(dir)),
                     Error::Code::InvalidInput);
    }
    if (!info.isDir()) {
        return Error(tr("The data directory %1 does not exist.").arg(QDir::toNativeSeparators(dir)),
                     Error::Code::NotFound);
    }
    if (!QFileInfo(QDir(dir).filePath(databaseFileName())).isFile()) {
        return Error(tr("The data directory %1 holds no WhitePlan data.").arg(QDir::toNativeSeparators(dir)),
                     Error::Code::NotFound);
    }
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& dirArg, Clock& clock, Check check,
                                                   Access access)
{
    const QString dir = QDir(dirArg).absolutePath();
    const QString path = QDir(dir).filePath(databaseFileName());
    if (access != Access::Create) {
        if (auto st = checkExisting(dir); !st) {
            return st.error();
        }
    }
    if (access == Access::Read) {
        auto db = db::Database::open(path, db::Database::Mode::ReadOnly, check == Check::Full);
        if (!db) {
            return db.error();
        }
        const int version = db->userVersion();
        const int latest = db::Migrator::latestVersion();
        if (version > latest) {
            return Error(tr("The data in %1 was written by a newer WhitePlan (schema %2, this one knows %3).")
                             .arg(QDir::toNativeSeparators(dir))
                             .arg(version)
                             .arg(latest),
                         Error::Code::NewerSchema);
        }
        if (version < latest) {
            return Error(tr("The data in %1 is from an older WhitePlan and must be upgraded first: run a "
                            "command that changes data (or open the app) once.")
                             .arg(QDir::toNativeSeparators(dir)),
                         Error::Code::Conflict);
        }
        return std::unique_ptr<Workspace>(new Workspace(dir, nullptr, std::move(db).value(), clock));
    }
    auto lock = lockDirectory(dir, access == Access::Create);
    if (!lock) {
        return lock.error();
    }
    auto db = db::Database::open(path, db::Database::Mode::ReadWriteCreate, check == Check::Full);
    if (!db) {
        return db.error();
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix)) {
            restrictToOwner(path + suffix, ownerOnlyFile);
        }
    }
    auto migrations = db::Migrator::builtin();
    if (!migrations) {
        return migrations.error();
    }
    // Migration 0007 seals the existing records: hashing is C++, not SQL.
    const QHash<int, db::Migrator::Step> steps{{7, [&clock](db::Database& d) {
                                                    return RecordSeal::backfill(d, clock.now());
                                                }}};
    if (auto st = db::Migrator(*migrations, steps).migrate(*db); !st) {
        return st.error();
    }
    QDir(dir).mkpath(QStringLiteral("backups"));
    restrictTreeToOwner(dir);
    return std::unique_ptr<Workspace>(
        new Workspace(dir, std::move(lock).value(), std::move(db).value(), clock));
}

Result<QString> Workspace::restore(const QString& dirArg, const QString& backupFile, Clock& clock)
{
    const QString dir = QDir(dirArg).absolutePath();
    auto lock = lockDirectory(dir);
    if (!lock) {
        return lock.error();
    }
    const QString target = QDir(dir).filePath(databaseFileName());
    const QString backups = QDir(dir).filePath(QStringLiteral("backups"));
    if (auto st = RestoreGuard::check(target, backups, backupFile); !st) {
        return st.error();
    }
    const SiteIdentity before = RestoreGuard::currentIdentity(target, backups);
    auto kept = db::BackupFile::restore(backupFile, target, clock.now());
    if (kept) {
        // Best effort: without it the laptop would draw a new id when the old backup is migrated.
        (void)RestoreGuard::keepDeviceId(target, before);
    }
    return kept;
}

QString Workspace::databasePath() const
{
    return QDir(m_dir).filePath(databaseFileName());
}

QString Workspace::formsDirectory() const
{
    return QDir(m_dir).filePath(QStringLiteral("forms"));
}

QString Workspace::backupDirectory() const
{
    return QDir(m_dir).filePath(QStringLiteral("backups"));
}

QString Workspace::setting(const QString& key, const QString& fallback)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?1"));
    if (!stmt) {
        return fallback;
    }
    stmt->bind(1, key);
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : fallback;
}

Status Workspace::setSetting(const QString& key, const QString& value)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?1, ?2) ON "
                                            "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key).bind(2, value);
    if (key == QLatin1String("device.code")) {
        m_deviceCode = value;
    }
    return stmt->exec();
}

bool Workspace::isInitialised()
{
    return !hospitalName().isEmpty() && !deviceCode().isEmpty();
}

QString Workspace::hospitalName()
{
    return setting(QStringLiteral("hospital.name"));
}

QString Workspace::deviceCode()
{
    if (m_deviceCode.isEmpty()) {
        m_deviceCode = setting(QStringLiteral("device.code"));
    }
    return m_deviceCode;
}

Actor Workspace::actor()
{
    return {m_user ? m_user->login : QStringLiteral("system"), deviceCode()};
}

Status Workspace::require(Permission permission) const
{
    if (!m_user) {
        return Error(tr("Log in first: %1 needs a user.").arg(Roles::describe(permission)),
                     Error::Code::PermissionDenied);
    }
    if (!Roles::allows(m_user->role, permission)) {
        return Error(tr("Your role (%1) does not allow %2.")
                         .arg(Roles::label(m_user->role), Roles::describe(permission)),
                     Error::Code::PermissionDenied);
    }
    return {};
}

} // namespace wp
