#include "ExchangeImporter.h"

#include "site/SiteService.h"

#include "BundleReader.h"
#include "PayloadMerger.h"
#include "StateRebuilder.h"
#include "Transaction.h"
#include "site/SiteIdentity.h"

#include <QFile>
#include <QJsonObject>

namespace wp::exchange {

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
    PayloadMerger merger(m_ws, summary, transfer);
    if (auto st = merger.prepare(); !st) {
        return st.error();
    }

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
            if (auto st = merger.handle(QByteArray::fromRawData(pending.constData() + start, nl - start));
                !st) {
                return st.error();
            }
            start = nl + 1;
        }
        pending.remove(0, start);
    }
    if (!pending.isEmpty() || !merger.ended() ||
        merger.end().value(QStringLiteral("records")).toInteger() != summary.records) {
        return PayloadMerger::malformed();
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
    auto auditSeq =
        merger.seal(transfer ? QStringLiteral("exchange.transfer") : QStringLiteral("exchange.import"),
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
                        transferDetail);
    if (!auditSeq) {
        return auditSeq.error();
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
