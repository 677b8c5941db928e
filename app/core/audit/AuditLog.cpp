#include "AuditLog.h"

#include <QCryptographicHash>

namespace wp {

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Unit separators keep field boundaries unambiguous ("ab"+"c" differs from "a"+"bc").
    const QChar sep(0x1f);
    const QString canonical = QString::number(e.seq) + sep + e.at + sep + e.user + sep + e.device + sep +
                              e.action + sep + e.objectKind + sep + e.objectId + sep + e.detail + sep +
                              e.prevHash;
    // Entries written before record seals have no content: their hashes stay as they were.
    const QString withContent = e.content.isEmpty() ? canonical : canonical + sep + e.content;
    return QString::fromLatin1(
        QCryptographicHash::hash(withContent.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuditEntry AuditLog::next(qint64 previousSeq, const QString& previousHash, const Actor& actor,
                          const QDateTime& at, const QString& action, const QString& objectKind,
                          const QString& objectId, const QString& detail, const QString& content)
{
    AuditEntry e;
    e.seq = previousSeq + 1;
    e.prevHash = previousHash;
    e.at = toStorageTime(at);
    e.user = actor.login;
    e.device = actor.device;
    e.action = action;
    e.objectKind = objectKind;
    e.objectId = objectId;
    e.detail = detail;
    e.content = content;
    e.hash = computeHash(e);
    return e;
}

QString AuditLog::insertStatement()
{
    return QStringLiteral(
        "INSERT INTO audit_entry(seq, at, user_login, device, action, object_kind, object_id, "
        "detail, prev_hash, hash, content) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
}

void AuditLog::bind(db::Statement& stmt, const AuditEntry& e)
{
    stmt.bind(1, static_cast<std::int64_t>(e.seq))
        .bind(2, e.at)
        .bind(3, e.user)
        .bind(4, e.device)
        .bind(5, e.action)
        .bind(6, e.objectKind)
        .bind(7, e.objectId)
        .bind(8, e.detail)
        .bind(9, e.prevHash)
        .bind(10, e.hash)
        .bind(11, e.content);
}

Status AuditLog::append(const QString& action, const QString& objectKind, const QString& objectId,
                        const QString& detail)
{
    return append(m_ws.actor(), action, objectKind, objectId, detail);
}

Status AuditLog::append(const Actor& actor, const QString& action, const QString& objectKind,
                        const QString& objectId, const QString& detail)
{
    auto seq = appendEntry(actor, action, objectKind, objectId, detail, {});
    return seq ? Status() : Status(seq.error());
}

Result<qint64> AuditLog::appendWithContent(const QString& action, const QString& objectKind,
                                           const QString& objectId, const QString& detail,
                                           const QString& content)
{
    return appendEntry(m_ws.actor(), action, objectKind, objectId, detail, content);
}

Result<qint64> AuditLog::appendEntry(const Actor& actor, const QString& action, const QString& objectKind,
                                     const QString& objectId, const QString& detail, const QString& content)
{
    auto& db = m_ws.db();
    auto last = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    auto row = last->step();
    if (!row) {
        return row.error();
    }
    const AuditEntry e = next(*row ? last->int64(0) : 0, *row ? last->text(1) : genesisHash(), actor,
                              m_ws.clock().now(), action, objectKind, objectId, detail, content);
    auto ins = db.prepare(insertStatement());
    if (!ins) {
        return ins.error();
    }
    bind(*ins, e);
    if (auto st = ins->exec(); !st) {
        return st.error();
    }
    return e.seq;
}

namespace {

AuditEntry readEntry(const db::Statement& s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.at = s.text(1);
    e.user = s.text(2);
    e.device = s.text(3);
    e.action = s.text(4);
    e.objectKind = s.text(5);
    e.objectId = s.text(6);
    e.detail = s.text(7);
    e.prevHash = s.text(8);
    e.hash = s.text(9);
    e.content = s.text(10);
    return e;
}

const auto selectColumns = QStringLiteral("SELECT seq, at, user_login, device, action, object_kind, "
                                          "object_id, detail, prev_hash, hash, content FROM audit_entry ");

} // namespace

Result<AuditVerification> AuditLog::verify()
{
    auto stmt = m_ws.db().prepare(selectColumns + QStringLiteral("ORDER BY seq"));
    if (!stmt) {
        return stmt.error();
    }
    AuditVerification result;
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const AuditEntry e = readEntry(*stmt);
        ++result.entriesChecked;
        QString problem;
        if (e.seq != expectedSeq) {
            problem = tr("entry %1 is missing (found %2 next)").arg(expectedSeq).arg(e.seq);
        } else if (e.prevHash != previous) {
            problem = tr("entry %1 does not follow the entry before it").arg(e.seq);
        } else if (computeHash(e) != e.hash) {
            problem = tr("entry %1 was altered after it was written").arg(e.seq);
        }
        if (!problem.isEmpty()) {
            result.firstBadSeq = e.seq != expectedSeq ? expectedSeq : e.seq;
            result.problem = problem;
            return result;
        }
        previous = e.hash;
        ++expectedSeq;
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::latest(int limit)
{
    auto stmt = m_ws.db().prepare(selectColumns + QStringLiteral("ORDER BY seq DESC LIMIT ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, limit);
    return stmt->all<AuditEntry>(readEntry);
}

} // namespace wp
