#include "HubLinkStore.h"

#include "foundation/Clock.h"

namespace wp::hub {

namespace {

QString optionalTime(const QDateTime& t)
{
    return t.isValid() ? toStorageTime(t) : QString();
}

QDateTime readTime(const db::Statement& s, int column)
{
    return s.isNull(column) ? QDateTime() : fromStorageTime(s.text(column));
}

} // namespace

Result<std::optional<HubLink>> HubLinkStore::load()
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT host, host_address, port, joined_at, joined_by, cluster_id, system_id, high_water_seq, "
        "pushed_up_to, pull_txid, pull_seq, rebuild_pending, last_attempt_at, last_sync_at, "
        "unreachable_since, "
        "last_error, alarms, pushed_audit_up_to FROM hub_link WHERE singleton = 1"));
    if (!s) {
        return s.error();
    }
    auto row = s->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<HubLink>();
    }
    HubLink l;
    l.host = s->text(0);
    l.hostAddress = s->text(1);
    l.port = s->integer(2);
    l.joinedAt = readTime(*s, 3);
    l.joinedBy = s->text(4);
    l.clusterId = s->text(5);
    l.systemId = s->text(6);
    l.highWaterSeq = s->int64(7);
    l.pushedUpTo = s->int64(8);
    l.pullTxid = s->int64(9);
    l.pullSeq = s->int64(10);
    l.rebuildPending = s->integer(11) != 0;
    l.lastAttemptAt = readTime(*s, 12);
    l.lastSyncAt = readTime(*s, 13);
    l.unreachableSince = readTime(*s, 14);
    l.lastError = s->text(15);
    l.alarms = s->int64(16);
    l.pushedAuditUpTo = s->int64(17);
    return std::optional<HubLink>(l);
}

Status HubLinkStore::insert(const HubLink& link)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO hub_link(singleton, host, host_address, port, "
                                         "joined_at, joined_by) VALUES (1,?1,?2,?3,?4,?5)"));
    if (!s) {
        return s.error();
    }
    s->bind(1, link.host).bind(2, link.hostAddress).bind(3, link.port).bind(4, toStorageTime(link.joinedAt));
    s->bind(5, link.joinedBy);
    return s->exec();
}

Status HubLinkStore::save(const HubLink& l)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE hub_link SET cluster_id = ?1, system_id = ?2, high_water_seq = ?3, pushed_up_to = ?4, "
        "pull_txid = ?5, pull_seq = ?6, rebuild_pending = ?7, last_attempt_at = ?8, last_sync_at = ?9, "
        "unreachable_since = ?10, last_error = ?11, alarms = ?12, pushed_audit_up_to = ?13 WHERE singleton = "
        "1"));
    if (!s) {
        return s.error();
    }
    s->bind(1, l.clusterId)
        .bind(2, l.systemId)
        .bind(3, l.highWaterSeq)
        .bind(4, l.pushedUpTo)
        .bind(5, l.pullTxid)
        .bind(6, l.pullSeq)
        .bind(7, l.rebuildPending ? 1 : 0)
        .bindOptional(8, optionalTime(l.lastAttemptAt))
        .bindOptional(9, optionalTime(l.lastSyncAt))
        .bindOptional(10, optionalTime(l.unreachableSince))
        .bind(11, l.lastError)
        .bind(12, l.alarms)
        .bind(13, l.pushedAuditUpTo);
    return s->exec();
}

Status HubLinkStore::remove()
{
    return m_db.exec(QStringLiteral("DELETE FROM hub_link"));
}

} // namespace wp::hub
