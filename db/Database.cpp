#include "Database.h"

#include "StatementCache.h"
#include "StorageError.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace wp::db {

namespace {

QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

} // namespace

Result<Database> Database::open(const QString& path, Mode mode, bool check)
{
    if (mode != Mode::ReadWriteCreate && !QFileInfo::exists(path)) {
        return Error(tr("The database file %1 does not exist.").arg(path), Error::Code::NotFound);
    }
    if (mode == Mode::ReadOnly) {
        return openReadOnly(path, check);
    }
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        return Error(tr("Cannot open the database %1: %2").arg(path, sqliteMessage(raw)), Error::Code::Io);
    }
    sqlite3_extended_result_codes(raw, 1);
    if (check) {
        // Checked before any pragma that might write (WAL switch), so a damaged file stays as it is.
        if (auto st = db.quickCheck(); !st) {
            return st.error();
        }
    }
    if (auto st = db.configure(mode); !st) {
        return st.error();
    }
    return db;
}

Result<Database> Database::openReadOnly(const QString& path, bool check)
{
    sqlite3* raw = nullptr;
    int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        return Error(tr("Cannot open the database %1: %2").arg(path, sqliteMessage(raw)), Error::Code::Io);
    }
    sqlite3_extended_result_codes(raw, 1);
    // Reading a WAL database needs its -shm file. In a directory nobody may write to, SQLite
    // can create neither it nor the -wal; when no -wal holds changes, the main file is the
    // whole database and can be read as immutable. With a non-empty -wal that would hide
    // its committed changes, so it is refused instead.
    rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    const int primary = rc & 0xff;
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) {
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0) {
            return Error(tr("The database %1 cannot be read here: its latest changes are still in %2, and "
                            "this folder is read-only. Open it once where it can be written, or copy the "
                            "folder somewhere writable.")
                             .arg(path, wal.fileName()),
                         Error::Code::Io);
        }
        db.close();
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        rc = sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &raw,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
        db = Database(raw, path);
        if (rc != SQLITE_OK) {
            return Error(tr("Cannot open the database %1: %2").arg(path, sqliteMessage(raw)),
                         Error::Code::Io);
        }
        sqlite3_extended_result_codes(raw, 1);
    }
    if (check) {
        if (auto st = db.quickCheck(); !st) {
            return st.error();
        }
    }
    if (auto st = db.configure(Mode::ReadOnly); !st) {
        return st.error();
    }
    return db;
}

Result<Database> Database::openInMemory()
{
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        Database cleanup(raw, QString());
        return Error(tr("Cannot open an in-memory database."), Error::Code::Io);
    }
    Database db(raw, QStringLiteral(":memory:"));
    if (auto st = db.exec(QStringLiteral("PRAGMA foreign_keys=ON;")); !st) {
        return st.error();
    }
    return db;
}

Database::~Database()
{
    close();
}

Database::Database(sqlite3* db, QString path)
    : m_db(db), m_path(std::move(path)), m_cache(std::make_shared<StatementCache>())
{}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_cache(std::move(other.m_cache))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::close()
{
    // Statements still in use outlive the cache and are finalised by their owners.
    m_cache.reset();
    if (m_db) {
        // sqlite3_close_v2 defers the close until every statement is finalised.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::configure(Mode mode)
{
    sqlite3_busy_timeout(m_db, 5000);
    if (mode == Mode::ReadOnly) {
        return exec(QStringLiteral("PRAGMA foreign_keys=ON;"));
    }
    auto wal = scalar(QStringLiteral("PRAGMA journal_mode=WAL;"));
    if (!wal) {
        return wal.error();
    }
    if (wal->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        return Error(tr("The database %1 cannot use write-ahead logging.").arg(m_path), Error::Code::Io);
    }
    return exec(QStringLiteral("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"));
}

Status Database::exec(const QString& sql)
{
    char* errmsg = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &errmsg);
    if (rc != SQLITE_OK) {
        const QString message = errmsg ? QString::fromUtf8(errmsg) : sqliteMessage(m_db);
        sqlite3_free(errmsg);
        return StorageError::fromSqlite(rc, message);
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (m_cache) {
        if (sqlite3_stmt* cached = m_cache->take(utf8)) {
            return Statement(m_db, cached, m_cache);
        }
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        // A statement that cannot be prepared is never a rule's refusal: only damage keeps its kind.
        Error e = StorageError::fromSqlite(rc, sqliteMessage(m_db));
        if (e.code != Error::Code::Corrupt) {
            e.code = Error::Code::Io;
        }
        return e;
    }
    return Statement(m_db, stmt, m_cache);
}

Result<QVariant> Database::scalar(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return *row ? stmt->value(0) : QVariant();
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::int64_t Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    auto v = scalar(QStringLiteral("PRAGMA user_version;"));
    return v ? v->toInt() : -1;
}

Status Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version=%1;").arg(version));
}

Status Database::quickCheck()
{
    // Only what SQLite calls corrupt is damage: a busy or unreadable file is not (verify's
    // exit status and the GUI's restore offer depend on the difference).
    auto stmt = prepare(QStringLiteral("PRAGMA quick_check;"));
    if (!stmt) {
        if (stmt.error().code != Error::Code::Corrupt) {
            return Error(tr("Cannot read the database %1 (%2).").arg(m_path, stmt.errorMessage()),
                         stmt.error().code);
        }
        return Error(
            tr("The file %1 is not a readable WhitePlan database (%2).").arg(m_path, stmt.errorMessage()),
            Error::Code::Corrupt);
    }
    QStringList problems;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            if (row.error().code != Error::Code::Corrupt) {
                return Error(tr("Cannot read the database %1 (%2).").arg(m_path, row.errorMessage()),
                             row.error().code);
            }
            return Error(tr("The file %1 is damaged or not a database (%2).").arg(m_path, row.errorMessage()),
                         Error::Code::Corrupt);
        }
        if (!*row) {
            break;
        }
        const QString line = stmt->text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (!problems.isEmpty()) {
        return Error(
            tr("The database %1 is damaged: %2").arg(m_path, problems.mid(0, 3).join(QStringLiteral("; "))),
            Error::Code::Corrupt);
    }
    return {};
}

Result<QStringList> Database::integrityCheck()
{
    auto stmt = prepare(QStringLiteral("PRAGMA integrity_check;"));
    if (!stmt) {
        return stmt.error();
    }
    QStringList problems;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const QString line = stmt->text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    return problems;
}

Status Database::backupTo(const QString& destination)
{
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(destination.toUtf8().constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    Database owner(target, destination);
    if (rc != SQLITE_OK) {
        return Error(tr("Cannot create the backup file %1: %2").arg(destination, sqliteMessage(target)),
                     Error::Code::Io);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        return Error(tr("Cannot start the backup to %1: %2").arg(destination, sqliteMessage(target)),
                     Error::Code::Io);
    }
    // Copy everything in one step: our databases are small enough, and one step gives a consistent snapshot.
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (StorageError::isDiskFull(rc)) {
        return Error(
            tr("The disk is full: the backup %1 was not written. Free some space, then back up again.")
                .arg(destination),
            Error::Code::Io);
    }
    if (rc != SQLITE_DONE) {
        return Error(tr("The backup to %1 failed: %2").arg(destination, sqliteMessage(target)),
                     Error::Code::Io);
    }
    // A backup is a single self-contained file: no WAL beside it.
    return owner.exec(QStringLiteral("PRAGMA journal_mode=DELETE;"));
}

} // namespace wp::db
