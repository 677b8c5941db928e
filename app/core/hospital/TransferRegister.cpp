#include "TransferRegister.h"

#include "patients/Patient.h"
#include "records/RecordStore.h"
#include "site/SiteService.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace wp::hospital {

namespace {

/// When each patient's transfer letter (fiche de liaison) was last printed, from the audit trail.
Result<QHash<QString, QDateTime>> lettersPrinted(db::Database& db)
{
    QHash<QString, QDateTime> printed;
    auto stmt = db.prepare(QStringLiteral(
        "SELECT object_id, max(at) FROM audit_entry WHERE action = 'print.transfer' GROUP BY object_id"));
    if (!stmt) {
        return stmt.error();
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return printed;
        }
        printed.insert(stmt->text(0), fromStorageTime(stmt->text(1)));
    }
}

/// When each patient's transfer form (form "transfer") was last recorded.
Result<QHash<QString, QDateTime>> transferForms(db::Database& db)
{
    QHash<QString, QDateTime> forms;
    auto stmt = db.prepare(QStringLiteral("SELECT r.patient_id, max(r.created_at) FROM record_version r "
                                          "WHERE r.kind = 'transfer' AND r.entered_in_error = 0 AND %1 "
                                          "GROUP BY r.patient_id")
                               .arg(RecordStore::isCurrentVersion(QStringLiteral("r"))));
    if (!stmt) {
        return stmt.error();
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return forms;
        }
        forms.insert(stmt->text(0), fromStorageTime(stmt->text(1)));
    }
}

} // namespace

Result<QList<HospitalMovement>> TransferRegister::movements(const QDateTime& from, const QDateTime& to,
                                                            bool documents)
{
    auto& db = m_ws.db();
    auto letters =
        documents ? lettersPrinted(db) : Result<QHash<QString, QDateTime>>(QHash<QString, QDateTime>());
    if (!letters) {
        return letters.error();
    }
    auto forms =
        documents ? transferForms(db) : Result<QHash<QString, QDateTime>>(QHash<QString, QDateTime>());
    if (!forms) {
        return forms.error();
    }
    // The current version of each movement record, per patient in event order. Allergies are
    // recorded as movements too (they change the patient's row) but move nobody.
    auto stmt = db.prepare(
        QStringLiteral(
            "SELECT r.record_id, r.patient_id, r.data, coalesce(r.occurred_at, r.created_at), r.created_at, "
            "r.created_by, r.device, p.birth_name, p.used_name, p.first_names, p.downtime_number "
            "FROM record_version r LEFT JOIN patient p ON p.id = r.patient_id "
            "WHERE r.kind = 'movement' AND r.entered_in_error = 0 AND %1 "
            "AND json_extract(r.data, '$.type') <> 'allergies' "
            "ORDER BY r.patient_id, coalesce(r.occurred_at, r.created_at), r.created_at, r.device, "
            "r.version_id")
            .arg(RecordStore::isCurrentVersion(QStringLiteral("r"))));
    if (!stmt) {
        return stmt.error();
    }
    // Ward codes are compared ignoring case, as the rebuilt state compares them (StateRebuilder):
    // a move to "med" typed on another laptop is a move to MED.
    QHash<QString, QString> wardCodes;
    const auto wardCode = [&](const QString& typed) -> QString {
        if (typed.isEmpty()) {
            return typed;
        }
        if (auto cached = wardCodes.constFind(typed); cached != wardCodes.cend()) {
            return *cached;
        }
        auto known = SiteService(m_ws).existingWardCode(typed);
        const QString code = known && !known->isEmpty() ? *known : typed;
        wardCodes.insert(typed, code);
        return code;
    };
    QList<HospitalMovement> all;
    QString patient;
    QString ward;
    QString bed;
    bool admitted = false;
    bool deceased = false;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        HospitalMovement m;
        m.recordId = stmt->text(0);
        m.patientId = stmt->text(1);
        if (m.patientId != patient) {
            patient = m.patientId;
            ward.clear();
            bed.clear();
            admitted = false;
            deceased = false;
        }
        const QJsonObject data = QJsonDocument::fromJson(stmt->text(2).toUtf8()).object();
        m.at = fromStorageTime(stmt->text(3));
        m.recordedAt = fromStorageTime(stmt->text(4));
        m.recordedBy = stmt->text(5);
        m.device = stmt->text(6);
        Patient names;
        names.birthName = stmt->text(7);
        names.usedName = stmt->text(8);
        names.firstNames = stmt->text(9);
        m.patientName = names.displayName();
        m.downtimeNumber = stmt->text(10);
        m.fromWard = admitted ? ward : QString();
        m.fromBed = admitted ? bed : QString();
        const QString type = data.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("admit") || type == QLatin1String("move")) {
            if (deceased || (type == QLatin1String("move") && !admitted)) {
                continue;
            }
            m.type = type == QLatin1String("admit") ? HospitalMovement::Type::Admission
                                                    : HospitalMovement::Type::Move;
            m.toWard = wardCode(data.value(QStringLiteral("ward")).toString());
            m.toBed = data.value(QStringLiteral("bed")).toString();
            m.reason = data.value(QStringLiteral("reason")).toString();
            ward = m.toWard;
            bed = m.toBed;
            admitted = true;
        } else if (type == QLatin1String("transfer") || type == QLatin1String("discharge")) {
            if (!admitted) {
                continue;
            }
            admitted = false;
            if (type == QLatin1String("discharge")) {
                m.type = HospitalMovement::Type::Discharge;
            } else {
                m.type = HospitalMovement::Type::TransferOut;
                m.destination = data.value(QStringLiteral("destination")).toString();
                m.samuNumber = data.value(QStringLiteral("samu_number")).toString();
                m.transport = data.value(QStringLiteral("transport")).toString();
                m.reason = data.value(QStringLiteral("reason")).toString();
                if (const QDateTime f = forms->value(m.patientId); f.isValid()) {
                    m.documents << tr("transfer form");
                }
                if (const QDateTime p = letters->value(m.patientId); p.isValid()) {
                    m.documents << tr("transfer letter printed %1")
                                       .arg(p.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                }
            }
        } else if (type == QLatin1String("death")) {
            m.type = HospitalMovement::Type::Death;
            admitted = false;
            deceased = true;
        } else {
            continue;
        }
        if ((from.isValid() && m.at < from) || (to.isValid() && m.at >= to)) {
            continue;
        }
        all << m;
    }
    std::stable_sort(all.begin(), all.end(), [](const HospitalMovement& a, const HospitalMovement& b) {
        return a.at != b.at ? a.at < b.at : a.recordedAt < b.recordedAt;
    });
    return all;
}

Result<QList<HospitalMovement>> TransferRegister::transfers(const QDateTime& from, const QDateTime& to)
{
    auto all = movements(from, to);
    if (!all) {
        return all.error();
    }
    QList<HospitalMovement> changes;
    std::copy_if(all->cbegin(), all->cend(), std::back_inserter(changes),
                 [](const HospitalMovement& m) { return m.changesWard(); });
    return changes;
}

} // namespace wp::hospital
