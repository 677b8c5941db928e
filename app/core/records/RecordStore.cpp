#include "RecordStore.h"

#include "RecordSeal.h"
#include "Transaction.h"
#include "audit/AuditLog.h"

#include <QJsonDocument>
#include <QUuid>

namespace wp {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RecordVersion firstVersion(const QString& kind, const QString& patientId, const QJsonObject& data,
                           const QDateTime& occurredAt)
{
    RecordVersion v;
    v.recordId = newId();
    v.kind = kind;
    v.patientId = patientId;
    v.version = 1;
    v.data = data;
    v.occurredAt = occurredAt;
    return v;
}

const auto selectColumns = QStringLiteral("SELECT version_id, record_id, kind, patient_id, version, "
                                          "previous_version_id, data, entered_in_error, reason, "
                                          "occurred_at, created_at, created_by, device FROM record_version ");

RecordVersion readVersion(const db::Statement& s)
{
    RecordVersion v;
    v.versionId = s.text(0);
    v.recordId = s.text(1);
    v.kind = s.text(2);
    v.patientId = s.text(3);
    v.version = s.integer(4);
    v.previousVersionId = s.text(5);
    v.data = QJsonDocument::fromJson(s.text(6).toUtf8()).object();
    v.enteredInError = s.integer(7) != 0;
    v.reason = s.text(8);
    v.occurredAt = s.isNull(9) ? QDateTime() : fromStorageTime(s.text(9));
    v.createdAt = fromStorageTime(s.text(10));
    v.createdBy = s.text(11);
    v.device = s.text(12);
    return v;
}

Result<QList<RecordVersion>> collect(db::Statement& stmt)
{
    return stmt.all<RecordVersion>([](const db::Statement& s) { return readVersion(s); });
}

} // namespace

Result<RecordVersion> RecordStore::appendInTransaction(RecordVersion v)
{
    const Actor actor = m_ws.actor();
    v.versionId = newId();
    v.createdAt = m_ws.clock().now();
    v.createdBy = actor.login;
    v.device = actor.device;
    if (!v.occurredAt.isValid()) {
        v.occurredAt = v.createdAt;
    }
    auto ins = m_ws.db().prepare(
        QStringLiteral("INSERT INTO record_version(version_id, record_id, kind, patient_id, version, "
                       "previous_version_id, data, "
                       "entered_in_error, reason, occurred_at, created_at, created_by, device) "
                       "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"));
    if (!ins) {
        return ins.error();
    }
    // The texts stored, in RecordSeal::columns() order: the seal is computed from them.
    const QStringList fields{v.versionId,
                             v.recordId,
                             v.kind,
                             v.patientId,
                             QString::number(v.version),
                             v.previousVersionId,
                             QString::fromUtf8(QJsonDocument(v.data).toJson(QJsonDocument::Compact)),
                             v.enteredInError ? QStringLiteral("1") : QStringLiteral("0"),
                             v.reason,
                             toStorageTime(v.occurredAt),
                             toStorageTime(v.createdAt),
                             v.createdBy,
                             v.device};
    ins->bind(1, fields[0])
        .bind(2, fields[1])
        .bind(3, fields[2])
        .bindOptional(4, fields[3])
        .bind(5, v.version)
        .bindOptional(6, fields[5])
        .bind(7, fields[6])
        .bind(8, v.enteredInError ? 1 : 0)
        .bindOptional(9, fields[8])
        .bind(10, fields[9])
        .bind(11, fields[10])
        .bind(12, fields[11])
        .bind(13, fields[12]);
    if (auto st = ins->exec(); !st) {
        return st.error();
    }
    const QList<RecordSeal::Seal> seal{{v.versionId, RecordSeal::hash(fields)}};
    const QString action = v.enteredInError ? QStringLiteral("record.entered-in-error")
                           : v.version == 1 ? QStringLiteral("record.create")
                                            : QStringLiteral("record.amend");
    auto seq = AuditLog(m_ws).appendWithContent(action, v.kind, v.recordId,
                                                QStringLiteral("v%1 %2").arg(v.version).arg(v.versionId),
                                                RecordSeal::digest(seal));
    if (!seq) {
        return seq.error();
    }
    if (auto st = RecordSeal::insert(m_ws.db(), *seq, seal); !st) {
        return st.error();
    }
    return v;
}

Result<RecordVersion> RecordStore::write(RecordVersion v)
{
    if (auto st = m_ws.require(Permission::RecordCare); !st) {
        return st.error();
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto written = appendInTransaction(std::move(v));
    if (!written) {
        return written.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return written;
}

Result<RecordVersion> RecordStore::create(const QString& kind, const QString& patientId,
                                          const QJsonObject& data, const QDateTime& occurredAt)
{
    return write(firstVersion(kind, patientId, data, occurredAt));
}

Result<RecordVersion> RecordStore::createInTransaction(const QString& kind, const QString& patientId,
                                                       const QJsonObject& data, const QDateTime& occurredAt)
{
    return appendInTransaction(firstVersion(kind, patientId, data, occurredAt));
}

Result<RecordVersion> RecordStore::amend(const QString& recordId, const QJsonObject& data,
                                         const QString& reason, const QDateTime& occurredAt)
{
    if (reason.trimmed().isEmpty()) {
        return Error(tr("Say why the record is amended."), Error::Code::InvalidInput);
    }
    auto current = latest(recordId);
    if (!current) {
        return current.error();
    }
    if (current->enteredInError) {
        return Error(tr("This record was marked as entered in error and cannot be amended."),
                     Error::Code::Conflict);
    }
    RecordVersion v = *current;
    v.previousVersionId = current->versionId;
    v.version = current->version + 1;
    v.data = data;
    v.reason = reason.trimmed();
    v.occurredAt = occurredAt.isValid() ? occurredAt : current->occurredAt;
    return write(std::move(v));
}

Result<RecordVersion> RecordStore::markEnteredInError(const QString& recordId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error(tr("Say why the record was entered in error."), Error::Code::InvalidInput);
    }
    auto current = latest(recordId);
    if (!current) {
        return current.error();
    }
    if (current->enteredInError) {
        return Error(tr("This record is already marked as entered in error."), Error::Code::Conflict);
    }
    RecordVersion v = *current;
    v.previousVersionId = current->versionId;
    v.version = current->version + 1;
    v.enteredInError = true;
    v.reason = reason.trimmed();
    return write(std::move(v));
}

QString RecordStore::isCurrentVersion(const QString& alias)
{
    // Row values compare lexicographically: no version of the record sorts after this one.
    return QStringLiteral(
               "NOT EXISTS (SELECT 1 FROM record_version newer WHERE newer.record_id = %1.record_id "
               "AND (newer.version, newer.created_at, newer.device, newer.version_id) > "
               "(%1.version, %1.created_at, %1.device, %1.version_id))")
        .arg(alias);
}

Result<RecordVersion> RecordStore::latest(const QString& recordId)
{
    auto stmt = m_ws.db().prepare(
        selectColumns +
        QStringLiteral("WHERE record_id = ?1 ORDER BY version DESC, created_at DESC, device DESC, "
                       "version_id DESC LIMIT 1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, recordId);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return Error(tr("No record %1.").arg(recordId), Error::Code::NotFound);
    }
    return readVersion(*stmt);
}

Result<QList<RecordVersion>> RecordStore::history(const QString& recordId)
{
    auto stmt = m_ws.db().prepare(selectColumns + QStringLiteral("WHERE record_id = ?1 ORDER BY version"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, recordId);
    return collect(*stmt);
}

Result<QList<RecordVersion>> RecordStore::latestForPatient(const QString& patientId, const QString& kind,
                                                           bool includeEnteredInError)
{
    auto stmt = m_ws.db().prepare(
        selectColumns +
        QStringLiteral("AS r WHERE patient_id = ?1 AND kind = ?2 AND %1 %2 ORDER BY occurred_at, created_at")
            .arg(isCurrentVersion(QStringLiteral("r")),
                 includeEnteredInError ? QString() : QStringLiteral("AND entered_in_error = 0")));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, patientId).bind(2, kind);
    return collect(*stmt);
}

Result<QList<RecordVersion>> RecordStore::latestOfKindBetween(const QString& kind, const QDateTime& from,
                                                              const QDateTime& to, bool includeEnteredInError)
{
    // Storage times are canonical UTC text, so text comparison orders them.
    auto stmt = m_ws.db().prepare(
        selectColumns +
        QStringLiteral("AS r WHERE kind = ?1 AND occurred_at >= ?2 AND occurred_at < ?3 AND %1 %2 ORDER BY "
                       "occurred_at, created_at")
            .arg(isCurrentVersion(QStringLiteral("r")),
                 includeEnteredInError ? QString() : QStringLiteral("AND entered_in_error = 0")));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, kind).bind(2, toStorageTime(from)).bind(3, toStorageTime(to));
    return collect(*stmt);
}

Result<QDateTime> RecordStore::newestOccurrence()
{
    auto newest = m_ws.db().scalar(QStringLiteral("SELECT max(occurred_at) FROM record_version"));
    if (!newest) {
        return newest.error();
    }
    const QString text = newest->toString();
    return text.isEmpty() ? QDateTime() : fromStorageTime(text);
}

} // namespace wp
