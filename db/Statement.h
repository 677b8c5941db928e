#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace wp::db {

class StatementCache;

/// RAII wrapper over a prepared statement. Parameters are 1-based as in SQLite,
/// columns 0-based. Move-only; finalised on destruction.
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    /// A statement that goes back to `cache` (when it still exists) instead of being finalised.
    Statement(sqlite3* db, sqlite3_stmt* stmt, std::weak_ptr<StatementCache> cache)
        : m_db(db), m_stmt(stmt), m_cache(std::move(cache))
    {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8) = delete; // use QStringLiteral
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    /// Binds a null QString or an invalid QVariant as SQL NULL.
    Statement& bindOptional(int index, const QString& value);
    Statement& bindVariant(int index, const QVariant& value);

    /// Advances to the next row: true when a row is available, false when done.
    Result<bool> step();
    /// Runs a statement that returns no rows.
    Status exec();
    /// Steps through every row, turning each into a T with `read(*this)`.
    template<typename T, typename Read> Result<QList<T>> all(Read read)
    {
        QList<T> rows;
        while (true) {
            auto row = step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return rows;
            }
            rows.append(read(*this));
        }
    }
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

private:
    QString lastError() const;
    void release();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::weak_ptr<StatementCache> m_cache;
};

} // namespace wp::db
