#pragma once

#include "Database.h"

#include <QHash>
#include <QList>

#include <functional>

namespace wp::db {

/// One numbered schema step. Version N takes the schema from N-1 to N.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// Applies numbered migrations, each in its own transaction, recording the
/// version in `PRAGMA user_version`.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    /// The migrations shipped in db/migrations (compiled in as Qt resources).
    static Result<QList<Migration>> builtin();
    /// Latest version of the built-in schema.
    static int latestVersion();

    /// A step SQL cannot do (hashing), run after a migration's SQL in its transaction.
    using Step = std::function<Status(Database&)>;

    explicit Migrator(QList<Migration> migrations, QHash<int, Step> steps = {})
        : m_migrations(std::move(migrations)), m_steps(std::move(steps))
    {}

    /// Brings `db` to the latest version. A database from a newer WhitePlan is
    /// refused with a NewerSchema error and left untouched.
    Status migrate(Database& db) const;
    /// Versions that migrate() would apply to `db`.
    QList<int> pending(Database& db) const;

private:
    QList<Migration> m_migrations;
    QHash<int, Step> m_steps; // by migration version, given by the caller that knows how (the core)
};

} // namespace wp::db
