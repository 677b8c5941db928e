#include "ConflictLog.h"

#include "Transaction.h"
#include "audit/AuditLog.h"

namespace wp::exchange {

Result<QList<ExchangeConflict>> ConflictLog::list(bool includeResolved)
{
    auto stmt = m_ws.db().prepare(
        QStringLiteral("SELECT id, kind, patient_id, other_id, detail, resolution, resolved_by, resolved_at "
                       "FROM exchange_conflict %1 ORDER BY resolution IS NOT NULL, kind, id")
            .arg(includeResolved ? QString() : QStringLiteral("WHERE resolution IS NULL")));
    if (!stmt) {
        return stmt.error();
    }
    return stmt->all<ExchangeConflict>([](const db::Statement& row) {
        ExchangeConflict c;
        c.id = row.text(0);
        c.kind = row.text(1);
        c.patientId = row.text(2);
        c.otherId = row.text(3);
        c.detail = row.text(4);
        c.resolution = row.text(5);
        c.resolvedBy = row.text(6);
        c.resolvedAt = row.isNull(7) ? QDateTime() : fromStorageTime(row.text(7));
        return c;
    });
}

Status ConflictLog::resolve(const QString& id, const QString& resolution)
{
    if (auto st = m_ws.require(Permission::EditPatients); !st) {
        return st;
    }
    static const QStringList allowed{QStringLiteral("confirmed"), QStringLiteral("merged"),
                                     QStringLiteral("distinct")};
    if (!allowed.contains(resolution)) {
        return Error(tr("Answer confirmed, merged or distinct."), Error::Code::InvalidInput);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto stmt = m_ws.db().prepare(QStringLiteral(
        "UPDATE exchange_conflict SET resolution = ?2, resolved_by = ?3, resolved_at = ?4 WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id)
        .bind(2, resolution)
        .bind(3, m_ws.actor().login)
        .bind(4, toStorageTime(m_ws.clock().now()));
    if (auto st = stmt->exec(); !st) {
        return st;
    }
    if (m_ws.db().changes() != 1) {
        return Error(tr("No conflict %1.").arg(id), Error::Code::NotFound);
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("exchange.resolve"), QStringLiteral("conflict"), id,
                                        resolution);
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp::exchange
