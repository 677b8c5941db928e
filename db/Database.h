#pragma once

#include "Result.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

struct sqlite3;

namespace wp::db {

class StatementCache;

/// RAII owner of one SQLite connection, opened the way WhitePlan needs it:
/// WAL journal, synchronous=FULL, foreign keys on. Move-only.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        ReadWrite,
        ReadWriteCreate,
        /// Never writes, not even the WAL switch: works beside a writer (WAL readers see
        /// committed data) and in a read-only folder (then without -shm, as immutable when
        /// no -wal holds changes; refused with an Io error when one does).
        ReadOnly,
    };

    /// Opens (and with ReadWriteCreate, creates) the database at `path`. With
    /// `check` set, runs `PRAGMA quick_check` and refuses a damaged file with a
    /// Corrupt error; the file itself is never modified in that case.
    static Result<Database> open(const QString& path, Mode mode = Mode::ReadWrite, bool check = true);
    /// An in-memory database (tests and scratch work).
    static Result<Database> openInMemory();

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    void close();

    /// Runs one or more SQL statements that return no rows.
    Status exec(const QString& sql);
    /// A prepared statement; the same SQL prepared again reuses a cached one (reset, unbound).
    Result<Statement> prepare(const QString& sql);

    /// Convenience for a query returning a single value (or null when no row).
    Result<QVariant> scalar(const QString& sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    /// Rows changed through this connection since it was opened (detects "data changed since the last
    /// backup").
    std::int64_t totalChanges() const;
    bool inTransaction() const;

    int userVersion();
    Status setUserVersion(int version);

    /// `PRAGMA quick_check`: ok, or a Corrupt error quoting SQLite's findings.
    Status quickCheck();
    /// `PRAGMA integrity_check`: the list of problems (empty when sound).
    Result<QStringList> integrityCheck();

    /// Copies the whole database into `destination` with SQLite's online backup API.
    /// The destination file is overwritten; see BackupFile for atomic rotation.
    Status backupTo(const QString& destination);

    /// Raw handle for the storage layer's own helpers (sessions, backup). Never use outside db/.
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path);
    static Result<Database> openReadOnly(const QString& path, bool check);
    Status configure(Mode mode);

    sqlite3* m_db = nullptr;
    QString m_path;
    std::shared_ptr<StatementCache> m_cache;
};

} // namespace wp::db
