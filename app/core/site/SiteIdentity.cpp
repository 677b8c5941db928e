#include "SiteIdentity.h"

#include <QCryptographicHash>
#include <QUuid>

#include <sodium.h>

namespace wp {

namespace {

// Crockford's base 32: no I, L, O or U, so that 1/I/L and 0/O cannot be confused.
const QLatin1String alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QChar checkCharacter(const QString& body)
{
    const QByteArray digest = QCryptographicHash::hash(body.toLatin1(), QCryptographicHash::Sha256);
    return QChar(alphabet[static_cast<unsigned char>(digest.at(0)) % 32]);
}

QString grouped(const QString& chars)
{
    return chars.mid(0, 4) + QLatin1Char('-') + chars.mid(4, 4) + QLatin1Char('-') + chars.mid(8, 4) +
           QLatin1Char('-') + chars.mid(12, 4);
}

} // namespace

Result<SiteIdentity> SiteIdentity::of(db::Database& db)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT key, value FROM setting WHERE key IN ('hospital.id', 'hospital.name', 'device.code', "
        "'device.id')"));
    if (!stmt) {
        return stmt.error();
    }
    SiteIdentity id;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return id;
        }
        const QString key = stmt->text(0);
        const QString value = stmt->text(1);
        if (key == QLatin1String("hospital.id")) {
            id.hospitalId = value;
        } else if (key == QLatin1String("hospital.name")) {
            id.hospitalName = value;
        } else if (key == QLatin1String("device.code")) {
            id.deviceCode = value;
        } else {
            id.deviceId = value;
        }
    }
}

Result<SiteIdentity> SiteIdentity::ofFile(const QString& file)
{
    auto db = db::Database::open(file, db::Database::Mode::ReadOnly, false);
    if (!db) {
        return db.error();
    }
    return of(*db);
}

bool SiteIdentity::sameHospitalAs(const SiteIdentity& other) const
{
    if (!hospitalId.isEmpty() && !other.hospitalId.isEmpty()) {
        return hospitalId == other.hospitalId;
    }
    return hospitalName.trimmed().compare(other.hospitalName.trimmed(), Qt::CaseInsensitive) == 0;
}

QString SiteIdentity::describeHospital() const
{
    const QString name = hospitalName.isEmpty() ? tr("an unnamed hospital") : hospitalName;
    return hospitalId.isEmpty() ? tr("%1 (no hospital id)").arg(name)
                                : tr("%1 (id %2)").arg(name, hospitalId);
}

QString SiteIdentity::generateHospitalId()
{
    if (sodium_init() < 0) {
        // randombytes works without it (it opens its source lazily); init only makes that eager.
    }
    QString body;
    for (int i = 0; i < 15; ++i) {
        body += alphabet[static_cast<int>(randombytes_uniform(32))];
    }
    return grouped(body + checkCharacter(body));
}

std::optional<QString> SiteIdentity::normaliseHospitalId(const QString& text)
{
    QString chars = text.trimmed().toUpper();
    chars.remove(QLatin1Char('-'));
    chars.remove(QLatin1Char(' '));
    if (chars.size() != 16) {
        return std::nullopt;
    }
    for (const QChar c : chars) {
        if (!alphabet.contains(c)) {
            return std::nullopt;
        }
    }
    if (checkCharacter(chars.left(15)) != chars.at(15)) {
        return std::nullopt;
    }
    return grouped(chars);
}

QString SiteIdentity::generateDeviceId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace wp
