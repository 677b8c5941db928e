#include "StateRebuilder.h"

#include "site/SiteService.h"

#include "DuplicateRule.h"
#include "ForkDetector.h"
#include "patients/PatientService.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace wp::exchange {

namespace {

struct Version
{
    QString versionId;
    QString recordId;
    QString patientId;
    int version = 0;
    QString previousVersionId;
    QByteArray data;
    bool enteredInError = false;
    QString occurredAt; // storage text: sorts chronologically
    QString createdAt;
    QString device;

    // Order of writing: which of two heads is the "last writer".
    QString writeKey() const { return createdAt + QLatin1Char('|') + device + QLatin1Char('|') + versionId; }
    // Order of events in the ward.
    QString eventKey() const { return occurredAt + QLatin1Char('|') + writeKey(); }
};

struct Derived
{
    Patient patient;
    QString registeredKey; // write key of version 1: who registered first
    QString firstDevice;
    QString placedKey; // event key of the movement that put the patient in their bed
    QString updatedAt;
};

QString conflictId(const QString& kind, const QStringList& parts)
{
    QStringList sorted = parts;
    sorted.sort();
    const QByteArray digest = QCryptographicHash::hash(
        (kind + QLatin1Char(':') + sorted.join(QLatin1Char(','))).toUtf8(), QCryptographicHash::Sha256);
    return kind + QLatin1Char('-') + QString::fromLatin1(digest.toHex().left(16));
}

Result<QHash<QString, QList<Version>>> loadByRecord(db::Database& db, const QString& kind)
{
    auto stmt =
        db.prepare(QStringLiteral("SELECT version_id, record_id, patient_id, version, previous_version_id, "
                                  "data, entered_in_error, occurred_at, created_at, device "
                                  "FROM record_version WHERE kind = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, kind);
    QHash<QString, QList<Version>> byRecord;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return byRecord;
        }
        Version v;
        v.versionId = stmt->text(0);
        v.recordId = stmt->text(1);
        v.patientId = stmt->text(2);
        v.version = stmt->integer(3);
        v.previousVersionId = stmt->text(4);
        v.data = stmt->text(5).toUtf8();
        v.enteredInError = stmt->integer(6) != 0;
        v.occurredAt = stmt->text(7);
        v.createdAt = stmt->text(8);
        v.device = stmt->text(9);
        byRecord[v.recordId].append(v);
    }
}

/// The heads of one record's versions, the winner first.
QList<Version> heads(const QList<Version>& versions)
{
    QSet<QString> superseded;
    for (const auto& v : versions) {
        if (!v.previousVersionId.isEmpty()) {
            superseded.insert(v.previousVersionId);
        }
    }
    QList<Version> result;
    for (const auto& v : versions) {
        if (!superseded.contains(v.versionId)) {
            result.append(v);
        }
    }
    // RecordStore::latest's rule: highest version, then the last writer.
    std::sort(result.begin(), result.end(), [](const Version& a, const Version& b) {
        return a.version != b.version ? a.version > b.version : a.writeKey() > b.writeKey();
    });
    return result;
}

/// The stored form of a patient row, to tell whether the derived state changed.
QString rowText(const Patient& p, const QString& updatedAt)
{
    return QStringList{p.downtimeNumber,
                       p.ipp,
                       p.ins,
                       p.birthName,
                       p.usedName,
                       p.firstNames,
                       p.birthDate.toString(Qt::ISODate),
                       p.sex,
                       p.birthPlace,
                       p.identityStatus,
                       p.status,
                       p.wardCode,
                       p.bedLabel,
                       p.admittedAt.isValid() ? toStorageTime(p.admittedAt) : QString(),
                       p.reason,
                       p.allergies,
                       updatedAt}
        .join(QChar(0x1f));
}

Result<QHash<QString, QString>> currentRows(db::Database& db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id, downtime_number, ipp, ins, birth_name, used_name, "
                                          "first_names, birth_date, sex, birth_place, "
                                          "identity_status, status, ward_code, bed_label, admitted_at, "
                                          "reason, allergies, updated_at FROM patient"));
    if (!stmt) {
        return stmt.error();
    }
    QHash<QString, QString> rows;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return rows;
        }
        QStringList cells;
        for (int c = 1; c < 18; ++c) {
            cells << stmt->text(c);
        }
        rows.insert(stmt->text(0), cells.join(QChar(0x1f)));
    }
}

} // namespace

Result<RebuildSummary> StateRebuilder::rebuild()
{
    auto& db = m_ws.db();
    auto identities = loadByRecord(db, QStringLiteral("patient"));
    if (!identities) {
        return identities.error();
    }
    auto movements = loadByRecord(db, QStringLiteral("movement"));
    if (!movements) {
        return movements.error();
    }
    QList<ExchangeConflict> conflicts;
    auto addConflict = [&](const QString& kind, const QString& patientId, const QString& otherId,
                           const QString& detail, const QStringList& keyParts) {
        conflicts.append({conflictId(kind, keyParts), kind, patientId, otherId, detail, {}, {}, {}});
    };

    // Identity: the winning head of each patient record.
    std::map<QString, Derived> patients; // ordered by id: deterministic iteration
    for (auto it = identities->cbegin(); it != identities->cend(); ++it) {
        const QList<Version> hs = heads(it.value());
        if (hs.isEmpty()) {
            continue; // a cycle cannot happen with random UUIDs; ignore rather than fail
        }
        Derived d;
        d.patient = Patient::fromIdentityRecord(it.key(), QJsonDocument::fromJson(hs.first().data).object());
        for (const auto& v : it.value()) {
            if (v.version == 1 && (d.registeredKey.isEmpty() || v.writeKey() < d.registeredKey)) {
                d.registeredKey = v.writeKey();
                d.firstDevice = v.device;
                if (d.patient.downtimeNumber.isEmpty()) {
                    d.patient.downtimeNumber = QJsonDocument::fromJson(v.data)
                                                   .object()
                                                   .value(QStringLiteral("downtime_number"))
                                                   .toString();
                }
            }
            d.updatedAt = std::max(d.updatedAt, v.createdAt);
        }
        if (hs.size() > 1) {
            QStringList ids;
            for (const auto& h : hs) {
                ids << h.versionId;
            }
            addConflict(
                QStringLiteral("identity_fork"), it.key(), hs.at(1).versionId,
                tr("The identity of %1 was changed on two laptops independently (%2 and %3); the later "
                   "change was kept. Check it against an identity document.")
                    .arg(d.patient.displayName(), hs.at(0).device, hs.at(1).device),
                ids);
        }
        patients.emplace(it.key(), d);
    }

    // Movements in event order, per patient.
    QHash<QString, QList<Version>> byPatient;
    for (auto it = movements->cbegin(); it != movements->cend(); ++it) {
        const QList<Version> hs = heads(it.value());
        if (!hs.isEmpty() && !hs.first().enteredInError) {
            byPatient[hs.first().patientId].append(hs.first());
        }
    }
    // Ward codes are compared ignoring case: a movement to "med" recorded on another laptop
    // lands in the ward this laptop knows as MED (existingWardCode), never beside it.
    QHash<QString, QString> wardCodes;
    const auto wardCode = [&](const QString& typed) -> QString {
        if (typed.isEmpty()) {
            return typed;
        }
        auto cached = wardCodes.constFind(typed);
        if (cached != wardCodes.cend()) {
            return *cached;
        }
        auto known = SiteService(m_ws).existingWardCode(typed);
        const QString code = known && !known->isEmpty() ? *known : typed;
        wardCodes.insert(typed, code);
        return code;
    };
    for (auto& [id, d] : patients) {
        QList<Version> list = byPatient.value(id);
        std::sort(list.begin(), list.end(),
                  [](const Version& a, const Version& b) { return a.eventKey() < b.eventKey(); });
        Patient& p = d.patient;
        for (const auto& m : list) {
            d.updatedAt = std::max(d.updatedAt, m.createdAt);
            const QJsonObject o = QJsonDocument::fromJson(m.data).object();
            const QString type = o.value(QStringLiteral("type")).toString();
            const QDateTime at = fromStorageTime(m.occurredAt);
            const bool admitted = p.status == QLatin1String("admitted");
            if (type == QLatin1String("admit")) {
                if (p.status == QLatin1String("deceased")) {
                    addConflict(
                        QStringLiteral("movement_rejected"), id, m.recordId,
                        tr("An admission of %1 after their recorded death was ignored.").arg(p.displayName()),
                        {m.versionId});
                    continue;
                }
                const QString ward = wardCode(o.value(QStringLiteral("ward")).toString());
                const QString bed = o.value(QStringLiteral("bed")).toString();
                if (admitted) {
                    addConflict(
                        QStringLiteral("double_admission"), id, m.recordId,
                        tr("%1 was admitted twice (%2 %3, then %4 %5, recorded on %6); the later admission "
                           "was kept.")
                            .arg(p.displayName(), p.wardCode, p.bedLabel, ward, bed, m.device),
                        {m.versionId});
                }
                p.status = QStringLiteral("admitted");
                p.wardCode = ward;
                p.bedLabel = bed;
                p.admittedAt = at;
                p.reason = o.value(QStringLiteral("reason")).toString();
                d.placedKey = m.eventKey();
            } else if (type == QLatin1String("move") || type == QLatin1String("transfer") ||
                       type == QLatin1String("discharge")) {
                if (!admitted) {
                    addConflict(
                        QStringLiteral("movement_rejected"), id, m.recordId,
                        tr("A %1 of %2 recorded on %3 was ignored: the patient was not admitted at that "
                           "time.")
                            .arg(type, p.displayName(), m.device),
                        {m.versionId});
                    continue;
                }
                if (type == QLatin1String("move")) {
                    p.wardCode = wardCode(o.value(QStringLiteral("ward")).toString());
                    p.bedLabel = o.value(QStringLiteral("bed")).toString();
                    d.placedKey = m.eventKey();
                } else {
                    p.status = type == QLatin1String("transfer") ? QStringLiteral("transferred")
                                                                 : QStringLiteral("discharged");
                }
            } else if (type == QLatin1String("death")) {
                p.status = QStringLiteral("deceased");
            } else if (type == QLatin1String("allergies")) {
                p.allergies = o.value(QStringLiteral("allergies")).toString().trimmed();
            }
        }
    }

    // Clashes between patients: the earliest claim keeps the bed, the IPP, the number.
    std::map<QString, QList<Derived*>> beds;
    std::map<QString, QList<Derived*>> ipps;
    std::map<QString, QList<Derived*>> numbers;
    for (auto& [id, d] : patients) {
        if (d.patient.status == QLatin1String("admitted") && !d.patient.bedLabel.isEmpty()) {
            beds[d.patient.wardCode + QLatin1Char('/') + d.patient.bedLabel].append(&d);
        }
        if (!d.patient.ipp.isEmpty()) {
            ipps[d.patient.ipp].append(&d);
        }
        numbers[d.patient.downtimeNumber].append(&d);
    }
    for (auto& [bed, claimants] : beds) {
        if (claimants.size() < 2) {
            continue;
        }
        std::sort(claimants.begin(), claimants.end(), [](const Derived* a, const Derived* b) {
            return a->placedKey + a->patient.id < b->placedKey + b->patient.id;
        });
        for (qsizetype i = 1; i < claimants.size(); ++i) {
            Patient& later = claimants[i]->patient;
            addConflict(QStringLiteral("bed_clash"), later.id, claimants[0]->patient.id,
                        tr("Bed %1 %2 was given to both %3 and %4; %4 is kept admitted without a bed until "
                           "someone places them.")
                            .arg(later.wardCode, later.bedLabel, claimants[0]->patient.displayName(),
                                 later.displayName()),
                        {bed, later.id, claimants[i]->placedKey});
            later.bedLabel.clear();
        }
    }
    auto byRegistration = [](const Derived* a, const Derived* b) {
        return a->registeredKey + a->patient.id < b->registeredKey + b->patient.id;
    };
    for (auto& [ipp, holders] : ipps) {
        if (holders.size() < 2) {
            continue;
        }
        std::sort(holders.begin(), holders.end(), byRegistration);
        for (qsizetype i = 1; i < holders.size(); ++i) {
            addConflict(
                QStringLiteral("ipp_clash"), holders[i]->patient.id, holders[0]->patient.id,
                tr("The IPP %1 was given to both %2 and %3: check which one it belongs to (same person?).")
                    .arg(ipp, holders[0]->patient.displayName(), holders[i]->patient.displayName()),
                {ipp, holders[i]->patient.id});
            holders[i]->patient.ipp.clear();
        }
    }
    for (auto& [number, holders] : numbers) {
        if (holders.size() < 2) {
            continue;
        }
        std::sort(holders.begin(), holders.end(), byRegistration);
        for (qsizetype i = 1; i < holders.size(); ++i) {
            // The number is unique in the table: the later holder is shown with a suffix
            // until a human decides (two laptops were configured with the same code).
            addConflict(
                QStringLiteral("number_clash"), holders[i]->patient.id, holders[0]->patient.id,
                tr("The downtime number %1 was given to two patients (%2 and %3): two laptops share a "
                   "code.")
                    .arg(number, holders[0]->patient.displayName(), holders[i]->patient.displayName()),
                {number, holders[i]->patient.id});
            holders[i]->patient.downtimeNumber = number + QLatin1Char('~') + holders[i]->patient.id.left(8);
        }
    }

    // Duplicate candidates: registered on different laptops, same person by the rule.
    std::map<QDate, QList<const Derived*>> byBirth;
    for (const auto& [id, d] : patients) {
        byBirth[d.patient.birthDate].append(&d);
    }
    for (const auto& [date, group] : byBirth) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j) {
                const Derived* a = group[i];
                const Derived* b = group[j];
                if (a->firstDevice == b->firstDevice ||
                    !DuplicateRule::looksLikeSamePerson(a->patient, b->patient)) {
                    continue;
                }
                if (byRegistration(b, a)) {
                    std::swap(a, b);
                }
                addConflict(
                    QStringLiteral("duplicate_patient"), b->patient.id, a->patient.id,
                    tr("%1 (%2, registered on %3) and %4 (%5, registered on %6) may be the same person.")
                        .arg(a->patient.displayName(), a->patient.downtimeNumber, a->firstDevice,
                             b->patient.displayName(), b->patient.downtimeNumber, b->firstDevice),
                    {a->patient.id, b->patient.id});
            }
        }
    }

    // Other records amended on two laptops: the current version is already chosen by the
    // same rule everywhere; a human checks which amendment is right.
    QHash<QString, QString> names;
    for (const auto& [id, d] : patients) {
        names.insert(id, d.patient.displayName());
    }
    auto forks = ForkDetector(m_ws).find(names);
    if (!forks) {
        return forks.error();
    }
    conflicts.append(*forks);

    // Write only the patients whose state changed (a re-import changes nothing). Their
    // unique keys (bed, IPP, number) are freed first so that they can take each other's;
    // unchanged rows already hold final values, which the clash rules keep unique.
    auto current = currentRows(db);
    if (!current) {
        return current.error();
    }
    QStringList changed;
    for (const auto& [id, d] : patients) {
        if (current->value(id) != rowText(d.patient, d.updatedAt)) {
            changed << id;
        }
    }
    if (!changed.isEmpty()) {
        const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(changed)).toJson());
        auto free = db.prepare(
            QStringLiteral("UPDATE patient SET bed_label = NULL, ipp = NULL, downtime_number = '~' || id "
                           "WHERE id IN (SELECT value FROM json_each(?1))"));
        if (!free) {
            return free.error();
        }
        free->bind(1, ids);
        if (auto st = free->exec(); !st) {
            return st.error();
        }
        // One scan of the search index instead of one per patient.
        auto unindex = db.prepare(QStringLiteral(
            "DELETE FROM patient_search WHERE patient_id IN (SELECT value FROM json_each(?1))"));
        if (!unindex) {
            return unindex.error();
        }
        unindex->bind(1, ids);
        if (auto st = unindex->exec(); !st) {
            return st.error();
        }
        PatientService service(m_ws);
        for (const QString& id : changed) {
            const Derived& d = patients.at(id);
            if (auto st = service.saveDerivedState(d.patient, fromStorageTime(d.updatedAt), true); !st) {
                return st.error();
            }
        }
    }
    if (auto st = db.exec(QStringLiteral("DELETE FROM exchange_conflict WHERE resolution IS NULL")); !st) {
        return st.error();
    }
    auto ins =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO exchange_conflict(id, kind, patient_id, other_id, "
                                  "detail) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!ins) {
        return ins.error();
    }
    RebuildSummary summary;
    summary.patients = static_cast<int>(patients.size());
    for (const auto& c : conflicts) {
        ins->reset();
        ins->bind(1, c.id)
            .bind(2, c.kind)
            .bindOptional(3, c.patientId)
            .bindOptional(4, c.otherId)
            .bind(5, c.detail);
        if (auto st = ins->exec(); !st) {
            return st.error();
        }
    }
    auto open = db.scalar(QStringLiteral(
        "SELECT count(*) FILTER (WHERE kind <> 'duplicate_patient') || '/' || count(*) FILTER (WHERE kind = "
        "'duplicate_patient') FROM exchange_conflict WHERE resolution IS NULL"));
    if (!open) {
        return open.error();
    }
    summary.conflicts = open->toString().section(QLatin1Char('/'), 0, 0).toInt();
    summary.duplicates = open->toString().section(QLatin1Char('/'), 1, 1).toInt();
    return summary;
}

} // namespace wp::exchange
