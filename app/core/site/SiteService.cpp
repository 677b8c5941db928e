#include "SiteService.h"

#include "SiteIdentity.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace wp {

bool SiteService::isValidDeviceCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{2,6}$"));
    return pattern.match(code).hasMatch();
}

QString SiteService::validate(const SiteSetup& s)
{
    if (s.hospital.trimmed().isEmpty()) {
        return tr("Enter the hospital's name.");
    }
    if (!s.hospitalId.trimmed().isEmpty() && !SiteIdentity::normaliseHospitalId(s.hospitalId)) {
        return tr("The hospital id %1 is not valid: copy it exactly as the hospital's first laptop shows it "
                  "(16 characters such as H7KQ-2M9X-4TZP-8WRA).")
            .arg(s.hospitalId.trimmed());
    }
    if (!isValidDeviceCode(SiteIdentity::normaliseDeviceCode(s.deviceCode))) {
        return tr(
            "The laptop code must be 2 to 6 capital letters or digits (for example URG1); each laptop of the "
            "hospital needs a different code.");
    }
    if (s.rangeFirst < 1 || s.rangeLast > 999999 || s.rangeFirst > s.rangeLast) {
        return tr("The downtime-number range must lie within 1–999999, first number before last.");
    }
    QSet<QString> codes;
    for (const auto& w : s.wards) {
        if (w.code.trimmed().isEmpty() || w.code.size() > 16) {
            return tr("Every ward needs a code of at most 16 characters.");
        }
        // Ward codes are compared ignoring case: "med" and "MED" are one ward.
        const QString folded = w.code.trimmed().toCaseFolded();
        if (codes.contains(folded)) {
            return tr("The ward code %1 is used twice.").arg(w.code);
        }
        codes.insert(folded);
        if (w.name.trimmed().isEmpty()) {
            return tr("The ward %1 needs a name.").arg(w.code);
        }
        if (QSet<QString>(w.beds.begin(), w.beds.end()).size() != w.beds.size()) {
            return tr("The ward %1 has two beds with the same label.").arg(w.code);
        }
    }
    if (s.adminLogin.trimmed().isEmpty() || s.adminName.trimmed().isEmpty()) {
        return tr("Enter the administrator's user name and full name.");
    }
    return UserService::checkPasswordStrength(s.adminPassword);
}

Status SiteService::initialise(const SiteSetup& s)
{
    if (m_ws.isInitialised()) {
        return Error(tr("This data directory is already set up for %1.").arg(m_ws.hospitalName()),
                     Error::Code::Conflict);
    }
    if (const QString problem = validate(s); !problem.isEmpty()) {
        return Error(problem, Error::Code::InvalidInput);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    const QString deviceCode = SiteIdentity::normaliseDeviceCode(s.deviceCode);
    const QString hospitalId = s.hospitalId.trimmed().isEmpty()
                                   ? SiteIdentity::generateHospitalId()
                                   : *SiteIdentity::normaliseHospitalId(s.hospitalId);
    const QList<std::pair<QString, QString>> settings{
        {QStringLiteral("hospital.name"), s.hospital.trimmed()},
        {QStringLiteral("hospital.id"), hospitalId},
        {QStringLiteral("device.code"), deviceCode},
        {QStringLiteral("device.id"), SiteIdentity::generateDeviceId()},
        {QStringLiteral("downtime.first"), QString::number(s.rangeFirst)},
        {QStringLiteral("downtime.last"), QString::number(s.rangeLast)},
        {QStringLiteral("downtime.next"), QString::number(s.rangeFirst)},
        {QStringLiteral("setup.at"), toStorageTime(m_ws.clock().now())},
    };
    for (const auto& [key, value] : settings) {
        if (auto st = m_ws.setSetting(key, value); !st) {
            return st;
        }
    }
    for (const auto& w : s.wards) {
        if (auto st = insertWard(w.code.trimmed(), w.name.trimmed(), w.beds); !st) {
            return st;
        }
    }
    auto admin = UserService(m_ws).create(s.adminLogin, s.adminName, Role::Administrator, s.adminPassword);
    if (!admin) {
        return admin.error();
    }
    if (auto st = AuditLog(m_ws).append(
            {admin->login, deviceCode}, QStringLiteral("site.setup"), QStringLiteral("site"), deviceCode,
            tr("%1 (id %2), range %3–%4").arg(s.hospital, hospitalId).arg(s.rangeFirst).arg(s.rangeLast));
        !st) {
        return st;
    }
    return tx->commit();
}

Result<QString> SiteService::existingWardCode(const QString& typed)
{
    const QString code = typed.trimmed();
    if (code.isEmpty()) {
        return QString();
    }
    // SQLite's NOCASE folds ASCII only ("é" vs "É"): the few ward codes are compared here.
    auto stmt = m_ws.db().prepare(QStringLiteral("SELECT code FROM ward ORDER BY created_at, code"));
    if (!stmt) {
        return stmt.error();
    }
    QString found;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return found;
        }
        const QString candidate = stmt->text(0);
        if (candidate == code) {
            return candidate;
        }
        if (found.isEmpty() && candidate.compare(code, Qt::CaseInsensitive) == 0) {
            found = candidate;
        }
    }
}

Status SiteService::insertWard(const QString& code, const QString& name, const QStringList& beds)
{
    auto existing = existingWardCode(code);
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return Error(tr("There is already a ward with the code %1.").arg(*existing), Error::Code::Conflict);
    }
    auto ins =
        m_ws.db().prepare(QStringLiteral("INSERT INTO ward(code, name, created_at) VALUES (?1, ?2, ?3)"));
    if (!ins) {
        return ins.error();
    }
    ins->bind(1, code).bind(2, name).bind(3, toStorageTime(m_ws.clock().now()));
    if (auto st = ins->exec(); !st) {
        return st.error().code == Error::Code::Conflict
                   ? Status(Error(tr("There is already a ward with the code %1.").arg(code),
                                  Error::Code::Conflict))
                   : st;
    }
    for (const QString& bed : beds) {
        if (auto st = addBed(code, bed); !st) {
            return st;
        }
    }
    return AuditLog(m_ws).append(QStringLiteral("ward.create"), QStringLiteral("ward"), code, name);
}

Status SiteService::addWard(const QString& code, const QString& name, const QStringList& beds)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st;
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (auto st = insertWard(code, name, beds); !st) {
        return st;
    }
    return tx->commit();
}

Status SiteService::addBed(const QString& wardCode, const QString& label)
{
    auto ins = m_ws.db().prepare(QStringLiteral(
        "INSERT INTO bed(ward_code, label, position) VALUES (?1, ?2, "
        "(SELECT coalesce(max(position), 0) + 1 FROM bed WHERE ward_code = ?1)) ON CONFLICT DO NOTHING"));
    if (!ins) {
        return ins.error();
    }
    ins->bind(1, wardCode).bind(2, label);
    return ins->exec();
}

Result<QString> SiteService::ensureWardAndBed(const QString& wardCode, const QString& bed)
{
    auto existing = existingWardCode(wardCode);
    if (!existing) {
        return existing.error();
    }
    QString code = *existing;
    if (code.isEmpty()) {
        code = wardCode.trimmed();
        if (auto st = insertWard(code, code, {}); !st) {
            return st.error();
        }
    }
    if (!bed.isEmpty()) {
        if (auto st = addBed(code, bed); !st) {
            return st.error();
        }
    }
    return code;
}

Result<QList<Ward>> SiteService::wards()
{
    auto stmt = m_ws.db().prepare(QStringLiteral("SELECT w.code, w.name, (SELECT json_group_array(label) "
                                                 "FROM (SELECT label FROM bed WHERE ward_code = w.code "
                                                 "ORDER BY position)) FROM ward w ORDER BY w.code"));
    if (!stmt) {
        return stmt.error();
    }
    QList<Ward> list;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return list;
        }
        Ward w{stmt->text(0), stmt->text(1), {}};
        const QString beds = stmt->text(2);
        const auto doc = QJsonDocument::fromJson(beds.toUtf8());
        for (const auto& v : doc.array()) {
            w.beds << v.toString();
        }
        list << w;
    }
}

} // namespace wp
