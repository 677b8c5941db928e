#include "FhirImporter.h"

#include "PatientMatcher.h"
#include "Transaction.h"
#include "VitalSigns.h"
#include "entries/FormEntryService.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "site/SiteService.h"
#include "wardcsv/ObservationCsv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace wp::fhirimport {

namespace {

const auto provenanceKey = QStringLiteral("provenance");
const auto confirmationKey = QStringLiteral("confirmation");
const auto identifiersKind = QStringLiteral("hospital_identifiers");

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The data as it reads back from the database (numbers through JSON text), without the
/// keys this import or later care adds (provenance, a medication's confirmation).
QJsonObject comparable(QJsonObject data)
{
    data.remove(provenanceKey);
    data.remove(confirmationKey);
    return QJsonDocument::fromJson(compact(data).toUtf8()).object();
}

/// What makes an item the same item again: its resource (type, id, meta.lastUpdated), its own
/// time when it has one, and its data.
QString itemKey(const QString& kind, const QJsonObject& source, const QJsonObject& data)
{
    return kind + QLatin1Char('\n') + source.value(QStringLiteral("resourceType")).toString() +
           QLatin1Char('\n') + source.value(QStringLiteral("resourceId")).toString() + QLatin1Char('\n') +
           source.value(QStringLiteral("lastUpdated")).toString() + QLatin1Char('\n') +
           source.value(QStringLiteral("effective")).toString() + QLatin1Char('\n') +
           compact(comparable(data));
}

/// A chart observation is the same again when made of the same vital-sign items.
QString vitalSignsKey(const QJsonArray& items)
{
    QStringList keys;
    for (const auto& v : items) {
        const QJsonObject item = v.toObject();
        keys << itemKey(item.value(QStringLiteral("occurredAt")).toString(),
                        item.value(QStringLiteral("source")).toObject(),
                        item.value(QStringLiteral("data")).toObject());
    }
    keys.sort();
    return FhirImporter::vitalSignsKind() + QLatin1Char('\n') + keys.join(QLatin1Char('\t'));
}

/// One import: the state shared by its steps, inside the caller's transaction.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(FhirImporter)

public:
    ImportRun(Workspace& ws, const clinical::FormRegistry& forms, const Snapshot& snapshot,
              const FhirImportOptions& options)
        : m_ws(ws), m_snapshot(snapshot), m_options(options), m_patients(ws), m_site(ws), m_matcher(ws),
          m_records(ws), m_entries(ws, forms)
    {}

    Result<FhirImportReport> run();

private:
    struct Resolved
    {
        QString patientId;
        QDate birthDate;
        QString match; // PatientMatch::code, or "likely_confirmed"
    };

    Status importPatient(const PatientRecord& record, const QString& defaultWard);
    Status admit(const Patient& p, const PatientRecord& record, const QString& defaultWard);
    Result<bool> writeOnce(const QString& kind, const Resolved& who, const SourceRef& source,
                           const QDateTime& occurredAt, QJsonObject data, const QDateTime& itemTime = {});
    Status importVitalSigns(const Resolved& who, const QList<const ClinicalItem*>& items);
    Status fillAllergies(const QString& patientId, const QList<const ClinicalItem*>& allergies);
    Result<QSet<QString>*> knownKeys(const QString& patientId);
    QJsonObject provenance(const Resolved& who, const QJsonObject& source) const;
    /// Counts `steps` more done and tells the caller; false when it asked to cancel.
    bool advance(qint64 steps = 1);

    Workspace& m_ws;
    const Snapshot& m_snapshot;
    const FhirImportOptions& m_options;
    PatientService m_patients;
    SiteService m_site;
    PatientMatcher m_matcher;
    RecordStore m_records;
    FormEntryService m_entries;
    FhirImportReport m_report;
    QHash<QString, Resolved> m_resolved;           // PatientRecord::key -> patient on this laptop
    QHash<QString, Resolved> m_byId;               // patient id -> the same
    QHash<QString, QSet<QString>> m_known;         // patient id -> keys of items already stored
    QHash<QString, const EncounterRecord*> m_stay; // PatientRecord::key -> its Encounter in progress
    qint64 m_done = 0;
    qint64 m_total = 0;
};

Error cancelled()
{
    return Error(FhirImporter::tr("Cancelled: nothing was imported."), Error::Code::Cancelled);
}

bool ImportRun::advance(qint64 steps)
{
    m_done += steps;
    return !m_options.progress || m_options.progress(std::min(m_done, m_total), m_total);
}

Result<FhirImportReport> ImportRun::run()
{
    m_report.snapshotAt = m_snapshot.takenAt;
    m_report.snapshotBasis = m_snapshot.takenAtBasis;
    m_report.notImported = m_snapshot.notImported;
    QString defaultWard;
    if (!m_options.defaultWard.trimmed().isEmpty()) {
        auto ward = m_site.existingWardCode(Patient::identifier(m_options.defaultWard));
        if (!ward) {
            return ward.error();
        }
        if (ward->isEmpty()) {
            return Error(
                tr("There is no ward %1 on this laptop (--ward).").arg(m_options.defaultWard.trimmed()),
                Error::Code::InvalidInput);
        }
        defaultWard = *ward;
    }
    if (auto st = m_matcher.load(); !st) {
        return st.error();
    }
    // One step per patient and per item; vital signs count when their chart set is written.
    m_total = m_snapshot.patients.size() + m_snapshot.items.size();
    if (!advance(0)) {
        return cancelled();
    }
    for (const auto& e : m_snapshot.encounters) {
        if (!m_stay.contains(e.patientKey)) {
            m_stay.insert(e.patientKey, &e);
        }
    }
    for (const auto& record : m_snapshot.patients) {
        if (auto st = importPatient(record, defaultWard); !st) {
            return st.error();
        }
        if (!advance()) {
            return cancelled();
        }
    }
    // Vital signs of one patient and one time make one chart observation; allergies may
    // fill the patient's allergy text. Both are gathered first, in snapshot order.
    QMap<QPair<QString, QString>, QList<const ClinicalItem*>> vitalGroups;
    QHash<QString, QList<const ClinicalItem*>> allergies;
    for (const auto& item : m_snapshot.items) {
        const auto who = m_resolved.constFind(item.patientKey);
        if (who == m_resolved.constEnd()) {
            ++m_report.notImported[tr("%1 (patient not imported)").arg(item.source.resourceType)];
            if (!advance()) {
                return cancelled();
            }
            continue;
        }
        if (item.kind == QLatin1String("vital_sign")) {
            const QDateTime at = item.occurredAt.isValid() ? item.occurredAt : m_snapshot.takenAt;
            vitalGroups[{who->patientId, toStorageTime(at)}] << &item;
            continue;
        }
        if (item.kind == QLatin1String("allergy")) {
            allergies[who->patientId] << &item;
        }
        QJsonObject data = item.data;
        if (item.kind == QLatin1String("medication")) {
            // Imported treatments are shown on the MAR to confirm before any dose is given.
            data.insert(confirmationKey, QStringLiteral("to_confirm"));
        }
        const QDateTime at = item.occurredAt.isValid() ? item.occurredAt : m_snapshot.takenAt;
        auto written =
            writeOnce(FhirImporter::kindPrefix() + item.kind, *who, item.source, at, data, item.occurredAt);
        if (!written) {
            return written.error();
        }
        ++(*written ? m_report.imported : m_report.alreadyPresent)[item.kind];
        if (!advance()) {
            return cancelled();
        }
    }
    for (auto it = vitalGroups.cbegin(); it != vitalGroups.cend(); ++it) {
        if (auto st = importVitalSigns(m_byId.value(it.key().first), it.value()); !st) {
            return st.error();
        }
        if (!advance(it.value().size())) {
            return cancelled();
        }
    }
    for (auto it = allergies.cbegin(); it != allergies.cend(); ++it) {
        if (auto st = fillAllergies(it.key(), it.value()); !st) {
            return st.error();
        }
    }
    return m_report;
}

Status ImportRun::importPatient(const PatientRecord& record, const QString& defaultWard)
{
    auto found = m_matcher.match(record);
    if (!found) {
        return found.error();
    }
    const auto label = [&record] {
        return tr("%1 %2, born %3 (%4)")
            .arg(record.usedName.isEmpty() ? record.birthName : record.usedName, record.firstNames,
                 record.birthDate.toString(Qt::ISODate),
                 record.source.resourceType + QLatin1Char('/') + record.source.resourceId);
    };
    Resolved who;
    if (found->how == PatientMatch::How::Likely && !m_options.acceptMatches) {
        m_report.likelyMatchesSkipped << tr("%1 may be %2 (%3): %4")
                                             .arg(label(), found->patient.displayName(),
                                                  found->patient.downtimeNumber, found->description);
        ++m_report.notImported[tr("Patient (likely match to confirm)")];
        return {};
    }
    if (found->how != PatientMatch::How::None) {
        who.patientId = found->patient.id;
        who.birthDate = found->patient.birthDate;
        who.match = found->how == PatientMatch::How::Likely ? QStringLiteral("likely_confirmed")
                                                            : PatientMatch::code(found->how);
        if (!m_resolved.contains(record.key)) {
            ++m_report.patientsMatched;
        }
    } else {
        Patient p;
        p.ipp = Patient::identifier(record.ipp);
        p.ins = Patient::identifier(record.ins);
        p.birthName = record.birthName.trimmed();
        p.usedName = record.usedName.trimmed();
        p.firstNames = record.firstNames.trimmed();
        p.birthDate = record.birthDate;
        p.sex = record.sex.isEmpty() ? QStringLiteral("U") : record.sex;
        // As the census import: a copy of the hospital's record is not an identity checked here.
        p.identityStatus = QStringLiteral("provisional");
        QStringList problems;
        for (const auto& issue : p.identity().validate(m_ws.clock().now().toLocalTime().date())) {
            if (issue.isError()) {
                problems << issue.message;
            }
        }
        if (!problems.isEmpty()) {
            m_report.warnings << tr("%1: not imported, the identity is incomplete or invalid: %2")
                                     .arg(label(), problems.join(QStringLiteral("; ")));
            ++m_report.notImported[tr("Patient (identity incomplete)")];
            return {};
        }
        auto created = m_patients.registerPatient(p);
        if (!created) {
            if (created.error().code != Error::Code::InvalidInput) {
                return created.error();
            }
            m_report.warnings << tr("%1: not imported: %2").arg(label(), created.errorMessage());
            ++m_report.notImported[tr("Patient (identity incomplete)")];
            return {};
        }
        ++m_report.patientsNew;
        who.patientId = created->id;
        who.birthDate = created->birthDate;
        who.match = PatientMatch::code(PatientMatch::How::None);
        if (auto st = admit(*created, record, defaultWard); !st) {
            return st;
        }
    }
    m_resolved.insert(record.key, who);
    m_byId.insert(who.patientId, who);
    m_matcher.remember(record, who.patientId);
    // The hospital's identifiers, telecom and contacts: so that a second import matches by any
    // identifier, and so that nothing the hospital knew about the person is lost.
    QJsonArray identifiers;
    for (const auto& id : record.otherIdentifiers) {
        identifiers.append(
            QJsonObject{{QStringLiteral("system"), id.system}, {QStringLiteral("value"), id.value}});
    }
    QJsonArray contacts;
    for (const auto& c : record.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("relationship"), c.relationship},
                                    {QStringLiteral("telecom"), c.telecom}});
    }
    const QJsonObject data{{QStringLiteral("ipp"), record.ipp},
                           {QStringLiteral("ins"), record.ins},
                           {QStringLiteral("identifiers"), identifiers},
                           {QStringLiteral("telecom"), QJsonArray::fromStringList(record.telecom)},
                           {QStringLiteral("contacts"), contacts}};
    auto written = writeOnce(identifiersKind, who, record.source, m_snapshot.takenAt, data);
    return written ? Status() : Status(written.error());
}

Status ImportRun::admit(const Patient& p, const PatientRecord& record, const QString& defaultWard)
{
    const EncounterRecord* stay = m_stay.value(record.key);
    QString ward;
    QString bed;
    if (stay && !stay->wardCode.isEmpty()) {
        auto known = m_site.existingWardCode(Patient::identifier(stay->wardCode));
        if (!known) {
            return known.error();
        }
        ward = *known;
        bed = ward.isEmpty() ? QString() : Patient::identifier(stay->bed);
    }
    if (ward.isEmpty() && !defaultWard.isEmpty()) {
        ward = defaultWard;
    }
    if (ward.isEmpty()) {
        m_report.warnings << tr("%1 (%2): registered without a bed: %3")
                                 .arg(p.displayName(), p.downtimeNumber,
                                      stay && !stay->wardCode.isEmpty()
                                          ? tr("the hospital's ward %1 is not on this laptop (give --ward)")
                                                .arg(stay->wardCode)
                                          : tr("no ward in the hospital record (give --ward)"));
        return {};
    }
    if (!bed.isEmpty()) {
        auto inBed = m_patients.occupant(ward, bed);
        if (!inBed) {
            return inBed.error();
        }
        if (*inBed) {
            m_report.warnings << tr("%1 (%2): admitted to %3 without a bed: bed %4 is occupied by %5")
                                     .arg(p.displayName(), p.downtimeNumber, ward, bed,
                                          (*inBed)->displayName());
            bed.clear();
        }
    }
    auto code = m_site.ensureWardAndBed(ward, bed);
    if (!code) {
        return code.error();
    }
    const QDateTime at = stay && stay->admittedAt.isValid() ? stay->admittedAt : m_ws.clock().now();
    auto admitted = m_patients.admit(p.id, *code, bed, at, stay ? stay->reason : QString());
    return admitted ? Status() : Status(admitted.error());
}

Result<QSet<QString>*> ImportRun::knownKeys(const QString& patientId)
{
    auto it = m_known.find(patientId);
    if (it != m_known.end()) {
        return &it.value();
    }
    QSet<QString>& keys = m_known[patientId];
    // Every version counts, entered in error or amended ones too: an item someone struck out
    // or corrected is not brought back by importing the same snapshot again.
    auto stmt = m_ws.db().prepare(
        QStringLiteral("SELECT kind, data FROM record_version WHERE patient_id = ?1 AND substr(kind, 1, 9) = "
                       "'hospital_'"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, patientId);
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const QString kind = stmt->text(0);
        const QJsonObject data = QJsonDocument::fromJson(stmt->text(1).toUtf8()).object();
        if (kind == FhirImporter::vitalSignsKind()) {
            keys.insert(vitalSignsKey(data.value(QStringLiteral("items")).toArray()));
        } else {
            keys.insert(itemKey(
                kind, data.value(provenanceKey).toObject().value(QStringLiteral("source")).toObject(), data));
        }
    }
    return &keys;
}

QJsonObject ImportRun::provenance(const Resolved& who, const QJsonObject& source) const
{
    QJsonObject p{{QStringLiteral("fromHospitalRecord"), true},
                  {QStringLiteral("snapshotAt"), m_snapshot.takenAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("snapshotBasis"), m_snapshot.takenAtBasis},
                  {QStringLiteral("patientMatch"), who.match}};
    if (!source.isEmpty()) {
        p.insert(QStringLiteral("source"), source);
    }
    return p;
}

Result<bool> ImportRun::writeOnce(const QString& kind, const Resolved& who, const SourceRef& source,
                                  const QDateTime& occurredAt, QJsonObject data, const QDateTime& itemTime)
{
    auto keys = knownKeys(who.patientId);
    if (!keys) {
        return keys.error();
    }
    QJsonObject sourceJson = source.toJson();
    // The item's own time is part of what it is: resources without id or meta.lastUpdated (as
    // WhitePlan's own export writes them) with the same value at another time are other items.
    // Only a time the resource gave counts: the snapshot's, a fallback, may change between copies.
    if (itemTime.isValid()) {
        sourceJson.insert(QStringLiteral("effective"), toStorageTime(itemTime));
    }
    const QString key = itemKey(kind, sourceJson, data);
    if ((*keys)->contains(key)) {
        return false;
    }
    data.insert(provenanceKey, provenance(who, sourceJson));
    auto written = m_records.createInTransaction(kind, who.patientId, data, occurredAt);
    if (!written) {
        return written.error();
    }
    (*keys)->insert(key);
    return true;
}

Status ImportRun::importVitalSigns(const Resolved& who, const QList<const ClinicalItem*>& items)
{
    const QDateTime at = items.first()->occurredAt.isValid() ? items.first()->occurredAt : m_snapshot.takenAt;
    QJsonArray stored;
    QJsonArray sources;
    for (const ClinicalItem* item : items) {
        const QJsonObject source = item->source.toJson();
        stored.append(QJsonObject{{QStringLiteral("occurredAt"), toStorageTime(at)},
                                  {QStringLiteral("source"), source},
                                  {QStringLiteral("data"), comparable(item->data)}});
        sources.append(source);
    }
    auto keys = knownKeys(who.patientId);
    if (!keys) {
        return keys.error();
    }
    const QString key = vitalSignsKey(stored);
    if ((*keys)->contains(key)) {
        ++m_report.alreadyPresent[QStringLiteral("observation")];
        return {};
    }
    // The values the chart can hold, checked by the observation form itself; a value the form
    // refuses is left out (with a warning) rather than refusing the hospital's whole record.
    QJsonObject values = VitalSigns::chartValues(items);
    QString observationId;
    const QString when = at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime latest = m_ws.clock().now().addSecs(clockToleranceSeconds);
    if (auto problem = ObservationCsv::takenAtProblem(at, who.birthDate, latest);
        problem && !values.isEmpty()) {
        m_report.warnings << tr("Vital signs of %1 not charted: expected %2").arg(when, *problem);
        values = {};
    }
    while (!values.isEmpty()) {
        auto validation = m_entries.validate(QStringLiteral("observation"), who.patientId, values);
        if (!validation) {
            return validation.error();
        }
        QStringList refused;
        for (const auto& issue : validation->issues) {
            if (issue.isError() && values.contains(issue.field)) {
                refused << issue.field;
                m_report.warnings
                    << tr("Vital signs of %1: %2 left out: %3").arg(when, issue.field, issue.message);
            }
        }
        if (validation->ok()) {
            break;
        }
        if (refused.isEmpty()) {
            m_report.warnings
                << tr("Vital signs of %1 not charted: %2").arg(when, validation->issues.first().message);
            values = {};
            break;
        }
        for (const QString& field : refused) {
            values.remove(field);
        }
    }
    if (!values.isEmpty()) {
        auto saved = m_entries.save(QStringLiteral("observation"), who.patientId, values, at);
        if (!saved) {
            return saved.error();
        }
        observationId = saved->record.recordId;
    }
    // The form keeps only its own fields: the mark "from the hospital record" and the
    // sources live in this companion record, which the back-entry export reads to leave the
    // observation out.
    QJsonObject provenanceJson = provenance(who, {});
    provenanceJson.insert(QStringLiteral("sources"), sources);
    const QJsonObject data{{QStringLiteral("observationRecordId"), observationId},
                           {QStringLiteral("items"), stored},
                           {provenanceKey, provenanceJson}};
    auto written = m_records.createInTransaction(FhirImporter::vitalSignsKind(), who.patientId, data, at);
    if (!written) {
        return written.error();
    }
    (*keys)->insert(key);
    ++m_report
          .imported[observationId.isEmpty() ? QStringLiteral("vital_sign") : QStringLiteral("observation")];
    return {};
}

Status ImportRun::fillAllergies(const QString& patientId, const QList<const ClinicalItem*>& allergies)
{
    auto p = m_patients.find(patientId);
    if (!p) {
        return p.error();
    }
    if (!p->allergies.isEmpty()) {
        return {};
    }
    QStringList texts;
    bool noKnownAllergy = false;
    for (const ClinicalItem* item : allergies) {
        if (item->data.value(QStringLiteral("noKnownAllergy")).toBool()) {
            noKnownAllergy = true;
            continue;
        }
        const QString text = item->data.value(QStringLiteral("text")).toString().trimmed();
        if (!text.isEmpty() && !texts.contains(text)) {
            texts << text;
        }
    }
    if (texts.isEmpty() && !noKnownAllergy) {
        return {};
    }
    return m_patients.setAllergies(patientId, texts.isEmpty() ? QStringLiteral("none")
                                                              : texts.join(QStringLiteral("; ")));
}

} // namespace

Result<FhirImportReport> FhirImporter::importSnapshot(const Snapshot& snapshot,
                                                      const FhirImportOptions& options)
{
    if (auto st = m_ws.require(Permission::ImportData); !st) {
        return st.error();
    }
    if (auto st = m_ws.require(Permission::RecordCare); !st) {
        return st.error();
    }
    // All or nothing: any failure returns before commit and the transaction rolls back; a dry
    // run is the same work rolled back, so its report is exactly what an import would do.
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto report = ImportRun(m_ws, m_forms, snapshot, options).run();
    if (!report) {
        return report.error();
    }
    if (options.dryRun) {
        tx->rollback();
        return report;
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace wp::fhirimport
