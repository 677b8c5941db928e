#include "PayloadMerger.h"

#include "audit/AuditLog.h"
#include "site/SiteService.h"

#include <QJsonDocument>

namespace wp::exchange {

/// Prepared statements reused for every line of the payload.
struct PayloadMerger::Inserts
{
    db::Statement ward;
    db::Statement bed;
    db::Statement user;
    db::Statement record;
    db::Statement known;
};

namespace {

/// The version_id of a record line, read without parsing the JSON (the exporter writes
/// compact JSON with "t":"rv" and "version_id":"…"); empty when not found.
QByteArray quickVersionId(const QByteArray& line)
{
    static const QByteArray type = QByteArrayLiteral("\"t\":\"rv\"");
    static const QByteArray key = QByteArrayLiteral("\"version_id\":\"");
    if (!line.contains(type)) {
        return {};
    }
    const qsizetype start = line.indexOf(key);
    if (start < 0) {
        return {};
    }
    const qsizetype from = start + key.size();
    const qsizetype end = line.indexOf('"', from);
    return end > from ? line.mid(from, end - from) : QByteArray();
}

QString optional(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace

PayloadMerger::PayloadMerger(Workspace& ws, ImportSummary& summary, bool transfer)
    : m_ws(ws), m_summary(summary), m_transfer(transfer)
{}

PayloadMerger::~PayloadMerger() = default;

Error PayloadMerger::malformed()
{
    return Error(tr("The bundle's content is malformed: nothing was imported."), Error::Code::Corrupt);
}

Status PayloadMerger::prepare()
{
    auto& db = m_ws.db();
    auto ward =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO ward(code, name, created_at) VALUES (?1,?2,?3)"));
    auto bed =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO bed(ward_code, label, position) VALUES (?1,?2,?3)"));
    auto user = db.prepare(QStringLiteral("INSERT OR IGNORE INTO app_user(id, login, full_name, role, "
                                          "password_hash, active, created_at, created_by) "
                                          "VALUES (?1,?2,?3,?4,?5,?6,?7,?8)"));
    auto record = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO record_version(version_id, record_id, kind, patient_id, version, "
        "previous_version_id, data, entered_in_error, reason, occurred_at, created_at, created_by, "
        "device) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"));
    auto known = db.prepare(QStringLiteral("SELECT 1 FROM record_version WHERE version_id = ?1"));
    for (auto* r : {&ward, &bed, &user, &record, &known}) {
        if (!*r) {
            return r->error();
        }
    }
    m_s = std::make_unique<Inserts>(
        Inserts{std::move(*ward), std::move(*bed), std::move(*user), std::move(*record), std::move(*known)});
    return {};
}

Status PayloadMerger::handle(const QByteArray& text)
{
    if (m_ended) {
        return malformed();
    }
    auto& s = *m_s;
    // Versions are immutable: one already here needs no parsing (re-imports are cheap).
    if (const QByteArray id = quickVersionId(text); !id.isEmpty()) {
        s.known.reset();
        s.known.bind(1, QString::fromLatin1(id));
        auto found = s.known.step();
        if (!found) {
            return found.error();
        }
        if (*found) {
            ++m_summary.records;
            return {};
        }
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return malformed();
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("t")).toString();
    db::Statement* stmt = nullptr;
    qint64* counter = nullptr;
    QStringList sealFields;
    if (type == QLatin1String("rv")) {
        stmt = &s.record;
        counter = &m_summary.newRecords;
        ++m_summary.records;
        // The texts stored, in RecordSeal::columns() order: the seal is computed from them.
        sealFields = QStringList{o.value(QStringLiteral("version_id")).toString(),
                                 o.value(QStringLiteral("record_id")).toString(),
                                 o.value(QStringLiteral("kind")).toString(),
                                 optional(o, QStringLiteral("patient_id")),
                                 QString::number(o.value(QStringLiteral("version")).toInt()),
                                 optional(o, QStringLiteral("previous_version_id")),
                                 o.value(QStringLiteral("data")).toString(),
                                 QString::number(o.value(QStringLiteral("entered_in_error")).toInt()),
                                 optional(o, QStringLiteral("reason")),
                                 optional(o, QStringLiteral("occurred_at")),
                                 o.value(QStringLiteral("created_at")).toString(),
                                 o.value(QStringLiteral("created_by")).toString(),
                                 o.value(QStringLiteral("device")).toString()};
        stmt->reset();
        stmt->bind(1, sealFields[0])
            .bind(2, sealFields[1])
            .bind(3, sealFields[2])
            .bindOptional(4, sealFields[3])
            .bind(5, o.value(QStringLiteral("version")).toInt())
            .bindOptional(6, sealFields[5])
            .bind(7, sealFields[6])
            .bind(8, o.value(QStringLiteral("entered_in_error")).toInt())
            .bindOptional(9, sealFields[8])
            .bindOptional(10, sealFields[9])
            .bind(11, sealFields[10])
            .bind(12, sealFields[11])
            .bind(13, sealFields[12]);
    } else if (type == QLatin1String("ward")) {
        // "med" from another laptop is this laptop's MED: codes are compared ignoring case.
        auto known = SiteService(m_ws).existingWardCode(o.value(QStringLiteral("code")).toString());
        if (!known) {
            return known.error();
        }
        if (!known->isEmpty()) {
            return {};
        }
        stmt = &s.ward;
        counter = &m_summary.newWards;
        stmt->reset();
        stmt->bind(1, o.value(QStringLiteral("code")).toString())
            .bind(2, o.value(QStringLiteral("name")).toString())
            .bind(3, o.value(QStringLiteral("created_at")).toString());
    } else if (type == QLatin1String("bed")) {
        auto known = SiteService(m_ws).existingWardCode(o.value(QStringLiteral("ward")).toString());
        if (!known) {
            return known.error();
        }
        stmt = &s.bed;
        counter = &m_summary.newBeds;
        stmt->reset();
        stmt->bind(1, known->isEmpty() ? o.value(QStringLiteral("ward")).toString() : *known)
            .bind(2, o.value(QStringLiteral("label")).toString())
            .bind(3, o.value(QStringLiteral("position")).toInt());
    } else if (type == QLatin1String("user")) {
        if (m_transfer) {
            // Another hospital's staff accounts (and passwords) have no business here.
            return {};
        }
        stmt = &s.user;
        counter = &m_summary.newUsers;
        stmt->reset();
        stmt->bind(1, o.value(QStringLiteral("id")).toString())
            .bind(2, o.value(QStringLiteral("login")).toString())
            .bind(3, o.value(QStringLiteral("full_name")).toString())
            .bind(4, o.value(QStringLiteral("role")).toString())
            .bind(5, o.value(QStringLiteral("password_hash")).toString())
            .bind(6, o.value(QStringLiteral("active")).toInt())
            .bind(7, o.value(QStringLiteral("created_at")).toString())
            .bind(8, o.value(QStringLiteral("created_by")).toString());
    } else if (type == QLatin1String("end")) {
        m_ended = true;
        m_end = o;
        return {};
    } else {
        // Unknown line types come from a newer minor version: skipping them loses
        // nothing this WhitePlan could store.
        return {};
    }
    if (auto st = stmt->exec(); !st) {
        return Error(tr("The bundle's content does not fit this laptop's data (%1): nothing was imported.")
                         .arg(st.errorMessage()),
                     Error::Code::Corrupt);
    }
    const int added = m_ws.db().changes();
    *counter += added;
    if (added > 0 && !sealFields.isEmpty()) {
        m_seals.append({sealFields[0], RecordSeal::hash(sealFields)});
    }
    return {};
}

Result<qint64> PayloadMerger::seal(const QString& action, const QString& objectKind, const QString& objectId,
                                   const QString& detail)
{
    auto auditSeq = AuditLog(m_ws).appendWithContent(
        action, objectKind, objectId, detail, m_seals.isEmpty() ? QString() : RecordSeal::digest(m_seals));
    if (!auditSeq) {
        return auditSeq.error();
    }
    if (auto st = RecordSeal::insert(m_ws.db(), *auditSeq, m_seals); !st) {
        return st.error();
    }
    m_seals.clear();
    return *auditSeq;
}

} // namespace wp::exchange
