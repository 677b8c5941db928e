#include "ExchangeImporter.h"

#include "site/SiteService.h"

#include "BundleReader.h"
#include "StateRebuilder.h"
#include "Transaction.h"
#include "audit/AuditLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace wp::exchange {

namespace {

/// Prepared statements reused for every line of the payload.
struct Inserts
{
    db::Statement ward;
    db::Statement bed;
    db::Statement user;
    db::Statement record;
    db::Statement known;
};

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

Result<ImportSummary> ExchangeImporter::importFile(const QString& file, const QByteArray& passphrase)
{
    return run(file, passphrase, false);
}

Result<ImportSummary> ExchangeImporter::preview(const QString& file, const QByteArray& passphrase)
{
    return run(file, passphrase, true);
}

Result<ImportSummary> ExchangeImporter::run(const QString& file, const QByteArray& passphrase, bool preview)
{
    if (auto st = m_ws.require(Permission::ImportData); !st) {
        return st.error();
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1: %2").arg(file, in.errorString()), Error::Code::Io);
    }
    BundleReader reader(in);
    auto header = reader.readHeader();
    if (!header) {
        return header.error();
    }
    if (header->senderDevice == m_ws.deviceCode()) {
        // Harmless (everything is already here) but almost certainly the wrong file.
        return Error(tr("This bundle was made on this laptop (%1): import the other laptop's bundle.")
                         .arg(header->senderDevice),
                     Error::Code::InvalidInput);
    }
    if (auto st = reader.unlock(passphrase); !st) {
        return st.error();
    }

    auto& db = m_ws.db();
    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    Inserts s;
    {
        auto ward = db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO ward(code, name, created_at) VALUES (?1,?2,?3)"));
        auto bed = db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO bed(ward_code, label, position) VALUES (?1,?2,?3)"));
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
        s = {std::move(*ward), std::move(*bed), std::move(*user), std::move(*record), std::move(*known)};
    }

    ImportSummary summary;
    summary.bundleId = header->bundleId;
    summary.senderDevice = header->senderDevice;
    summary.hospital = header->hospital;
    summary.createdAt = header->createdAt;
    summary.preview = preview;
    bool ended = false;
    QJsonObject end;
    const auto malformed = [] {
        return Error(tr("The bundle's content is malformed: nothing was imported."), Error::Code::Corrupt);
    };
    auto handle = [&](const QByteArray& text) -> Status {
        if (ended) {
            return malformed();
        }
        // Versions are immutable: one already here needs no parsing (re-imports are cheap).
        if (const QByteArray id = quickVersionId(text); !id.isEmpty()) {
            s.known.reset();
            s.known.bind(1, QString::fromLatin1(id));
            auto found = s.known.step();
            if (!found) {
                return found.error();
            }
            if (*found) {
                ++summary.records;
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
        if (type == QLatin1String("rv")) {
            stmt = &s.record;
            counter = &summary.newRecords;
            ++summary.records;
            stmt->reset();
            stmt->bind(1, o.value(QStringLiteral("version_id")).toString())
                .bind(2, o.value(QStringLiteral("record_id")).toString())
                .bind(3, o.value(QStringLiteral("kind")).toString())
                .bindOptional(4, optional(o, QStringLiteral("patient_id")))
                .bind(5, o.value(QStringLiteral("version")).toInt())
                .bindOptional(6, optional(o, QStringLiteral("previous_version_id")))
                .bind(7, o.value(QStringLiteral("data")).toString())
                .bind(8, o.value(QStringLiteral("entered_in_error")).toInt())
                .bindOptional(9, optional(o, QStringLiteral("reason")))
                .bindOptional(10, optional(o, QStringLiteral("occurred_at")))
                .bind(11, o.value(QStringLiteral("created_at")).toString())
                .bind(12, o.value(QStringLiteral("created_by")).toString())
                .bind(13, o.value(QStringLiteral("device")).toString());
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
            counter = &summary.newWards;
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
            counter = &summary.newBeds;
            stmt->reset();
            stmt->bind(1, known->isEmpty() ? o.value(QStringLiteral("ward")).toString() : *known)
                .bind(2, o.value(QStringLiteral("label")).toString())
                .bind(3, o.value(QStringLiteral("position")).toInt());
        } else if (type == QLatin1String("user")) {
            stmt = &s.user;
            counter = &summary.newUsers;
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
            ended = true;
            end = o;
            return {};
        } else {
            // Unknown line types come from a newer minor version: skipping them loses
            // nothing this WhitePlan could store.
            return {};
        }
        if (auto st = stmt->exec(); !st) {
            return Error(
                tr("The bundle's content does not fit this laptop's data (%1): nothing was imported.")
                    .arg(st.errorMessage()),
                Error::Code::Corrupt);
        }
        *counter += db.changes();
        return {};
    };

    QByteArray pending;
    while (true) {
        auto chunk = reader.next();
        if (!chunk) {
            return chunk.error();
        }
        if (!chunk->has_value()) {
            break;
        }
        pending.append(**chunk);
        qsizetype start = 0;
        while (true) {
            const qsizetype nl = pending.indexOf('\n', start);
            if (nl < 0) {
                break;
            }
            if (auto st = handle(QByteArray::fromRawData(pending.constData() + start, nl - start)); !st) {
                return st.error();
            }
            start = nl + 1;
        }
        pending.remove(0, start);
    }
    if (!pending.isEmpty() || !ended || end.value(QStringLiteral("records")).toInteger() != summary.records) {
        return malformed();
    }

    auto rebuilt = StateRebuilder(m_ws).rebuild();
    if (!rebuilt) {
        return rebuilt.error();
    }
    summary.patients = rebuilt->patients;
    summary.conflicts = rebuilt->conflicts;
    summary.duplicates = rebuilt->duplicates;

    const QString now = toStorageTime(m_ws.clock().now());
    auto log =
        db.prepare(QStringLiteral("INSERT INTO exchange_import(bundle_id, sender_device, created_at, "
                                  "imported_at, imported_by, new_records) VALUES (?1,?2,?3,?4,?5,?6)"));
    if (!log) {
        return log.error();
    }
    log->bind(1, summary.bundleId)
        .bind(2, summary.senderDevice)
        .bind(3, toStorageTime(summary.createdAt))
        .bind(4, now)
        .bind(5, m_ws.actor().login)
        .bind(6, static_cast<std::int64_t>(summary.newRecords));
    if (auto st = log->exec(); !st) {
        return st.error();
    }
    auto peer = db.prepare(
        QStringLiteral("INSERT INTO exchange_peer(device, last_import_at) VALUES (?1, ?2) "
                       "ON CONFLICT(device) DO UPDATE SET last_import_at = excluded.last_import_at"));
    if (!peer) {
        return peer.error();
    }
    peer->bind(1, summary.senderDevice).bind(2, now);
    if (auto st = peer->exec(); !st) {
        return st.error();
    }
    if (auto st = AuditLog(m_ws).append(
            QStringLiteral("exchange.import"), QStringLiteral("bundle"), summary.bundleId,
            QStringLiteral("from=%1 records=%2 new=%3 users+=%4 wards+=%5 beds+=%6 "
                           "conflicts=%7 duplicates=%8")
                .arg(summary.senderDevice)
                .arg(summary.records)
                .arg(summary.newRecords)
                .arg(summary.newUsers)
                .arg(summary.newWards)
                .arg(summary.newBeds)
                .arg(summary.conflicts)
                .arg(summary.duplicates));
        !st) {
        return st.error();
    }
    if (preview) {
        tx->rollback();
        return summary;
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return summary;
}

} // namespace wp::exchange
