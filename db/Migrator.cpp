#include "Migrator.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

static void initStorageResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace wp::db {

Result<QList<Migration>> Migrator::builtin()
{
    static const bool initialised = (initStorageResources(), true);
    Q_UNUSED(initialised);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/whiteplan/migrations"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            return Error(tr("Unexpected migration file name: %1").arg(file));
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            return Error(tr("Cannot read the migration %1.").arg(file), Error::Code::Io);
        }
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].version != i + 1) {
            return Error(
                tr("Migrations must be numbered 1, 2, 3… without gaps (found %1).").arg(list[i].version));
        }
    }
    return list;
}

int Migrator::latestVersion()
{
    auto list = builtin();
    return list && !list->isEmpty() ? list->last().version : 0;
}

QList<int> Migrator::pending(Database& db) const
{
    const int current = db.userVersion();
    QList<int> result;
    for (const auto& m : m_migrations) {
        if (m.version > current) {
            result << m.version;
        }
    }
    return result;
}

Status Migrator::migrate(Database& db) const
{
    const int current = db.userVersion();
    if (current < 0) {
        return Error(tr("Cannot read the schema version of %1.").arg(db.path()), Error::Code::Corrupt);
    }
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    if (current > latest) {
        return Error(
            tr("This data was written by a newer WhitePlan (schema version %1; this program knows up to "
               "version %2). Nothing was changed: open it with the newer WhitePlan.")
                .arg(current)
                .arg(latest),
            Error::Code::NewerSchema);
    }
    // A migration that rebuilds a large table spills SQLite's default 2 MB page cache at
    // every page: a 1 GB database then takes an hour. A larger cache, only while migrating,
    // keeps it to minutes.
    if (current < latest) {
        (void)db.exec(QStringLiteral("PRAGMA cache_size=-131072;"));
    }
    // SQLite's procedure for schema changes: foreign keys off while tables are rebuilt (a DROP
    // TABLE otherwise checks every row against its self-reference, quadratic on record_version),
    // then foreign_key_check before each commit, so nothing inconsistent is ever committed.
    if (current < latest) {
        (void)db.exec(QStringLiteral("PRAGMA foreign_keys=OFF;"));
    }
    struct Restore
    {
        Database& db;
        ~Restore() { (void)db.exec(QStringLiteral("PRAGMA cache_size=-2000; PRAGMA foreign_keys=ON;")); }
    } restore{db};
    for (const auto& m : m_migrations) {
        if (m.version <= current) {
            continue;
        }
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        if (auto st = db.exec(m.sql); !st) {
            return Error(tr("Upgrading the data to version %1 (%2) failed: %3")
                             .arg(m.version)
                             .arg(m.name, st.errorMessage()),
                         st.error().code);
        }
        if (const auto step = m_steps.constFind(m.version); step != m_steps.constEnd()) {
            if (auto st = (*step)(db); !st) {
                return Error(tr("Upgrading the data to version %1 (%2) failed: %3")
                                 .arg(m.version)
                                 .arg(m.name, st.errorMessage()),
                             st.error().code);
            }
        }
        auto violation = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        if (!violation || violation->toInt() != 0) {
            return Error(
                tr("Upgrading the data to version %1 (%2) would break links between records; nothing "
                   "was changed.")
                    .arg(m.version)
                    .arg(m.name),
                Error::Code::Corrupt);
        }
        if (auto st = db.setUserVersion(m.version); !st) {
            return st;
        }
        if (auto st = tx->commit(); !st) {
            return st;
        }
    }
    return {};
}

} // namespace wp::db
