#include "Transaction.h"

#include <atomic>

namespace wp::db {

Result<Transaction> Transaction::begin(Database& db)
{
    if (db.inTransaction()) {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("wp_sp_%1").arg(++counter);
        if (auto st = db.exec(QStringLiteral("SAVEPOINT %1;").arg(name)); !st) {
            return st.error();
        }
        return Transaction(&db, name);
    }
    if (auto st = db.exec(QStringLiteral("BEGIN IMMEDIATE;")); !st) {
        return st.error();
    }
    return Transaction(&db, QString());
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint)),
      m_done(other.m_done)
{
    other.m_done = true;
}

Transaction::~Transaction()
{
    if (!m_done && m_db) {
        rollback();
    }
}

Status Transaction::commit()
{
    if (m_done) {
        return {};
    }
    const QString sql =
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT;") : QStringLiteral("RELEASE %1;").arg(m_savepoint);
    auto st = m_db->exec(sql);
    if (!st) {
        rollback();
        return st;
    }
    m_done = true;
    return {};
}

void Transaction::rollback()
{
    if (m_done || !m_db) {
        return;
    }
    m_done = true;
    if (m_savepoint.isEmpty()) {
        if (m_db->inTransaction()) {
            (void)m_db->exec(QStringLiteral("ROLLBACK;"));
        }
    } else {
        (void)m_db->exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1;").arg(m_savepoint));
    }
}

} // namespace wp::db
