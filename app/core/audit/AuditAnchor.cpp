#include "AuditAnchor.h"

#include "AuditLog.h"
#include "BackupFile.h"
#include "exchange/BundleReader.h"
#include "site/SiteIdentity.h"

#include <QFile>

namespace wp {

Result<AuditHead> AuditAnchor::head(db::Database& db)
{
    auto last = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    auto row = last->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return AuditHead{0, AuditLog::genesisHash()};
    }
    return AuditHead{last->int64(0), last->text(1)};
}

Result<AuditAnchorFile> AuditAnchor::read(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1: %2").arg(file, in.errorString()), Error::Code::NotFound);
    }
    const QByteArray magic = in.peek(16);
    using exchange::BundleHeader;
    if (magic == BundleHeader::magic(BundleHeader::Kind::Bundle) ||
        magic == BundleHeader::magic(BundleHeader::Kind::Backup)) {
        const auto kind = magic == BundleHeader::magic(BundleHeader::Kind::Backup)
                              ? BundleHeader::Kind::Backup
                              : BundleHeader::Kind::Bundle;
        exchange::BundleReader reader(in, kind);
        auto header = reader.readHeader();
        if (!header) {
            return Error(tr("%1: %2").arg(file, header.errorMessage()), header.error().code);
        }
        if (header->auditSeq <= 0) {
            return Error(tr("%1 was made by a WhitePlan that did not record the audit trail's end: it cannot "
                            "be checked against.")
                             .arg(file),
                         Error::Code::InvalidInput);
        }
        return AuditAnchorFile{{header->auditSeq, header->auditHash},
                               header->senderDevice,
                               header->senderDeviceId,
                               header->createdAt};
    }
    in.close();
    if (auto st = db::BackupFile::validate(file); !st) {
        return Error(tr("%1 is neither a bundle nor a backup of WhitePlan.").arg(file),
                     Error::Code::InvalidInput);
    }
    auto db = db::Database::open(file, db::Database::Mode::ReadOnly, false);
    if (!db) {
        return db.error();
    }
    auto h = head(*db);
    if (!h) {
        return h.error();
    }
    auto identity = SiteIdentity::of(*db);
    if (!identity) {
        return identity.error();
    }
    return AuditAnchorFile{*h, identity->deviceCode, identity->deviceId, {}};
}

Result<AuditAnchorCheck> AuditAnchor::check(db::Database& db, const AuditHead& anchored)
{
    AuditAnchorCheck out;
    out.anchored = anchored;
    auto current = head(db);
    if (!current) {
        return current.error();
    }
    out.current = *current;
    auto entry = db.prepare(QStringLiteral("SELECT hash FROM audit_entry WHERE seq = ?1"));
    if (!entry) {
        return entry.error();
    }
    entry->bind(1, static_cast<std::int64_t>(anchored.seq));
    auto row = entry->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        // Entries are numbered from 1 without gaps: a missing number was removed.
        out.outcome = AuditAnchorCheck::Outcome::Removed;
    } else if (entry->text(0) != anchored.hash) {
        // Each hash covers every entry before it: any change up to the anchor shows here.
        out.outcome = AuditAnchorCheck::Outcome::Rewritten;
    }
    return out;
}

} // namespace wp
