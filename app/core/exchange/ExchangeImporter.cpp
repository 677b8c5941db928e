#include "ExchangeImporter.h"

#include "site/SiteService.h"

#include "BundleReader.h"
#include "StateRebuilder.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "records/RecordSeal.h"
#include "site/SiteIdentity.h"

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

Result<ImportSummary> ExchangeImporter::importFile(const QString& file, const QByteArray& passphrase,
                                                   const ImportOptions& options)
{
    return run(file, passphrase, options, false);
}

Result<ImportSummary> ExchangeImporter::preview(const QString& file, const QByteArray& passphrase,
                                                const ImportOptions& options)
{
    return run(file, passphrase, options, true);
}

Result<QList<Error>> ExchangeImporter::refusals(const BundleHeader& header, const ImportOptions& options,
                                                bool& transfer)
{
    auto me = SiteIdentity::of(m_ws.db());
    if (!me) {
        return me.error();
    }
    const SiteIdentity sender{header.hospitalId, header.hospital, header.senderDevice, header.senderDeviceId};
    QList<Error> found;
    if (header.senderDevice == me->deviceCode) {
        bool madeHere = !header.senderDeviceId.isEmpty() && header.senderDeviceId == me->deviceId;
        if (!madeHere) {
            // Bundles written before laptop ids: this laptop's own audit trail knows its exports.
            auto exported = m_ws.db().prepare(QStringLiteral(
                "SELECT 1 FROM audit_entry WHERE action = 'exchange.export' AND object_id = ?1 LIMIT 1"));
            if (!exported) {
                return exported.error();
            }
            exported->bind(1, header.bundleId);
            auto row = exported->step();
            if (!row) {
                return row.error();
            }
            madeHere = *row;
        }
        found << (madeHere
                      ? Error(
                            tr("This bundle was made on this laptop (%1): import the other laptop's bundle.")
                                .arg(header.senderDevice),
                            Error::Code::InvalidInput)
                      : Error(tr("Two laptops use the code %1: this laptop and the laptop that wrote this "
                                 "bundle. Their downtime numbers can collide. Nothing was imported: each "
                                 "laptop needs its own code and range; set one of them up again with a new "
                                 "code before they exchange.")
                                  .arg(header.senderDevice),
                              Error::Code::Conflict));
    }
    if (!header.forDevice.isEmpty() && header.forDevice != me->deviceCode) {
        found << Error(
            tr("This bundle was written for the laptop %1 (it holds only what %1 had not had yet); "
               "this laptop is %2. Nothing was imported: take it to %1, or ask %3 for a bundle "
               "for %2 or for every laptop.")
                .arg(header.forDevice, me->deviceCode, header.senderDevice),
            Error::Code::Conflict);
    }
    if (!me->sameHospitalAs(sender)) {
        const QString accepted = options.acceptTransferFrom.trimmed();
        const bool names =
            !accepted.isEmpty() &&
            (accepted.compare(header.hospital.trimmed(), Qt::CaseInsensitive) == 0 ||
             SiteIdentity::normaliseHospitalId(accepted).value_or(QString()) == header.hospitalId);
        if (accepted.isEmpty()) {
            found << Error(tr("This bundle comes from another hospital, %1; this laptop belongs to %2. "
                              "Nothing was imported. To take in that hospital's patients (a transfer), an "
                              "administrator imports it with --accept-transfer-from \"%3\" (the Exchange "
                              "page asks).")
                               .arg(sender.describeHospital(), me->describeHospital(), header.hospital),
                           Error::Code::Conflict);
        } else if (!names) {
            found << Error(tr("The transfer accepted is from \"%1\", but this bundle comes from %2: nothing "
                              "was imported.")
                               .arg(accepted, sender.describeHospital()),
                           Error::Code::Conflict);
        } else if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
            found << Error(tr("Only an administrator can accept a transfer from another hospital: %1")
                               .arg(st.errorMessage()),
                           Error::Code::PermissionDenied);
        } else {
            transfer = true;
        }
    }
    return found;
}

Result<ImportSummary> ExchangeImporter::run(const QString& file, const QByteArray& passphrase,
                                            const ImportOptions& options, bool preview)
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
    bool transfer = false;
    auto refused = refusals(*header, options, transfer);
    if (!refused) {
        return refused.error();
    }
    if (!preview && !refused->isEmpty()) {
        return refused->first();
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
    summary.hospitalId = header->hospitalId;
    for (const Error& e : *refused) {
        summary.warnings << e.message;
    }
    if (transfer) {
        summary.transferFrom = SiteIdentity{header->hospitalId, header->hospital, {}, {}}.describeHospital();
    }
    summary.createdAt = header->createdAt;
    summary.preview = preview;
    bool ended = false;
    QJsonObject end;
    // The seals of the versions new here, committed to by the import's audit entry.
    QList<RecordSeal::Seal> seals;
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
        QStringList sealFields;
        if (type == QLatin1String("rv")) {
            stmt = &s.record;
            counter = &summary.newRecords;
            ++summary.records;
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
            if (transfer) {
                // Another hospital's staff accounts (and passwords) have no business here.
                return {};
            }
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
        const int added = db.changes();
        *counter += added;
        if (added > 0 && !sealFields.isEmpty()) {
            seals.append({sealFields[0], RecordSeal::hash(sealFields)});
        }
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
    // A transfer says whose hospital it came from and which administrator accepted it.
    const QString transferDetail = transfer
                                       ? QStringLiteral(" transfer-from=\"%1\" hospital-id=%2 accepted-by=%3")
                                             .arg(header->hospital, header->hospitalId, m_ws.actor().login)
                                       : QString();
    auto auditSeq = AuditLog(m_ws).appendWithContent(
        transfer ? QStringLiteral("exchange.transfer") : QStringLiteral("exchange.import"),
        QStringLiteral("bundle"), summary.bundleId,
        QStringLiteral("from=%1 records=%2 new=%3 users+=%4 wards+=%5 beds+=%6 "
                       "conflicts=%7 duplicates=%8")
                .arg(summary.senderDevice)
                .arg(summary.records)
                .arg(summary.newRecords)
                .arg(summary.newUsers)
                .arg(summary.newWards)
                .arg(summary.newBeds)
                .arg(summary.conflicts)
                .arg(summary.duplicates) +
            transferDetail,
        seals.isEmpty() ? QString() : RecordSeal::digest(seals));
    if (!auditSeq) {
        return auditSeq.error();
    }
    if (auto st = RecordSeal::insert(db, *auditSeq, seals); !st) {
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
