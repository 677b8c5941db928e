#include "PatientMatcher.h"

#include "records/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wp::fhirimport {

namespace {

const auto ippKey = QStringLiteral("ipp");
const auto insKey = QStringLiteral("ins");

QString key(const QString& system, const QString& value)
{
    return system + QLatin1Char('\n') + value;
}

} // namespace

QString PatientMatch::code(How how)
{
    switch (how) {
    case How::Ipp:
        return QStringLiteral("ipp");
    case How::Ins:
        return QStringLiteral("ins");
    case How::Identifier:
        return QStringLiteral("identifier");
    case How::Likely:
        return QStringLiteral("likely");
    case How::None:
        break;
    }
    return QStringLiteral("new");
}

QStringList PatientMatcher::identifierKeys(const PatientRecord& record)
{
    QStringList keys;
    if (!record.ipp.isEmpty()) {
        keys << key(ippKey, record.ipp);
    }
    if (!record.ins.isEmpty()) {
        keys << key(insKey, record.ins);
    }
    for (const auto& id : record.otherIdentifiers) {
        if (!id.value.isEmpty()) {
            keys << key(id.system, id.value);
        }
    }
    return keys;
}

QStringList PatientMatcher::identifierKeys(const QJsonObject& stored)
{
    QStringList keys;
    if (const QString ipp = stored.value(ippKey).toString(); !ipp.isEmpty()) {
        keys << key(ippKey, ipp);
    }
    if (const QString ins = stored.value(insKey).toString(); !ins.isEmpty()) {
        keys << key(insKey, ins);
    }
    for (const auto& v : stored.value(QStringLiteral("identifiers")).toArray()) {
        const QJsonObject id = v.toObject();
        const QString value = id.value(QStringLiteral("value")).toString();
        if (!value.isEmpty()) {
            keys << key(id.value(QStringLiteral("system")).toString(), value);
        }
    }
    return keys;
}

Status PatientMatcher::load()
{
    // Entered-in-error versions are left out: an identifier someone struck out matches nobody.
    auto stmt = m_ws.db().prepare(
        QStringLiteral(
            "SELECT r.patient_id, r.data FROM record_version r WHERE r.kind = 'hospital_identifiers' "
            "AND r.entered_in_error = 0 AND %1")
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
            return {};
        }
        const QString patientId = stmt->text(0);
        const QJsonObject data = QJsonDocument::fromJson(stmt->text(1).toUtf8()).object();
        for (const QString& k : identifierKeys(data)) {
            m_byIdentifier.insert(k, patientId);
        }
        const SourceRef source = SourceRef::fromJson(
            data.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("source")).toObject());
        if (!source.resourceId.isEmpty()) {
            m_byResource.insert(source.resourceType + QLatin1Char('/') + source.resourceId, patientId);
        }
    }
}

void PatientMatcher::remember(const PatientRecord& record, const QString& patientId)
{
    for (const QString& k : identifierKeys(record)) {
        m_byIdentifier.insert(k, patientId);
    }
    if (!record.source.resourceId.isEmpty()) {
        m_byResource.insert(record.source.resourceType + QLatin1Char('/') + record.source.resourceId,
                            patientId);
    }
}

Result<std::optional<Patient>> PatientMatcher::findByIns(const QString& ins)
{
    auto stmt = m_ws.db().prepare(
        QStringLiteral("SELECT id FROM patient WHERE ins = ?1 ORDER BY downtime_number LIMIT 1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, ins);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<Patient>();
    }
    auto p = m_patients.find(stmt->text(0));
    if (!p) {
        return p.error();
    }
    return std::optional<Patient>(*p);
}

Result<PatientMatch> PatientMatcher::match(const PatientRecord& record)
{
    PatientMatch m;
    if (!record.ipp.isEmpty()) {
        auto known = m_patients.findByIpp(record.ipp);
        if (known) {
            m.how = PatientMatch::How::Ipp;
            m.patient = *known;
            return m;
        }
        if (known.error().code != Error::Code::NotFound) {
            return known.error();
        }
    }
    if (!record.ins.isEmpty()) {
        auto known = findByIns(record.ins);
        if (!known) {
            return known.error();
        }
        if (*known) {
            m.how = PatientMatch::How::Ins;
            m.patient = **known;
            return m;
        }
    }
    for (const QString& k : identifierKeys(record)) {
        const auto it = m_byIdentifier.constFind(k);
        if (it == m_byIdentifier.constEnd()) {
            continue;
        }
        auto known = m_patients.find(*it);
        if (!known) {
            return known.error();
        }
        m.how = PatientMatch::How::Identifier;
        m.patient = *known;
        return m;
    }
    if (!record.birthDate.isValid()) {
        return m;
    }
    if (!record.source.resourceId.isEmpty()) {
        const auto it =
            m_byResource.constFind(record.source.resourceType + QLatin1Char('/') + record.source.resourceId);
        if (it != m_byResource.constEnd()) {
            auto known = m_patients.find(*it);
            if (!known) {
                return known.error();
            }
            if (known->birthDate == record.birthDate &&
                known->birthName.compare(record.birthName.trimmed(), Qt::CaseInsensitive) == 0) {
                m.how = PatientMatch::How::Identifier;
                m.patient = *known;
                return m;
            }
        }
    }
    Patient candidate;
    candidate.birthName = record.birthName;
    candidate.usedName = record.usedName;
    candidate.firstNames = record.firstNames;
    candidate.birthDate = record.birthDate;
    candidate.sex = record.sex.isEmpty() ? QStringLiteral("U") : record.sex;
    auto likely = m_patients.possibleDuplicates(candidate);
    if (!likely) {
        return likely.error();
    }
    if (!likely->isEmpty()) {
        m.how = PatientMatch::How::Likely;
        m.patient = likely->first().patient;
        m.description = likely->first().match.description();
    }
    return m;
}

} // namespace wp::fhirimport
