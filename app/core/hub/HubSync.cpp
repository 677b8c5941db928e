#include "HubSync.h"

#include "HubFiles.h"
#include "HubLinkStore.h"
#include "Transaction.h"
#include "exchange/PayloadLines.h"
#include "exchange/PayloadMerger.h"
#include "exchange/StateRebuilder.h"
#include "pg/PgConnection.h"
#include "site/SiteIdentity.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace wp::hub {

namespace {

/// One batch: inserts what the hub lacks, and raises an alarm (in the same transaction) for
/// every id the hub holds with another content. The CTE's reads see the rows as they were
/// before the statement, so a row inserted by it is never compared with itself.
const char* const pushSql =
    "WITH p AS (SELECT kind, id, body, encode(sha256(convert_to(body, 'UTF8')), 'hex') AS sha "
    "           FROM jsonb_to_recordset($1::jsonb) AS x(kind text, id text, body text)), "
    "ins AS (INSERT INTO hub_row(kind, id, device_code, body, sha256) "
    "        SELECT kind, id, $2, body, sha FROM p ON CONFLICT (kind, id) DO NOTHING RETURNING 1), "
    "bad AS (INSERT INTO hub_alarm(kind, row_id, offered_by, stored_sha256, offered_sha256, offered_body) "
    "        SELECT p.kind, p.id, $2, r.sha256, p.sha, p.body FROM p JOIN hub_row r "
    "        ON r.kind = p.kind AND r.id = p.id WHERE r.sha256 <> p.sha RETURNING row_id) "
    "SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM bad), "
    "       (SELECT coalesce(string_agg(row_id, ' '), '') FROM bad)";

/// Rows of transactions below the snapshot's xmin only: every one of them has committed (or
/// rolled back), so no row can still appear behind the cursor.
const char* const pullSql =
    "SELECT txid::text, seq, body FROM hub_row "
    "WHERE (txid, seq) > ($1::text::xid8, $2::bigint) AND txid < pg_snapshot_xmin(pg_current_snapshot()) "
    "  AND kind IN ('rv', 'ward', 'bed', 'user') "
    "ORDER BY txid, seq LIMIT $3";

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

QJsonObject pushRow(const QString& kind, const QString& id, const QByteArray& body)
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("body"), QString::fromUtf8(body)}};
}

} // namespace

Result<HubLink> HubSync::loadLink()
{
    auto link = HubLinkStore(m_ws.db()).load();
    if (!link) {
        return link.error();
    }
    if (!link->has_value()) {
        return Error(tr("This laptop has not joined a hub: an administrator joins one first (hub join)."),
                     Error::Code::Conflict);
    }
    return **link;
}

Status HubSync::saveLink(const HubLink& link)
{
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = HubLinkStore(m_ws.db()).save(link); !st) {
        return st.error();
    }
    return tx->commit();
}

Error HubSync::failed(HubLink& link, const Error& error)
{
    link.lastError = error.message;
    if (!link.unreachableSince.isValid()) {
        link.unreachableSince = link.lastAttemptAt;
    }
    (void)saveLink(link);
    return error;
}

Result<qint64> HubSync::waiting(Workspace& ws)
{
    auto link = HubLinkStore(ws.db()).load();
    if (!link) {
        return link.error();
    }
    if (!link->has_value()) {
        return qint64(0);
    }
    auto s = ws.db().prepare(
        QStringLiteral("SELECT count(*) FROM record_version WHERE rowid > ?1 AND device = ?2"));
    if (!s) {
        return s.error();
    }
    s->bind(1, (*link)->pushedUpTo).bind(2, ws.deviceCode());
    auto row = s->step();
    if (!row) {
        return row.error();
    }
    return qint64(s->int64(0));
}

Result<HubSyncSummary> HubSync::syncOnce()
{
    return syncFor(0);
}

Result<HubSyncSummary> HubSync::syncFor(int seconds)
{
    if (auto st = m_ws.require(Permission::ImportData); !st) {
        return st.error();
    }
    auto loaded = loadLink();
    if (!loaded) {
        return loaded.error();
    }
    HubLink link = *loaded;
    link.lastAttemptAt = m_ws.clock().now();
    const HubFiles files(m_ws.dataDirectory());
    db::PgOptions options;
    options.host = link.host;
    options.hostAddress = link.hostAddress;
    options.port = link.port;
    options.user = QStringLiteral("dev_") + m_ws.deviceCode();
    options.rootCert = files.caCertificate();
    options.cert = files.certificate();
    options.key = files.key();
    auto conn = db::PgConnection::connect(options);
    if (!conn) {
        return failed(link, conn.error());
    }
    const QDeadlineTimer deadline(std::chrono::seconds(std::max(0, seconds)));
    if (seconds > 0) {
        // Listening before the first sync: nothing committed meanwhile can go unnoticed.
        if (auto st = conn->exec(QStringLiteral("LISTEN whiteplan_hub")); !st) {
            return failed(link, st.error());
        }
    }
    HubSyncSummary summary;
    if (auto st = run(*conn, link, summary); !st) {
        return failed(link, st.error());
    }
    while (seconds > 0 && !deadline.hasExpired()) {
        auto woken =
            conn->waitForNotification(static_cast<int>(deadline.remainingTime()), m_ws.deviceCode().toUtf8());
        if (!woken) {
            return failed(link, woken.error());
        }
        if (!*woken) {
            break;
        }
        ++summary.wakeUps;
        link.lastAttemptAt = m_ws.clock().now();
        if (auto st = run(*conn, link, summary); !st) {
            return failed(link, st.error());
        }
    }
    return summary;
}

Status HubSync::run(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary)
{
    if (auto st = checkHub(conn, link, summary); !st) {
        return st;
    }
    if (auto st = push(conn, link, summary); !st) {
        return st;
    }
    // A hub that lost rows this laptop had sent was restored from an older backup: refill it.
    auto held = hubHoldsOwn(conn);
    if (!held) {
        return held.error();
    }
    auto s = m_ws.db().prepare(
        QStringLiteral("SELECT count(*) FROM record_version WHERE rowid <= ?1 AND device = ?2"));
    if (!s) {
        return s.error();
    }
    s->bind(1, link.pushedUpTo).bind(2, m_ws.deviceCode());
    if (auto row = s->step(); !row) {
        return row.error();
    }
    if (*held < s->int64(0)) {
        summary.resetReason =
            tr("the hub holds %1 of the %2 record versions this laptop sent: it was restored "
               "from an older backup; everything was sent and received again.")
                .arg(*held)
                .arg(s->int64(0));
        link.pushedUpTo = 0;
        link.pushedAuditUpTo = 0;
        link.pullTxid = 0;
        link.pullSeq = 0;
        if (auto st = push(conn, link, summary); !st) {
            return st;
        }
    }
    if (auto st = pull(conn, link, summary); !st) {
        return st;
    }
    if (auto st = rebuildIfNeeded(link, summary); !st) {
        return st;
    }
    if (auto st = pushAudit(conn, link, summary); !st) {
        return st;
    }
    link.lastSyncAt = m_ws.clock().now();
    link.unreachableSince = QDateTime();
    link.lastError =
        summary.alarms > 0
            ? tr("%n record version(s) offered with another content than the hub's: integrity alarm.",
                 nullptr, summary.alarms)
            : QString();
    return saveLink(link);
}

Status HubSync::checkHub(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary)
{
    auto info = conn.exec(
        QStringLiteral("SELECT cluster_id::text, system_id, max_seq, horizon::text FROM hub_info()"));
    if (!info) {
        return info.error();
    }
    auto me = SiteIdentity::of(m_ws.db());
    if (!me) {
        return me.error();
    }
    const QString hospital =
        me->hospitalId.isEmpty() ? QStringLiteral("name:") + me->hospitalName.trimmed() : me->hospitalId;
    auto registered = conn.exec(
        QStringLiteral("INSERT INTO hub_device(device_code, device_id, hospital_id) VALUES ($1, $2, $3) "
                       "ON CONFLICT (device_code) DO NOTHING"),
        {m_ws.deviceCode().toUtf8(), me->deviceId.toUtf8(), hospital.toUtf8()});
    if (!registered) {
        return registered.error();
    }
    auto others =
        conn.exec(QStringLiteral("SELECT device_code FROM hub_device WHERE hospital_id <> $1 LIMIT 1"),
                  {hospital.toUtf8()});
    if (!others) {
        return others.error();
    }
    if (others->rows() > 0) {
        return Error(tr("The hub at %1 holds the laptops of another hospital (%2, for one): nothing was sent "
                        "or received. Check the hub's address with the IT team.")
                         .arg(link.host, others->text(0, 0)),
                     Error::Code::Conflict);
    }
    const QString clusterId = info->text(0, 0);
    const std::int64_t maxSeq = info->int64(0, 2);
    const std::int64_t horizon = info->int64(0, 3);
    QString reason;
    if (!link.clusterId.isEmpty() && clusterId != link.clusterId) {
        reason = tr("the hub is not the one of the last sync (its identity changed): everything was sent and "
                    "received again.");
    } else if (maxSeq < link.highWaterSeq || horizon < link.pullTxid) {
        reason =
            tr("the hub went back in time (restored from an older backup): everything was sent and received "
               "again.");
    }
    if (!reason.isEmpty()) {
        summary.resetReason = reason;
        link.pushedUpTo = 0;
        link.pushedAuditUpTo = 0;
        link.pullTxid = 0;
        link.pullSeq = 0;
        link.highWaterSeq = 0;
    }
    link.clusterId = clusterId;
    link.systemId = info->text(0, 1);
    link.highWaterSeq = std::max(link.highWaterSeq, maxSeq);
    return {};
}

Result<qint64> HubSync::hubHoldsOwn(db::PgConnection& conn)
{
    // An alarmed version of this laptop counts as held: the hub has that id (with another content).
    auto r = conn.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM hub_row WHERE device_code = $1 AND kind = 'rv') + "
                       "(SELECT count(DISTINCT a.row_id) FROM hub_alarm a WHERE a.offered_by = $1 "
                       "AND a.kind = 'rv' AND NOT EXISTS (SELECT 1 FROM hub_row r WHERE r.kind = 'rv' "
                       "AND r.id = a.row_id AND r.device_code = $1))"),
        {m_ws.deviceCode().toUtf8()});
    if (!r) {
        return r.error();
    }
    return qint64(r->int64(0, 0));
}

Status HubSync::push(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary)
{
    auto& db = m_ws.db();
    const QString self = m_ws.deviceCode();
    // Wards, beds and users travel like in a bundle; they are united by content (their id is
    // the line's digest), so sending them at every sync costs little and changes nothing.
    QJsonArray refs;
    const struct
    {
        QString kind;
        QString sql;
        QJsonObject (*line)(const db::Statement&);
    } tables[] = {{QStringLiteral("ward"), exchange::PayloadLines::wardSql(), &exchange::PayloadLines::ward},
                  {QStringLiteral("bed"), exchange::PayloadLines::bedSql(), &exchange::PayloadLines::bed},
                  {QStringLiteral("user"), exchange::PayloadLines::userSql(), &exchange::PayloadLines::user}};
    for (const auto& t : tables) {
        auto s = db.prepare(t.sql);
        if (!s) {
            return s.error();
        }
        while (true) {
            auto row = s->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            const QByteArray body = exchange::PayloadLines::text(t.line(*s));
            refs.append(pushRow(
                t.kind,
                QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()),
                body));
        }
    }
    bool first = true;
    while (true) {
        QJsonArray batch = first ? refs : QJsonArray();
        first = false;
        auto s = db.prepare(exchange::PayloadLines::ownRecordSql());
        if (!s) {
            return s.error();
        }
        s->bind(1, link.pushedUpTo).bind(2, self).bind(3, m_batch);
        std::int64_t maxRowId = link.pushedUpTo;
        int records = 0;
        while (true) {
            auto row = s->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            batch.append(pushRow(QStringLiteral("rv"), s->text(1),
                                 exchange::PayloadLines::text(exchange::PayloadLines::record(*s))));
            maxRowId = std::max(maxRowId, s->int64(0));
            ++records;
        }
        s = Result<db::Statement>(db::Statement()); // releases the read before the network wait
        if (batch.isEmpty()) {
            return {};
        }
        if (auto st = sendBatch(conn, batch, summary, link); !st) {
            return st;
        }
        link.pushedUpTo = maxRowId;
        if (auto st = saveLink(link); !st) {
            return st;
        }
        if (m_afterBatch) {
            m_afterBatch();
        }
        if (records < m_batch) {
            return {};
        }
    }
}

Status HubSync::sendBatch(db::PgConnection& conn, const QJsonArray& batch, HubSyncSummary& summary,
                          HubLink& link)
{
    auto r = conn.exec(QString::fromLatin1(pushSql),
                       {QJsonDocument(batch).toJson(QJsonDocument::Compact), m_ws.deviceCode().toUtf8()});
    if (!r) {
        return r.error();
    }
    // The hub committed: only now do these rows count as sent (the caller moves its cursor).
    summary.offered += batch.size();
    summary.stored += r->int64(0, 0);
    const int alarms = static_cast<int>(r->int64(0, 1));
    summary.alarms += alarms;
    if (alarms > 0) {
        summary.alarmIds << r->text(0, 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    link.alarms += alarms;
    return {};
}

Status HubSync::pushAudit(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary)
{
    auto me = SiteIdentity::of(m_ws.db());
    if (!me) {
        return me.error();
    }
    // Entries are named by the laptop's id and their seq: a code given again to another laptop
    // cannot collide with the trail of the first.
    const QString prefix = (me->deviceId.isEmpty() ? m_ws.deviceCode() : me->deviceId) + QLatin1Char(':');
    while (true) {
        auto s = m_ws.db().prepare(QStringLiteral("SELECT seq, at, user_login, device, action, object_kind, "
                                                  "object_id, detail, prev_hash, hash, content "
                                                  "FROM audit_entry WHERE seq > ?1 ORDER BY seq LIMIT ?2"));
        if (!s) {
            return s.error();
        }
        s->bind(1, link.pushedAuditUpTo).bind(2, m_batch);
        QJsonArray batch;
        std::int64_t last = link.pushedAuditUpTo;
        while (true) {
            auto row = s->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            last = s->int64(0);
            const QJsonObject line{{QStringLiteral("t"), QStringLiteral("audit")},
                                   {QStringLiteral("seq"), static_cast<qint64>(last)},
                                   {QStringLiteral("at"), s->text(1)},
                                   {QStringLiteral("user"), s->text(2)},
                                   {QStringLiteral("device"), s->text(3)},
                                   {QStringLiteral("action"), s->text(4)},
                                   {QStringLiteral("object_kind"), s->text(5)},
                                   {QStringLiteral("object_id"), s->text(6)},
                                   {QStringLiteral("detail"), s->text(7)},
                                   {QStringLiteral("prev_hash"), s->text(8)},
                                   {QStringLiteral("hash"), s->text(9)},
                                   {QStringLiteral("content"), s->text(10)}};
            batch.append(pushRow(QStringLiteral("audit"), prefix + QString::number(last),
                                 exchange::PayloadLines::text(line)));
        }
        s = Result<db::Statement>(db::Statement());
        if (batch.isEmpty()) {
            return {};
        }
        if (auto st = sendBatch(conn, batch, summary, link); !st) {
            return st;
        }
        link.pushedAuditUpTo = last;
        if (auto st = saveLink(link); !st) {
            return st;
        }
        if (batch.size() < m_batch) {
            return {};
        }
    }
}

Status HubSync::pull(db::PgConnection& conn, HubLink& link, HubSyncSummary& summary)
{
    while (true) {
        auto r = conn.exec(QString::fromLatin1(pullSql),
                           {number(link.pullTxid), number(link.pullSeq), number(m_batch)});
        if (!r) {
            return r.error();
        }
        const int rows = r->rows();
        if (rows == 0) {
            return {};
        }
        auto tx = db::Transaction::begin(m_ws.db());
        if (!tx) {
            return tx.error();
        }
        exchange::ImportSummary merged;
        exchange::PayloadMerger merger(m_ws, merged);
        if (auto st = merger.prepare(); !st) {
            return st;
        }
        for (int i = 0; i < rows; ++i) {
            if (auto st = merger.handle(r->bytes(i, 2)); !st) {
                return st;
            }
        }
        const qint64 added = merged.newRecords + merged.newUsers + merged.newWards + merged.newBeds;
        if (added > 0) {
            auto sealed = merger.seal(QStringLiteral("hub.pull"), QStringLiteral("hub"), link.clusterId,
                                      QStringLiteral("lines=%1 new=%2 users+=%3 wards+=%4 beds+=%5")
                                          .arg(rows)
                                          .arg(merged.newRecords)
                                          .arg(merged.newUsers)
                                          .arg(merged.newWards)
                                          .arg(merged.newBeds));
            if (!sealed) {
                return sealed.error();
            }
            link.rebuildPending = true;
        }
        summary.pulled += rows;
        summary.newRecords += merged.newRecords;
        summary.newUsers += merged.newUsers;
        summary.newWards += merged.newWards;
        link.pullTxid = r->int64(rows - 1, 0);
        link.pullSeq = r->int64(rows - 1, 1);
        if (auto st = HubLinkStore(m_ws.db()).save(link); !st) {
            return st;
        }
        if (auto st = tx->commit(); !st) {
            return st;
        }
        if (m_afterBatch) {
            m_afterBatch();
        }
        if (rows < m_batch) {
            return {};
        }
    }
}

Status HubSync::rebuildIfNeeded(HubLink& link, HubSyncSummary& summary)
{
    if (!link.rebuildPending) {
        return {};
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    // Once for the whole pull, not per batch: the rebuild reads every record.
    auto rebuilt = exchange::StateRebuilder(m_ws).rebuild();
    if (!rebuilt) {
        return rebuilt.error();
    }
    summary.patients = rebuilt->patients;
    summary.conflicts = rebuilt->conflicts;
    link.rebuildPending = false;
    if (auto st = HubLinkStore(m_ws.db()).save(link); !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp::hub
