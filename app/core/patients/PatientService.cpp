#include "PatientService.h"

#include "Transaction.h"
#include "audit/AuditLog.h"
#include "clinical/DowntimeNumber.h"
#include "clinical/DuplicateDetector.h"
#include "foundation/QuotedText.h"
#include "foundation/TextRules.h"
#include "records/RecordStore.h"
#include "site/SiteService.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace wp {

namespace {

// The service refuses what its forms refuse, whichever window or import calls it.
Status checkText(const QString& label, const QString& text, int limit,
                 TextRules::Lines lines = TextRules::Lines::One)
{
    if (auto p = TextRules::check(text, limit, lines)) {
        return Error(TextRules::sentence(label, *p), Error::Code::InvalidInput);
    }
    return {};
}

const auto patientColumns = QStringLiteral(
    "SELECT id, downtime_number, ipp, ins, birth_name, used_name, first_names, birth_date, sex, birth_place, "
    "identity_status, status, ward_code, bed_label, admitted_at, reason, allergies FROM patient ");

Patient readPatient(const db::Statement& s, int offset = 0)
{
    Patient p;
    p.id = s.text(offset + 0);
    p.downtimeNumber = s.text(offset + 1);
    p.ipp = s.text(offset + 2);
    p.ins = s.text(offset + 3);
    p.birthName = s.text(offset + 4);
    p.usedName = s.text(offset + 5);
    p.firstNames = s.text(offset + 6);
    p.birthDate = QDate::fromString(s.text(offset + 7), Qt::ISODate);
    p.sex = s.text(offset + 8);
    p.birthPlace = s.text(offset + 9);
    p.identityStatus = s.text(offset + 10);
    p.status = s.text(offset + 11);
    p.wardCode = s.text(offset + 12);
    p.bedLabel = s.text(offset + 13);
    p.admittedAt = s.isNull(offset + 14) ? QDateTime() : fromStorageTime(s.text(offset + 14));
    p.reason = s.text(offset + 15);
    p.allergies = s.text(offset + 16);
    return p;
}

Result<QList<Patient>> collect(db::Statement& stmt)
{
    return stmt.all<Patient>([](const db::Statement& s) { return readPatient(s); });
}

// The one patient whose `column` holds `key` (id, IPP and downtime number are unique), or
// NotFound with the message `notFound()` writes (only then: imports look up every row).
template<typename Message>
Result<Patient> findOne(db::Database& db, const QString& column, const QString& key, Message notFound)
{
    auto stmt = db.prepare(patientColumns + QStringLiteral("WHERE %1 = ?1").arg(column));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key);
    auto list = collect(*stmt);
    if (!list) {
        return list.error();
    }
    if (list->isEmpty()) {
        return Error(notFound(), Error::Code::NotFound);
    }
    return list->first();
}

} // namespace

Result<QString> PatientService::allocateNumber()
{
    const int next = m_ws.setting(QStringLiteral("downtime.next"), QStringLiteral("1")).toInt();
    const int last = m_ws.setting(QStringLiteral("downtime.last"), QStringLiteral("999999")).toInt();
    if (next > last) {
        return Error(
            tr("This laptop has used every downtime number of its range (up to %1). An administrator must "
               "give it a new range or a new laptop code.")
                .arg(last),
            Error::Code::Conflict);
    }
    auto number = clinical::DowntimeNumber::make(m_ws.deviceCode(), next);
    if (!number) {
        return number.error();
    }
    if (auto st = m_ws.setSetting(QStringLiteral("downtime.next"), QString::number(next + 1)); !st) {
        return st.error();
    }
    return number->text();
}

Status PatientService::savePatientRow(const Patient& p, bool insert, const QDateTime& updatedAt,
                                      bool clearSearch)
{
    auto& db = m_ws.db();
    const QString sql =
        insert ? QStringLiteral(
                     "INSERT INTO patient(id, downtime_number, ipp, ins, birth_name, used_name, first_names, "
                     "birth_date, sex, birth_place, identity_status, status, ward_code, bed_label, "
                     "admitted_at, reason, allergies, updated_at) "
                     "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)")
               : QStringLiteral(
                     "UPDATE patient SET downtime_number=?2, ipp=?3, ins=?4, birth_name=?5, used_name=?6, "
                     "first_names=?7, birth_date=?8, sex=?9, birth_place=?10, identity_status=?11, "
                     "status=?12, ward_code=?13, bed_label=?14, admitted_at=?15, reason=?16, "
                     "allergies=?17, updated_at=?18 WHERE id=?1");
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, p.id)
        .bind(2, p.downtimeNumber)
        .bindOptional(3, p.ipp)
        .bindOptional(4, p.ins)
        .bind(5, p.birthName)
        .bindOptional(6, p.usedName)
        .bind(7, p.firstNames)
        .bind(8, p.birthDate.toString(Qt::ISODate))
        .bind(9, p.sex)
        .bindOptional(10, p.birthPlace)
        .bind(11, p.identityStatus)
        .bind(12, p.status)
        .bindOptional(13, p.wardCode)
        .bindOptional(14, p.bedLabel)
        .bindOptional(15, p.admittedAt.isValid() ? toStorageTime(p.admittedAt) : QString())
        .bindOptional(16, p.reason)
        .bindOptional(17, p.allergies)
        .bind(18, toStorageTime(updatedAt.isValid() ? updatedAt : m_ws.clock().now()));
    if (auto st = stmt->exec(); !st) {
        if (st.error().code == Error::Code::Conflict) {
            if (st.errorMessage().contains(QLatin1String("patient.ipp"))) {
                return Error(tr("Another patient already has the IPP %1.").arg(p.ipp), Error::Code::Conflict);
            }
            if (st.errorMessage().contains(QLatin1String("bed_label"))) {
                return Error(tr("Bed %1 of %2 is already occupied.").arg(p.bedLabel, p.wardCode),
                             Error::Code::Conflict);
            }
        }
        return st;
    }
    // patient_id is not indexed in the FTS table: deleting by it scans the whole index, which
    // made every registration, admission or allergy update cost O(patients) (a census import
    // was quadratic). The downtime number is an indexed token that never changes: the entry
    // is found through it, and only when that finds nothing is the table scanned. Bulk
    // callers clear the index once themselves (clearSearch = false).
    if (clearSearch) {
        auto del = db.prepare(QStringLiteral(
            "DELETE FROM patient_search WHERE rowid IN (SELECT rowid FROM patient_search WHERE "
            "patient_search MATCH ?1) AND patient_id = ?2"));
        if (!del) {
            return del.error();
        }
        del->bind(1,
                  QStringLiteral("numbers : \"%1\"").arg(QString(p.downtimeNumber).remove(QLatin1Char('"'))))
            .bind(2, p.id);
        if (auto st = del->exec(); !st) {
            return st;
        }
        if (db.changes() == 0 && !insert) {
            auto scan = db.prepare(QStringLiteral("DELETE FROM patient_search WHERE patient_id = ?1"));
            if (!scan) {
                return scan.error();
            }
            scan->bind(1, p.id);
            if (auto st = scan->exec(); !st) {
                return st;
            }
        }
    }
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO patient_search(patient_id, numbers, names, bed) VALUES (?1, ?2, ?3, ?4)"));
    if (!ins) {
        return ins.error();
    }
    const QString compactNumber = QString(p.downtimeNumber).remove(QLatin1Char('-'));
    ins->bind(1, p.id)
        .bind(2, QStringList{p.downtimeNumber, compactNumber, p.ipp, p.ins}.join(QLatin1Char(' ')))
        .bind(3, QStringList{p.birthName, p.usedName, p.firstNames}.join(QLatin1Char(' ')))
        .bind(4, p.status == QLatin1String("admitted")
                     ? QStringList{p.wardCode, p.bedLabel}.join(QLatin1Char(' '))
                     : QString());
    return ins->exec();
}

Result<Patient> PatientService::registerPatient(Patient p)
{
    if (auto st = m_ws.require(Permission::EditPatients); !st) {
        return st.error();
    }
    p.birthName = p.birthName.trimmed();
    p.firstNames = p.firstNames.simplified();
    p.ipp = Patient::identifier(p.ipp);
    p.ins = Patient::identifier(p.ins);
    if (p.birthName.isEmpty() || p.firstNames.isEmpty()) {
        return Error(tr("Birth name and first names are required."), Error::Code::InvalidInput);
    }
    if (!p.birthDate.isValid()) {
        return Error(tr("A valid birth date is required."), Error::Code::InvalidInput);
    }
    if (p.sex != QLatin1String("F") && p.sex != QLatin1String("M") && p.sex != QLatin1String("U")) {
        return Error(tr("Sex must be F, M or U."), Error::Code::InvalidInput);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto number = allocateNumber();
    if (!number) {
        return number.error();
    }
    p.downtimeNumber = *number;
    // Where the patient is comes only from movements (admit), never from registration.
    p.status = QStringLiteral("registered");
    p.wardCode.clear();
    p.bedLabel.clear();
    p.admittedAt = {};
    RecordVersion v;
    v.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.kind = QStringLiteral("patient");
    v.patientId = v.recordId;
    v.version = 1;
    p.id = v.recordId;
    v.data = p.identityRecord();
    auto written = RecordStore(m_ws).appendInTransaction(v);
    if (!written) {
        return written.error();
    }
    if (auto st = savePatientRow(p, true); !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return p;
}

Result<Patient> PatientService::updateIdentity(const Patient& p, const QString& reason)
{
    if (auto st = m_ws.require(Permission::EditPatients); !st) {
        return st.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Error(tr("Say why the identity is corrected."), Error::Code::InvalidInput);
    }
    auto current = find(p.id);
    if (!current) {
        return current.error();
    }
    Patient updated = *current;
    updated.ipp = Patient::identifier(p.ipp);
    updated.ins = Patient::identifier(p.ins);
    updated.birthName = p.birthName.trimmed();
    updated.usedName = p.usedName.trimmed();
    updated.firstNames = p.firstNames.simplified();
    updated.birthDate = p.birthDate;
    updated.sex = p.sex;
    updated.birthPlace = p.birthPlace.trimmed();
    updated.identityStatus = p.identityStatus;
    if (updated.sex != QLatin1String("F") && updated.sex != QLatin1String("M") &&
        updated.sex != QLatin1String("U")) {
        return Error(tr("Sex must be F, M or U."), Error::Code::InvalidInput);
    }
    // The same rules as the registration form: a correction must not bring in a broken identity.
    QStringList errors;
    for (const auto& issue : updated.identity().validate(m_ws.clock().now().toLocalTime().date())) {
        if (issue.isError()) {
            errors << issue.message;
        }
    }
    if (!errors.isEmpty()) {
        return Error(errors.join(QLatin1Char('\n')), Error::Code::InvalidInput);
    }
    if (updated.identityRecord() == current->identityRecord()) {
        return Error(tr("The identity is unchanged: nothing to save."), Error::Code::InvalidInput);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto amended = RecordStore(m_ws).amend(p.id, updated.identityRecord(), reason);
    if (!amended) {
        return amended.error();
    }
    if (auto st = savePatientRow(updated, false); !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return updated;
}

Result<QList<IdentityVersion>> PatientService::identityHistory(const QString& patientId)
{
    auto versions = RecordStore(m_ws).history(patientId);
    if (!versions) {
        return versions.error();
    }
    QList<IdentityVersion> history;
    for (const auto& v : *versions) {
        if (v.kind != QLatin1String("patient")) {
            continue;
        }
        IdentityVersion i;
        i.identity = Patient::fromIdentityRecord(v.recordId, v.data);
        i.version = v.version;
        i.recordedAt = v.createdAt;
        i.recordedBy = v.createdBy;
        i.reason = v.reason;
        history << i;
    }
    if (history.isEmpty()) {
        return Error(tr("No patient %1.").arg(patientId), Error::Code::NotFound);
    }
    return history;
}

Result<QList<PossibleDuplicate>> PatientService::possibleDuplicates(const Patient& identity,
                                                                    const QString& excludeId)
{
    if (!identity.birthDate.isValid()) {
        return QList<PossibleDuplicate>();
    }
    auto sameDay = bornOn(identity.birthDate);
    if (!sameDay) {
        return sameDay.error();
    }
    QList<Patient> others;
    QList<clinical::PatientIdentity> identities;
    for (const auto& other : *sameDay) {
        if (other.id != excludeId) {
            others << other;
            identities << other.identity();
        }
    }
    QList<PossibleDuplicate> found;
    for (const auto& match : clinical::DuplicateDetector::find(identity.identity(), identities)) {
        found << PossibleDuplicate{others[match.index], match};
    }
    return found;
}

Result<Patient> PatientService::applyMovement(const QString& patientId, const QJsonObject& movement,
                                              const QDateTime& at,
                                              const std::function<Status(Patient&)>& change)
{
    if (auto st = m_ws.require(Permission::EditPatients); !st) {
        return st.error();
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto patient = find(patientId);
    if (!patient) {
        return patient.error();
    }
    if (auto st = change(*patient); !st) {
        return st.error();
    }
    RecordVersion v;
    v.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.kind = QStringLiteral("movement");
    v.patientId = patientId;
    v.version = 1;
    v.data = movement;
    v.occurredAt = at;
    if (auto written = RecordStore(m_ws).appendInTransaction(v); !written) {
        return written.error();
    }
    if (auto st = savePatientRow(*patient, false); !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return patient;
}

Result<QString> PatientService::wardCodeFor(const QString& typed)
{
    auto known = SiteService(m_ws).existingWardCode(typed);
    if (!known) {
        return known.error();
    }
    return known->isEmpty() ? Patient::identifier(typed) : *known;
}

Result<Patient> PatientService::admit(const QString& patientId, const QString& typedWard, const QString& bed,
                                      const QDateTime& at, const QString& reason)
{
    auto ward = wardCodeFor(typedWard);
    if (!ward) {
        return ward.error();
    }
    const QString wardCode = *ward;
    const QJsonObject movement{{QStringLiteral("type"), QStringLiteral("admit")},
                               {QStringLiteral("ward"), wardCode},
                               {QStringLiteral("bed"), bed},
                               {QStringLiteral("reason"), reason}};
    for (const auto& st : {checkText(tr("The ward code"), wardCode, TextRules::CodeLength),
                           checkText(tr("The bed"), bed, TextRules::CodeLength),
                           checkText(tr("The reason for admission"), reason, TextRules::LineLength)}) {
        if (!st) {
            return st.error();
        }
    }
    return applyMovement(patientId, movement, at, [&](Patient& p) -> Status {
        if (p.status == QLatin1String("admitted")) {
            return Error(tr("%1 is already admitted (%2 %3).").arg(p.displayName(), p.wardCode, p.bedLabel),
                         Error::Code::Conflict);
        }
        if (p.status == QLatin1String("deceased")) {
            return Error(tr("%1 is recorded as deceased.").arg(p.displayName()), Error::Code::Conflict);
        }
        p.status = QStringLiteral("admitted");
        p.wardCode = wardCode;
        p.bedLabel = bed;
        p.admittedAt = at;
        p.reason = reason;
        return {};
    });
}

Result<Patient> PatientService::move(const QString& patientId, const QString& typedWard, const QString& bed,
                                     const QDateTime& at)
{
    auto ward = wardCodeFor(typedWard);
    if (!ward) {
        return ward.error();
    }
    const QString wardCode = *ward;
    const QJsonObject movement{{QStringLiteral("type"), QStringLiteral("move")},
                               {QStringLiteral("ward"), wardCode},
                               {QStringLiteral("bed"), bed}};
    return applyMovement(patientId, movement, at, [&](Patient& p) -> Status {
        if (p.status != QLatin1String("admitted")) {
            return Error(tr("%1 is not admitted.").arg(p.displayName()), Error::Code::Conflict);
        }
        p.wardCode = wardCode;
        p.bedLabel = bed;
        return {};
    });
}

Result<Patient> PatientService::transferOut(const QString& patientId, const TransferOut& t)
{
    if (t.destination.trimmed().isEmpty()) {
        return Error(tr("Enter the destination hospital."), Error::Code::InvalidInput);
    }
    for (const auto& st : {checkText(tr("The destination"), t.destination, TextRules::LineLength),
                           checkText(tr("The SAMU regulation number"), t.samuNumber, TextRules::LineLength),
                           checkText(tr("The transport"), t.transport, TextRules::LineLength),
                           checkText(tr("The reason for the transfer"), t.reason, TextRules::FreeTextLength,
                                     TextRules::Lines::Many)}) {
        if (!st) {
            return st.error();
        }
    }
    const QJsonObject movement{{QStringLiteral("type"), QStringLiteral("transfer")},
                               {QStringLiteral("destination"), t.destination.trimmed()},
                               {QStringLiteral("samu_number"), t.samuNumber.trimmed()},
                               {QStringLiteral("transport"), t.transport.trimmed()},
                               {QStringLiteral("reason"), t.reason.trimmed()}};
    return applyMovement(patientId, movement, t.at, [&](Patient& p) -> Status {
        if (p.status != QLatin1String("admitted")) {
            return Error(tr("%1 is not admitted.").arg(p.displayName()), Error::Code::Conflict);
        }
        p.status = QStringLiteral("transferred");
        return {};
    });
}

Result<Patient> PatientService::discharge(const QString& patientId, const QDateTime& at)
{
    return applyMovement(
        patientId, {{QStringLiteral("type"), QStringLiteral("discharge")}}, at, [&](Patient& p) -> Status {
            if (p.status != QLatin1String("admitted")) {
                return Error(tr("%1 is not admitted.").arg(p.displayName()), Error::Code::Conflict);
            }
            p.status = QStringLiteral("discharged");
            return {};
        });
}

Result<Patient> PatientService::recordDeath(const QString& patientId, const QDateTime& at)
{
    return applyMovement(patientId, {{QStringLiteral("type"), QStringLiteral("death")}}, at,
                         [&](Patient& p) -> Status {
                             p.status = QStringLiteral("deceased");
                             return {};
                         });
}

Status PatientService::setAllergies(const QString& patientId, const QString& allergies)
{
    if (auto st =
            checkText(tr("The allergies"), allergies, TextRules::FreeTextLength, TextRules::Lines::Many);
        !st) {
        return st;
    }
    auto r = applyMovement(
        patientId,
        {{QStringLiteral("type"), QStringLiteral("allergies")}, {QStringLiteral("allergies"), allergies}},
        m_ws.clock().now(), [&](Patient& p) -> Status {
            p.allergies = allergies.trimmed();
            return {};
        });
    return r ? Status() : Status(r.error());
}

Result<Patient> PatientService::find(const QString& id)
{
    return findOne(m_ws.db(), QStringLiteral("id"), id, [&] { return tr("No patient %1.").arg(id); });
}

Result<Patient> PatientService::findByNumber(const QString& number)
{
    const QString text = Patient::identifier(number);
    QString column = QStringLiteral("ipp");
    QString key = text;
    if (auto parsed = clinical::DowntimeNumber::parse(text); parsed) {
        column = QStringLiteral("downtime_number");
        key = parsed->text();
    } else if (text.contains(QLatin1Char('-'))) {
        // Looks like a downtime number but does not verify: say so rather than "not found".
        return parsed.error();
    }
    return findOne(m_ws.db(), column, key,
                   [&] { return tr("No patient with the number %1.").arg(QuotedText::quote(text)); });
}

Result<Patient> PatientService::findByIpp(const QString& ipp)
{
    const QString key = Patient::identifier(ipp);
    return findOne(m_ws.db(), QStringLiteral("ipp"), key,
                   [&] { return tr("No patient with the IPP %1.").arg(key); });
}

Result<std::optional<Patient>> PatientService::occupant(const QString& wardCode, const QString& bed)
{
    auto ward = wardCodeFor(wardCode);
    if (!ward) {
        return ward.error();
    }
    // One index lookup (patient_in_bed), where reading the ward's census per row made an
    // import into a full ward quadratic.
    auto stmt = m_ws.db().prepare(
        patientColumns + QStringLiteral("WHERE ward_code = ?1 AND bed_label = ?2 AND status = 'admitted'"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, *ward).bind(2, Patient::identifier(bed));
    auto list = collect(*stmt);
    if (!list) {
        return list.error();
    }
    return list->isEmpty() ? std::optional<Patient>() : std::optional<Patient>(list->first());
}

Result<QList<Patient>> PatientService::search(const QString& text, int limit)
{
    // Every typed word must match the start of some word; quotes keep FTS5 syntax out of user input.
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList terms;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty()) {
            terms << QStringLiteral("\"%1\"*").arg(word);
        }
    }
    if (terms.isEmpty()) {
        return QList<Patient>();
    }
    // One word may be a downtime number or an IPP being typed ("URG", "URG1-00"): two B-tree
    // range scans answer at once, where an FTS5 prefix over 100,000 distinct numbers sharing
    // "CODE-0" would merge them all. Only when nothing matches is it a name or a bed. One to
    // three letters stay with the index (its prefix index is fast there, and "D" is more
    // likely the start of Durand than of the laptop code DEMO).
    static const QRegularExpression numberLike(QStringLiteral("^[A-Za-z0-9-]+$"));
    static const QRegularExpression digitOrDash(QStringLiteral("[0-9-]"));
    const QString trimmed = text.trimmed();
    if (terms.size() == 1 && numberLike.match(trimmed).hasMatch() &&
        (trimmed.size() > 3 || trimmed.contains(digitOrDash))) {
        const QString prefix = trimmed.toUpper();
        // U+FFFF sorts after every character a number can hold, closing the prefix range.
        const QString end = prefix + QChar(0xffff);
        auto stmt = m_ws.db().prepare(
            patientColumns +
            QStringLiteral(
                "WHERE id IN (SELECT id FROM patient WHERE downtime_number >= ?1 AND downtime_number < ?2 "
                "LIMIT ?3) OR id IN (SELECT id FROM patient WHERE ipp >= ?1 AND ipp < ?2 LIMIT ?3) "
                "ORDER BY downtime_number LIMIT ?3"));
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, prefix).bind(2, end).bind(3, limit);
        auto byNumber = collect(*stmt);
        if (!byNumber || !byNumber->isEmpty()) {
            return byNumber;
        }
        // Nothing by number: a name or a bed ("A12"); fall through to the index.
    }
    // No ORDER BY rank: ranking scores every match before LIMIT applies, which made a one-letter
    // search take hundreds of milliseconds on 100,000 patients; unranked, FTS5 stops at `limit`.
    // The few results are sorted by name and narrow down as the nurse keeps typing.
    auto stmt = m_ws.db().prepare(
        patientColumns +
        QStringLiteral("WHERE id IN (SELECT patient_id FROM patient_search WHERE patient_search MATCH ?1 "
                       "LIMIT ?2) ORDER BY birth_name, first_names"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, terms.join(QLatin1Char(' '))).bind(2, limit);
    return collect(*stmt);
}

Result<QList<CensusRow>> PatientService::census(const QString& typedWard)
{
    auto ward = wardCodeFor(typedWard);
    if (!ward) {
        return ward.error();
    }
    const QString wardCode = *ward;
    auto beds = m_ws.db().prepare(QStringLiteral(
        "SELECT b.label, p.id, p.downtime_number, p.ipp, p.ins, p.birth_name, p.used_name, p.first_names, "
        "p.birth_date, p.sex, p.birth_place, p.identity_status, p.status, p.ward_code, p.bed_label, "
        "p.admitted_at, "
        "p.reason, p.allergies FROM bed b LEFT JOIN patient p ON p.ward_code = b.ward_code AND p.bed_label = "
        "b.label "
        "AND p.status = 'admitted' WHERE b.ward_code = ?1 "
        "UNION ALL SELECT NULL, p.id, p.downtime_number, p.ipp, p.ins, p.birth_name, p.used_name, "
        "p.first_names, "
        "p.birth_date, p.sex, p.birth_place, p.identity_status, p.status, p.ward_code, p.bed_label, "
        "p.admitted_at, "
        "p.reason, p.allergies FROM patient p WHERE p.ward_code = ?1 AND p.status = 'admitted' AND NOT "
        "EXISTS "
        "(SELECT 1 FROM bed b WHERE b.ward_code = p.ward_code AND b.label = p.bed_label)"));
    if (!beds) {
        return beds.error();
    }
    beds->bind(1, wardCode);
    QList<CensusRow> rows;
    while (true) {
        auto row = beds->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        CensusRow r;
        r.wardCode = wardCode;
        r.bedLabel = beds->text(0);
        if (!beds->isNull(1)) {
            r.patient = readPatient(*beds, 1);
            if (r.bedLabel.isEmpty()) {
                r.bedLabel = r.patient->bedLabel;
            }
        }
        rows << r;
    }
    return rows;
}

Result<QList<Patient>> PatientService::list(const QString& wardCode)
{
    QString code;
    if (!wardCode.trimmed().isEmpty()) {
        auto known = SiteService(m_ws).existingWardCode(wardCode);
        if (!known) {
            return known.error();
        }
        if (known->isEmpty()) {
            return Error(tr("There is no ward %1 on this laptop.").arg(Patient::identifier(wardCode)),
                         Error::Code::InvalidInput);
        }
        code = *known;
    }
    // Patients without a ward last; "2" before "10" as on the ward's own list.
    auto stmt = m_ws.db().prepare(
        patientColumns + QStringLiteral("WHERE ?1 = '' OR ward_code = ?1 ORDER BY ward_code IS NULL OR "
                                        "ward_code = '', ward_code, length(bed_label), bed_label, "
                                        "downtime_number"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, code);
    return collect(*stmt);
}

Result<QList<Patient>> PatientService::bornOn(const QDate& birthDate)
{
    auto stmt = m_ws.db().prepare(patientColumns + QStringLiteral("WHERE birth_date = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, birthDate.toString(Qt::ISODate));
    return collect(*stmt);
}

Status PatientService::saveDerivedState(const Patient& p, const QDateTime& updatedAt, bool searchCleared)
{
    auto exists = m_ws.db().prepare(QStringLiteral("SELECT 1 FROM patient WHERE id = ?1"));
    if (!exists) {
        return exists.error();
    }
    exists->bind(1, p.id);
    auto row = exists->step();
    if (!row) {
        return row.error();
    }
    return savePatientRow(p, !*row, updatedAt, !searchCleared);
}

int PatientService::count()
{
    auto v = m_ws.db().scalar(QStringLiteral("SELECT count(*) FROM patient"));
    return v ? v->toInt() : 0;
}

} // namespace wp
