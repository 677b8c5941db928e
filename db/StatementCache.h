#pragma once

#include <QByteArray>
#include <QHash>

struct sqlite3_stmt;

namespace wp::db {

/// Prepared statements of one connection that are not in use, by SQL text. An import stores
/// hundreds of thousands of rows through the same few INSERTs; parsing them again each time
/// was a fifth of its work (docs/performance.md). A statement in use is owned by its
/// Statement and comes back here, reset and unbound, when that Statement is destroyed.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// A free statement for `sql`, taken out of the cache, or nullptr.
    sqlite3_stmt* take(const QByteArray& sql);
    /// Resets `stmt` and keeps it for the next prepare of the same SQL (finalised when the
    /// cache already holds one, or is full).
    void giveBack(sqlite3_stmt* stmt);
    /// Finalises every cached statement (before the connection closes).
    void clear();

private:
    static constexpr int kCapacity = 64;
    QHash<QByteArray, sqlite3_stmt*> m_free;
};

} // namespace wp::db
