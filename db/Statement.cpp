#include "Statement.h"

#include "StatementCache.h"
#include "StorageError.h"

#include <sqlite3.h>

namespace wp::db {

Statement::~Statement()
{
    release();
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_cache(std::move(other.m_cache))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Statement::release()
{
    if (!m_stmt) {
        return;
    }
    if (auto cache = m_cache.lock()) {
        cache->giveBack(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_cache.reset();
}

Statement& Statement::bind(int index, const QString& value)
{
    // A null QString binds as '' here: NULL only when asked for (bindNull, bindOptional).
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bindVariant(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return bindNull(index);
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, static_cast<std::int64_t>(value.toLongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const QString message = lastError();
    sqlite3_reset(m_stmt);
    return StorageError::fromSqlite(rc, message);
}

Status Statement::exec()
{
    auto r = step();
    if (!r) {
        return r.error();
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qlonglong>(int64(column));
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_BLOB:
        return blob(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

QString Statement::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace wp::db
