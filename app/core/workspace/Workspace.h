#pragma once

#include "Database.h"
#include "foundation/Clock.h"
#include "users/Role.h"
#include "users/User.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>
#include <optional>

namespace wp {

/// Who did something, from where: stamped on every record version and audit entry.
struct Actor
{
    QString login;
    QString device;
};

/// An open data directory: its lock (one writer per directory), its database
/// migrated to the current schema, this laptop's identity and the logged-in user.
/// Every core service works through a Workspace.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    /// Opens (creating if needed) the data directory `dir`. Fails with Locked when
    /// another WhitePlan holds it, Corrupt when the database is damaged (the file is
    /// left as it is), NewerSchema when a newer WhitePlan wrote it.
    static Result<std::unique_ptr<Workspace>> open(const QString& dir, Clock& clock = Clock::system());

    /// How much checking open() does before it returns.
    enum class Check {
        /// `PRAGMA quick_check` before anything else: seconds on a very large database.
        Full,
        /// Only what opening reads anyway (header, schema); the caller must then run
        /// checkIntegrity() in the background and act on its answer. For the GUI, so
        /// that a nurse sees the ward in well under a second.
        Deferred,
    };
    static Result<std::unique_ptr<Workspace>> open(const QString& dir, Clock& clock, Check check);

    /// What opening may do to the data directory.
    enum class Access {
        /// Creates the directory and the database when missing (first run, init, demo).
        Create,
        /// The directory and its database must exist (else NotFound, or InvalidInput for a
        /// file); takes the writer lock and migrates the schema.
        Write,
        /// Like Write, but writes nothing and takes no lock: a read-only connection that works
        /// beside a running writer and in a read-only directory. Refuses a schema older than
        /// this WhitePlan's (it cannot be upgraded without writing) and a newer one.
        Read,
    };
    static Result<std::unique_ptr<Workspace>> open(const QString& dir, Clock& clock, Check check,
                                                   Access access);
    /// Ok when `dir` is an existing data directory holding a database; else NotFound
    /// (missing directory or database) or InvalidInput (a file), with a message naming it.
    static Status checkExisting(const QString& dir);

    /// `PRAGMA quick_check` on its own read-only connection; safe to run in another
    /// thread while the workspace is in use (WAL lets readers run beside the writer).
    static Status checkIntegrity(const QString& databasePath);

    /// The platform's per-user data location (QStandardPaths::AppDataLocation).
    static QString defaultDataDirectory();
    static QString databaseFileName() { return QStringLiteral("whiteplan.db"); }

    /// Replaces the database of `dir` by `backupFile` (the damaged or current file is
    /// set aside, never overwritten). `dir` must not be open elsewhere. Refused when the
    /// backup is of another hospital or another laptop (RestoreGuard).
    static Result<QString> restore(const QString& dir, const QString& backupFile,
                                   Clock& clock = Clock::system());

    ~Workspace();

    db::Database& db() { return m_db; }
    Clock& clock() const { return *m_clock; }
    QString dataDirectory() const { return m_dir; }
    QString databasePath() const;
    QString backupDirectory() const;
    /// Where administrators drop extra form definitions (*.json).
    QString formsDirectory() const;

    /// True once the first-run setup has recorded the hospital and this laptop.
    bool isInitialised();
    QString hospitalName();
    QString deviceCode();

    QString setting(const QString& key, const QString& fallback = {});
    /// Writes a setting inside the caller's transaction.
    Status setSetting(const QString& key, const QString& value);

    void setCurrentUser(const std::optional<User>& user) { m_user = user; }
    const std::optional<User>& currentUser() const { return m_user; }
    /// The logged-in user and this laptop; "system" before anyone logged in.
    Actor actor();

    /// Ok when the logged-in user's role allows `permission`, else a PermissionDenied error saying what.
    Status require(Permission permission) const;

    /// True when opened with Access::Read: every write fails.
    bool isReadOnly() const { return !m_lock; }

private:
    Workspace(QString dir, std::unique_ptr<QLockFile> lock, db::Database db, Clock& clock);

    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
    db::Database m_db;
    Clock* m_clock;
    std::optional<User> m_user;
    QString m_deviceCode;
};

} // namespace wp
