#pragma once

#include "Database.h"

namespace wp::db {

/// RAII write transaction. The outermost one is `BEGIN IMMEDIATE` (so a writer
/// fails early rather than at commit); nested ones are savepoints. Rolled back on
/// destruction unless commit() succeeded.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);

    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Makes the changes durable (with synchronous=FULL the WAL is fsynced first).
    Status commit();
    void rollback();

private:
    Transaction(Database* db, QString savepoint) : m_db(db), m_savepoint(std::move(savepoint)) {}

    Database* m_db = nullptr;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

} // namespace wp::db
