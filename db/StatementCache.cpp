#include "StatementCache.h"

#include <sqlite3.h>

namespace wp::db {

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt* StatementCache::take(const QByteArray& sql)
{
    return m_free.take(sql);
}

void StatementCache::giveBack(sqlite3_stmt* stmt)
{
    // reset's result repeats the last step's error, already reported to whoever stepped.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const QByteArray sql(sqlite3_sql(stmt));
    if (m_free.contains(sql) || m_free.size() >= kCapacity) {
        sqlite3_finalize(stmt);
        return;
    }
    m_free.insert(sql, stmt);
}

void StatementCache::clear()
{
    for (sqlite3_stmt* stmt : std::as_const(m_free)) {
        sqlite3_finalize(stmt);
    }
    m_free.clear();
}

} // namespace wp::db
