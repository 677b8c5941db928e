#include "BundleHeader.h"

#include "foundation/Clock.h"
#include "site/SiteService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace wp::exchange {

namespace {

// A header larger than this is not ours: refuse before allocating anything big.
constexpr quint32 maxHeaderJson = 64 * 1024;

} // namespace

KdfParams KdfParams::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QByteArray BundleHeader::magic(Kind kind)
{
    // Both 16 bytes: readers read the fixed part before knowing the kind.
    return kind == Kind::Backup ? QByteArrayLiteral("WhitePlanBackup\n")
                                : QByteArrayLiteral("WhitePlanBundle\n");
}

QByteArray BundleHeader::serialise() const
{
    QJsonObject json{{QStringLiteral("bundle_id"), bundleId},
                     {QStringLiteral("sender_device"), senderDevice},
                     {QStringLiteral("sender_device_id"), senderDeviceId},
                     {QStringLiteral("hospital"), hospital},
                     {QStringLiteral("hospital_id"), hospitalId},
                     {QStringLiteral("for_device"), forDevice},
                     {QStringLiteral("app_version"), appVersion},
                     {QStringLiteral("created_at"), toStorageTime(createdAt)},
                     {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                     {QStringLiteral("ops_limit"), QString::number(kdf.opsLimit)},
                     {QStringLiteral("mem_limit"), QString::number(kdf.memLimit)},
                     {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
    if (auditSeq > 0) {
        json.insert(QStringLiteral("audit_seq"), QString::number(auditSeq));
        json.insert(QStringLiteral("audit_hash"), auditHash);
    }
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray out = magic(kind);
    char buf[4];
    qToBigEndian<quint16>(static_cast<quint16>(version), buf);
    out.append(buf, 2);
    qToBigEndian<quint32>(static_cast<quint32>(text.size()), buf);
    out.append(buf, 4);
    out.append(text);
    return out;
}

Result<BundleHeader> BundleHeader::parse(const QByteArray& data, qsizetype& consumed)
{
    const Kind kind = data.startsWith(magic(Kind::Backup)) ? Kind::Backup : Kind::Bundle;
    const QByteArray m = magic(kind);
    if (data.size() < m.size() || !data.startsWith(m)) {
        return Error(tr("This file is not a WhitePlan exchange bundle."), Error::Code::InvalidInput);
    }
    if (data.size() < m.size() + 6) {
        return Error(tr("The bundle is truncated: it ends inside its header."), Error::Code::Corrupt);
    }
    BundleHeader h;
    h.kind = kind;
    h.version = qFromBigEndian<quint16>(data.constData() + m.size());
    if (h.version > formatVersion) {
        return Error(
            tr("This bundle was made by a newer WhitePlan (bundle format %1; this program reads up to "
               "format %2). Nothing was imported: update WhitePlan on this laptop first.")
                .arg(h.version)
                .arg(formatVersion),
            Error::Code::NewerSchema);
    }
    if (h.version < 1) {
        return Error(tr("This file is not a WhitePlan exchange bundle."), Error::Code::InvalidInput);
    }
    const quint32 length = qFromBigEndian<quint32>(data.constData() + m.size() + 2);
    if (length > maxHeaderJson) {
        return Error(tr("This file is not a WhitePlan exchange bundle (its header is damaged)."),
                     Error::Code::Corrupt);
    }
    const qsizetype start = m.size() + 6;
    if (data.size() < start + static_cast<qsizetype>(length)) {
        return Error(tr("The bundle is truncated: it ends inside its header."), Error::Code::Corrupt);
    }
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(data.mid(start, length), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(tr("The bundle's header is damaged."), Error::Code::Corrupt);
    }
    const QJsonObject o = doc.object();
    h.bundleId = o.value(QStringLiteral("bundle_id")).toString();
    h.senderDevice = o.value(QStringLiteral("sender_device")).toString();
    h.senderDeviceId = o.value(QStringLiteral("sender_device_id")).toString();
    h.hospital = o.value(QStringLiteral("hospital")).toString();
    h.hospitalId = o.value(QStringLiteral("hospital_id")).toString();
    h.forDevice = o.value(QStringLiteral("for_device")).toString();
    h.appVersion = o.value(QStringLiteral("app_version")).toString();
    h.createdAt = fromStorageTime(o.value(QStringLiteral("created_at")).toString());
    h.kdf.opsLimit = o.value(QStringLiteral("ops_limit")).toString().toULongLong();
    h.kdf.memLimit = o.value(QStringLiteral("mem_limit")).toString().toULongLong();
    h.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    h.auditSeq = o.value(QStringLiteral("audit_seq")).toString().toLongLong();
    h.auditHash = o.value(QStringLiteral("audit_hash")).toString();
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13") ||
        h.salt.size() != crypto_pwhash_SALTBYTES || !SiteService::isValidDeviceCode(h.senderDevice) ||
        (!h.forDevice.isEmpty() && !SiteService::isValidDeviceCode(h.forDevice)) || h.bundleId.isEmpty() ||
        h.auditSeq < 0 || (h.auditSeq > 0 && h.auditHash.size() != 64)) {
        return Error(tr("The bundle's header is damaged."), Error::Code::Corrupt);
    }
    consumed = start + length;
    return h;
}

} // namespace wp::exchange
