#include "ExchangeExporter.h"

#include "BundlePassphrase.h"
#include "BundleWriter.h"
#include "PayloadLines.h"
#include "Transaction.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditLog.h"
#include "site/SiteIdentity.h"
#include "site/SiteService.h"

#include "foundation/OutputFile.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace wp::exchange {

namespace {

QByteArray line(const QJsonObject& o)
{
    QByteArray bytes = PayloadLines::text(o);
    bytes.append('\n');
    return bytes;
}

/// Runs `sql` and writes one line per row, built by `toJson`.
Result<qint64> writeRows(db::Database& db, BundleWriter& writer, const QString& sql, std::int64_t after,
                         const std::function<QJsonObject(const db::Statement&)>& toJson,
                         std::int64_t* maxRowId = nullptr)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    if (sql.contains(QLatin1String("?1"))) {
        stmt->bind(1, after);
    }
    qint64 count = 0;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return count;
        }
        if (auto st = writer.write(line(toJson(*stmt))); !st) {
            return st.error();
        }
        if (maxRowId) {
            *maxRowId = std::max(*maxRowId, stmt->int64(0));
        }
        ++count;
    }
}

} // namespace

Result<ExportSummary> ExchangeExporter::exportTo(const QString& file, const QByteArray& passphrase,
                                                 const ExportOptions& options)
{
    if (auto st = m_ws.require(Permission::ExportData); !st) {
        return st.error();
    }
    auto& db = m_ws.db();
    const QString self = m_ws.deviceCode();
    const QString peer = SiteIdentity::normaliseDeviceCode(options.forDevice);
    if (!peer.isEmpty() && !SiteService::isValidDeviceCode(peer)) {
        return Error(tr("\"%1\" is not a laptop code: a laptop code is 2 to 6 capital letters or digits (for "
                        "example URG1).")
                         .arg(options.forDevice.trimmed()),
                     Error::Code::InvalidInput);
    }
    if (const QString weak = BundlePassphrase::problem(passphrase); !weak.isEmpty()) {
        return Error(weak, Error::Code::InvalidInput);
    }
    auto identity = SiteIdentity::of(db);
    if (!identity) {
        return identity.error();
    }
    if (!peer.isEmpty() && peer == self) {
        return Error(
            tr("%1 is this laptop's own code: give the code of the laptop the bundle is for.").arg(peer),
            Error::Code::InvalidInput);
    }
    std::int64_t after = 0;
    if (!peer.isEmpty()) {
        auto stmt = db.prepare(QStringLiteral("SELECT sent_up_to FROM exchange_peer WHERE device = ?1"));
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, peer);
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (*row) {
            after = stmt->int64(0);
        }
    }

    OutputFile out(file);
    if (!out.open()) {
        return Error(tr("Cannot write %1: %2").arg(file, out.errorString()), Error::Code::Io);
    }
    BundleHeader header;
    header.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.senderDevice = self;
    header.senderDeviceId = identity->deviceId;
    header.hospital = identity->hospitalName;
    header.hospitalId = identity->hospitalId;
    header.forDevice = peer;
    header.appVersion = QStringLiteral(WHITEPLAN_VERSION);
    header.createdAt = m_ws.clock().now();
    header.kdf = options.kdf;
    // The trail's end travels with the bundle: `verify --against` it shows entries removed later.
    auto head = AuditAnchor::head(db);
    if (!head) {
        return head.error();
    }
    header.auditSeq = head->seq;
    header.auditHash = head->hash;
    BundleWriter writer(out.device());
    if (auto st = writer.begin(header, passphrase); !st) {
        return st.error();
    }

    ExportSummary summary;
    summary.file = file;
    summary.bundleId = header.bundleId;
    // A read transaction gives one consistent snapshot of everything exported.
    if (auto st = db.exec(QStringLiteral("BEGIN")); !st) {
        return st.error();
    }
    struct EndRead
    {
        db::Database& db;
        bool open = true;
        ~EndRead()
        {
            if (open) {
                (void)db.exec(QStringLiteral("ROLLBACK"));
            }
        }
    } endRead{db};

    auto wards = writeRows(db, writer, PayloadLines::wardSql(), 0, &PayloadLines::ward);
    if (!wards) {
        return wards.error();
    }
    auto beds = writeRows(db, writer, PayloadLines::bedSql(), 0, &PayloadLines::bed);
    if (!beds) {
        return beds.error();
    }
    auto users = writeRows(db, writer, PayloadLines::userSql(), 0, &PayloadLines::user);
    if (!users) {
        return users.error();
    }
    std::int64_t maxRowId = after;
    auto records = writeRows(db, writer, PayloadLines::recordSql(), after, &PayloadLines::record, &maxRowId);
    if (!records) {
        return records.error();
    }
    summary.wards = *wards;
    summary.beds = *beds;
    summary.users = *users;
    summary.records = *records;
    const QJsonObject end{{QStringLiteral("t"), QStringLiteral("end")},
                          {QStringLiteral("records"), summary.records},
                          {QStringLiteral("wards"), summary.wards},
                          {QStringLiteral("beds"), summary.beds},
                          {QStringLiteral("users"), summary.users}};
    if (auto st = writer.write(line(end)); !st) {
        return st.error();
    }
    if (auto st = writer.finish(); !st) {
        return st.error();
    }
    endRead.open = false;
    (void)db.exec(QStringLiteral("COMMIT"));
    if (!out.commit()) {
        return Error(tr("Cannot write %1: %2").arg(file, out.errorString()), Error::Code::Io);
    }

    auto tx = db::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (!peer.isEmpty()) {
        auto up = db.prepare(QStringLiteral(
            "INSERT INTO exchange_peer(device, sent_up_to, last_export_at) VALUES (?1, ?2, ?3) "
            "ON CONFLICT(device) DO UPDATE SET sent_up_to = excluded.sent_up_to, last_export_at = "
            "excluded.last_export_at"));
        if (!up) {
            return up.error();
        }
        up->bind(1, peer).bind(2, maxRowId).bind(3, toStorageTime(header.createdAt));
        if (auto st = up->exec(); !st) {
            return st.error();
        }
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("exchange.export"), QStringLiteral("bundle"),
                                        header.bundleId,
                                        QStringLiteral("for=%1 records=%2 users=%3 wards=%4")
                                            .arg(peer.isEmpty() ? QStringLiteral("*") : peer)
                                            .arg(summary.records)
                                            .arg(summary.users)
                                            .arg(summary.wards));
        !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return summary;
}

} // namespace wp::exchange
