#include "FhirBundleBuilder.h"

#include "AppointmentBuilder.h"
#include "FhirJson.h"
#include "OrderResourceBuilder.h"
#include "RecordAdapter.h"
#include "clinical/News2.h"
#include "foundation/Clock.h"

#include <QRegularExpression>
#include <QUuid>

namespace wp::fhir {

namespace {

// Namespace of the name-based UUIDs of WhitePlan's FHIR resources.
const QUuid resourceNamespace(QStringLiteral("6f1d6f8e-8a8e-4b59-9a52-4f7c1f0b6a11"));

QJsonObject quantity(double value, const QString& unit, const QString& code)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), systems::ucum()},
            {QStringLiteral("code"), code}};
}

// "WARD/BED": the form the FHIR import reads back from a display (a space cannot separate them:
// ward codes and bed labels may hold spaces), so an export imported on a fresh laptop keeps beds.
QString locationText(const QString& ward, const QString& bed)
{
    return bed.isEmpty() ? ward : ward + QLatin1Char('/') + bed;
}

QDateTime when(const RecordVersion& v)
{
    return v.occurredAt.isValid() ? v.occurredAt : v.createdAt;
}

} // namespace

QString FhirBundleBuilder::fullUrl(const QString& recordId, const QString& part)
{
    const QUuid id = QUuid::createUuidV5(resourceNamespace, recordId + QLatin1Char('/') + part);
    return QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces);
}

QString FhirBundleBuilder::add(const QString& patientId, QJsonObject resource, const QString& url,
                               const QString& ifNoneExist)
{
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    QJsonObject request{{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("url"), type}};
    if (!ifNoneExist.isEmpty()) {
        request.insert(QStringLiteral("ifNoneExist"), ifNoneExist);
    }
    m_entries.append(QJsonObject{{QStringLiteral("fullUrl"), url},
                                 {QStringLiteral("resource"), resource},
                                 {QStringLiteral("request"), request}});
    if (patientId.isEmpty()) {
        ++m_result.theatreCounts[type];
    } else {
        ++m_result.countsByPatient[patientId][type];
    }
    ++m_result.totals[type];
    return url;
}

void FhirBundleBuilder::addPatient(const PatientRecords& pr)
{
    const Patient& p = pr.patient;
    QJsonArray identifiers{QJsonObject{
        {QStringLiteral("use"), QStringLiteral("temp")},
        {QStringLiteral("type"), FhirJson::codeableConcept({}, tr("Downtime number (WhitePlan)"))},
        {QStringLiteral("system"), systems::downtimeNumber()},
        {QStringLiteral("value"), p.downtimeNumber}}};
    if (!p.ipp.isEmpty()) {
        identifiers.append(QJsonObject{
            {QStringLiteral("use"), QStringLiteral("official")},
            {QStringLiteral("type"),
             FhirJson::codeableConcept(
                 {FhirJson::coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203"),
                                   QStringLiteral("PI"), QStringLiteral("Patient internal identifier"))})},
            {QStringLiteral("system"), m_ippSystem},
            {QStringLiteral("value"), p.ipp}});
    }
    if (!p.ins.isEmpty()) {
        identifiers.append(QJsonObject{
            {QStringLiteral("use"), QStringLiteral("official")},
            {QStringLiteral("type"),
             FhirJson::codeableConcept({FhirJson::coding(QStringLiteral("urn:oid:1.2.250.1.213.1.4.8"),
                                                         QStringLiteral("INS-NIR"), QStringLiteral("NIR"))})},
            {QStringLiteral("system"), systems::insNir()},
            {QStringLiteral("value"), p.ins}});
    }
    QJsonArray names{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                 {QStringLiteral("family"), p.birthName},
                                 {QStringLiteral("given"), QJsonArray::fromStringList(p.firstNames.split(
                                                               QLatin1Char(' '), Qt::SkipEmptyParts))}}};
    if (!p.usedName.isEmpty()) {
        names.append(QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")},
                                 {QStringLiteral("family"), p.usedName}});
    }
    static const QMap<QString, QString> genders{{QStringLiteral("F"), QStringLiteral("female")},
                                                {QStringLiteral("M"), QStringLiteral("male")},
                                                {QStringLiteral("U"), QStringLiteral("unknown")}};
    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                        {QStringLiteral("meta"), FhirJson::downtimeMeta()},
                        {QStringLiteral("identifier"), identifiers},
                        {QStringLiteral("active"), pr.replacedBy.isEmpty()},
                        {QStringLiteral("name"), names},
                        {QStringLiteral("gender"), genders.value(p.sex, QStringLiteral("unknown"))}};
    if (p.birthDate.isValid()) {
        patient.insert(QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate));
    }
    for (const auto& m : pr.movements) {
        if (m.data.value(QStringLiteral("type")).toString() == QLatin1String("death")) {
            patient.insert(QStringLiteral("deceasedDateTime"), FhirJson::time(when(m)));
        }
    }
    QJsonArray links;
    if (!pr.replacedBy.isEmpty()) {
        links.append(QJsonObject{
            {QStringLiteral("other"), FhirJson::reference(fullUrl(pr.replacedBy, QStringLiteral("Patient")))},
            {QStringLiteral("type"), QStringLiteral("replaced-by")}});
    }
    for (const QString& other : pr.replaces) {
        links.append(QJsonObject{
            {QStringLiteral("other"), FhirJson::reference(fullUrl(other, QStringLiteral("Patient")))},
            {QStringLiteral("type"), QStringLiteral("replaces")}});
    }
    if (!links.isEmpty()) {
        patient.insert(QStringLiteral("link"), links);
    }
    const QString url =
        add(p.id, patient, fullUrl(p.id, QStringLiteral("Patient")),
            p.ipp.isEmpty() ? QString() : QStringLiteral("identifier=%1|%2").arg(m_ippSystem, p.ipp));
    if (!pr.identity.versionId.isEmpty()) {
        addProvenance(pr, pr.identity, {url});
    }
}

void FhirBundleBuilder::addEncounters(const PatientRecords& pr)
{
    const QString subject = fullUrl(pr.patient.id, QStringLiteral("Patient"));
    QJsonObject current;
    QString currentUrl;
    RecordVersion currentAdmit;
    QJsonArray locations;
    QList<RecordVersion> sources;
    auto closeLocation = [&](const QDateTime& at) {
        if (locations.isEmpty()) {
            return;
        }
        QJsonObject last = locations.last().toObject();
        QJsonObject period = last.value(QStringLiteral("period")).toObject();
        period.insert(QStringLiteral("end"), FhirJson::time(at));
        last.insert(QStringLiteral("period"), period);
        last.insert(QStringLiteral("status"), QStringLiteral("completed"));
        locations.replace(locations.size() - 1, last);
    };
    auto flush = [&] {
        if (current.isEmpty()) {
            return;
        }
        current.insert(QStringLiteral("location"), locations);
        add(pr.patient.id, current, currentUrl);
        QStringList targets{currentUrl};
        for (const auto& s : sources) {
            addProvenance(pr, s, targets);
        }
        current = {};
        locations = {};
        sources.clear();
    };
    for (const auto& m : pr.movements) {
        const QString type = m.data.value(QStringLiteral("type")).toString();
        const QDateTime at = when(m);
        const QString ward = RecordAdapter::text(m.data, {QStringLiteral("ward")});
        const QString bed = RecordAdapter::text(m.data, {QStringLiteral("bed")});
        if (type == QLatin1String("admit")) {
            if (!current.isEmpty()) {
                closeLocation(at);
                current.insert(QStringLiteral("status"), QStringLiteral("finished"));
                QJsonObject period = current.value(QStringLiteral("period")).toObject();
                period.insert(QStringLiteral("end"), FhirJson::time(at));
                current.insert(QStringLiteral("period"), period);
                flush();
            }
            currentUrl = fullUrl(m.recordId, QStringLiteral("Encounter"));
            current = QJsonObject{
                {QStringLiteral("resourceType"), QStringLiteral("Encounter")},
                {QStringLiteral("meta"), FhirJson::downtimeMeta()},
                {QStringLiteral("status"), QStringLiteral("in-progress")},
                {QStringLiteral("class"),
                 FhirJson::coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                                  QStringLiteral("IMP"), QStringLiteral("inpatient encounter"))},
                {QStringLiteral("subject"), FhirJson::reference(subject, pr.patient.displayName())},
                {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), FhirJson::time(at)}}}};
            const QString reason = RecordAdapter::text(m.data, {QStringLiteral("reason")});
            if (!reason.isEmpty()) {
                current.insert(QStringLiteral("reasonCode"),
                               QJsonArray{FhirJson::codeableConcept({}, reason)});
            }
            locations.append(QJsonObject{
                {QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("display"), locationText(ward, bed)}}},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), FhirJson::time(at)}}}});
            sources = {m};
        } else if (current.isEmpty()) {
            continue; // a movement with no admission here: listed on the checklist only
        } else if (type == QLatin1String("move")) {
            closeLocation(at);
            locations.append(QJsonObject{
                {QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("display"), locationText(ward, bed)}}},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), FhirJson::time(at)}}}});
            sources << m;
        } else if (type == QLatin1String("transfer") || type == QLatin1String("discharge") ||
                   type == QLatin1String("death")) {
            closeLocation(at);
            current.insert(QStringLiteral("status"), QStringLiteral("finished"));
            QJsonObject period = current.value(QStringLiteral("period")).toObject();
            period.insert(QStringLiteral("end"), FhirJson::time(at));
            current.insert(QStringLiteral("period"), period);
            QJsonObject hospitalization;
            const auto dispositions =
                QStringLiteral("http://terminology.hl7.org/CodeSystem/discharge-disposition");
            if (type == QLatin1String("transfer")) {
                hospitalization.insert(
                    QStringLiteral("destination"),
                    QJsonObject{{QStringLiteral("display"),
                                 RecordAdapter::text(m.data, {QStringLiteral("destination")})}});
                hospitalization.insert(QStringLiteral("dischargeDisposition"),
                                       FhirJson::codeableConcept(
                                           {FhirJson::coding(dispositions, QStringLiteral("other-hcf"),
                                                             QStringLiteral("Other healthcare facility"))}));
                const QString samu = RecordAdapter::text(m.data, {QStringLiteral("samu_number")});
                if (!samu.isEmpty()) {
                    current.insert(
                        QStringLiteral("identifier"),
                        QJsonArray{QJsonObject{{QStringLiteral("system"), systems::samuRegulation()},
                                               {QStringLiteral("value"), samu}}});
                }
            } else {
                const bool death = type == QLatin1String("death");
                hospitalization.insert(
                    QStringLiteral("dischargeDisposition"),
                    FhirJson::codeableConcept({FhirJson::coding(
                        dispositions, death ? QStringLiteral("exp") : QStringLiteral("home"),
                        death ? QStringLiteral("Expired") : QStringLiteral("Home"))}));
            }
            current.insert(QStringLiteral("hospitalization"), hospitalization);
            sources << m;
            flush();
        }
    }
    flush();
}

void FhirBundleBuilder::addAllergies(const PatientRecords& pr)
{
    const RecordVersion* last = nullptr;
    for (const auto& m : pr.movements) {
        if (m.data.value(QStringLiteral("type")).toString() == QLatin1String("allergies")) {
            last = &m;
        }
    }
    if (!last) {
        return;
    }
    const QString text = RecordAdapter::text(last->data, {QStringLiteral("allergies")});
    if (text.isEmpty()) {
        return;
    }
    const bool none = text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    QJsonObject allergy{
        {QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
        {QStringLiteral("meta"), FhirJson::downtimeMeta()},
        {QStringLiteral("clinicalStatus"),
         FhirJson::codeableConcept({FhirJson::coding(
             QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"),
             QStringLiteral("active"), QStringLiteral("Active"))})},
        {QStringLiteral("verificationStatus"),
         FhirJson::codeableConcept({FhirJson::coding(
             QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"),
             QStringLiteral("unconfirmed"), QStringLiteral("Unconfirmed"))})},
        {QStringLiteral("code"),
         none ? FhirJson::codeableConcept({FhirJson::coding(systems::snomed(), QStringLiteral("716186003"),
                                                            QStringLiteral("No known allergy"))})
              : FhirJson::codeableConcept({}, text)},
        {QStringLiteral("patient"), FhirJson::reference(fullUrl(pr.patient.id, QStringLiteral("Patient")))},
        {QStringLiteral("recordedDate"), FhirJson::time(last->createdAt)}};
    const QString url =
        add(pr.patient.id, allergy, fullUrl(last->recordId, QStringLiteral("AllergyIntolerance")));
    addProvenance(pr, *last, {url});
}

void FhirBundleBuilder::addObservations(const PatientRecords& pr, const RecordVersion& v)
{
    const clinical::News2Input in = RecordAdapter::vitals(v.data);
    const QString subject = fullUrl(pr.patient.id, QStringLiteral("Patient"));
    const QJsonArray vitalSigns{FhirJson::codeableConcept(
        {FhirJson::coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                          QStringLiteral("vital-signs"), QStringLiteral("Vital Signs"))})};
    QStringList targets;
    auto observation = [&](const QString& profile, const QJsonArray& codings, const QString& text) {
        return QJsonObject{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("meta"), FhirJson::downtimeMeta(profile)},
            {QStringLiteral("status"), v.version > 1 ? QStringLiteral("amended") : QStringLiteral("final")},
            {QStringLiteral("category"), vitalSigns},
            {QStringLiteral("code"), FhirJson::codeableConcept(codings, text)},
            {QStringLiteral("subject"), FhirJson::reference(subject)},
            {QStringLiteral("effectiveDateTime"), FhirJson::time(when(v))},
            {QStringLiteral("issued"), FhirJson::time(v.createdAt)}};
    };
    auto addVital = [&](const QString& part, const QString& profile, const QJsonArray& codings,
                        const QString& text, const QJsonObject& value) {
        QJsonObject o = observation(profile, codings, text);
        o.insert(QStringLiteral("valueQuantity"), value);
        targets << add(pr.patient.id, o, fullUrl(v.recordId, part));
    };
    const auto sd = QStringLiteral("http://hl7.org/fhir/StructureDefinition/");
    if (in.respirationRate) {
        addVital(QStringLiteral("resp"), sd + QStringLiteral("resprate"),
                 {FhirJson::coding(systems::loinc(), QStringLiteral("9279-1"),
                                   QStringLiteral("Respiratory rate"))},
                 tr("Respiratory rate"),
                 quantity(*in.respirationRate, QStringLiteral("breaths/minute"), QStringLiteral("/min")));
    }
    if (in.pulse) {
        addVital(QStringLiteral("hr"), sd + QStringLiteral("heartrate"),
                 {FhirJson::coding(systems::loinc(), QStringLiteral("8867-4"), QStringLiteral("Heart rate"))},
                 tr("Heart rate"),
                 quantity(*in.pulse, QStringLiteral("beats/minute"), QStringLiteral("/min")));
    }
    if (in.spo2) {
        addVital(QStringLiteral("spo2"), sd + QStringLiteral("oxygensat"),
                 {FhirJson::coding(systems::loinc(), QStringLiteral("2708-6"),
                                   QStringLiteral("Oxygen saturation in Arterial blood")),
                  FhirJson::coding(systems::loinc(), QStringLiteral("59408-5"),
                                   QStringLiteral("Oxygen saturation in Arterial blood by Pulse oximetry"))},
                 in.oxygen == clinical::OxygenSupply::Oxygen ? tr("SpO2 (on oxygen)") : tr("SpO2"),
                 quantity(*in.spo2, QStringLiteral("%"), QStringLiteral("%")));
    }
    if (in.temperature) {
        addVital(QStringLiteral("temp"), sd + QStringLiteral("bodytemp"),
                 {FhirJson::coding(systems::loinc(), QStringLiteral("8310-5"),
                                   QStringLiteral("Body temperature"))},
                 tr("Body temperature"),
                 quantity(*in.temperature, QStringLiteral("Cel"), QStringLiteral("Cel")));
    }
    const auto diastolic = RecordAdapter::diastolic(v.data);
    if (in.systolicBp || diastolic) {
        QJsonObject bp =
            observation(sd + QStringLiteral("bp"),
                        {FhirJson::coding(systems::loinc(), QStringLiteral("85354-9"),
                                          QStringLiteral("Blood pressure panel with all children optional"))},
                        tr("Blood pressure"));
        QJsonArray components;
        if (in.systolicBp) {
            components.append(QJsonObject{
                {QStringLiteral("code"),
                 FhirJson::codeableConcept({FhirJson::coding(systems::loinc(), QStringLiteral("8480-6"),
                                                             QStringLiteral("Systolic blood pressure"))})},
                {QStringLiteral("valueQuantity"),
                 quantity(*in.systolicBp, QStringLiteral("mmHg"), QStringLiteral("mm[Hg]"))}});
        }
        if (diastolic) {
            components.append(QJsonObject{
                {QStringLiteral("code"),
                 FhirJson::codeableConcept({FhirJson::coding(systems::loinc(), QStringLiteral("8462-4"),
                                                             QStringLiteral("Diastolic blood pressure"))})},
                {QStringLiteral("valueQuantity"),
                 quantity(*diastolic, QStringLiteral("mmHg"), QStringLiteral("mm[Hg]"))}});
        }
        bp.insert(QStringLiteral("component"), components);
        targets << add(pr.patient.id, bp, fullUrl(v.recordId, QStringLiteral("bp")));
    }
    if (in.consciousness) {
        QJsonObject acvpu = observation({},
                                        {FhirJson::coding(systems::loinc(), QStringLiteral("67775-7"),
                                                          QStringLiteral("Level of responsiveness"))},
                                        tr("Level of consciousness (ACVPU)"));
        acvpu.insert(QStringLiteral("valueCodeableConcept"),
                     FhirJson::codeableConcept({}, clinical::label(*in.consciousness)));
        targets << add(pr.patient.id, acvpu, fullUrl(v.recordId, QStringLiteral("acvpu")));
    }
    const clinical::News2Result news2 = clinical::News2::score(in);
    if (news2.total) {
        // NEWS2 has no LOINC code; SNOMED CT (UK edition) has one for the total score.
        QJsonObject score = observation(
            {},
            {FhirJson::coding(
                systems::snomed(), QStringLiteral("1104051000000101"),
                QStringLiteral(
                    "Royal College of Physicians National Early Warning Score 2 (NEWS2) total score"))},
            QStringLiteral("NEWS2"));
        score.insert(QStringLiteral("category"),
                     QJsonArray{FhirJson::codeableConcept({FhirJson::coding(
                         QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                         QStringLiteral("survey"), QStringLiteral("Survey"))})});
        score.insert(QStringLiteral("valueInteger"), *news2.total);
        score.insert(QStringLiteral("interpretation"),
                     QJsonArray{FhirJson::codeableConcept({}, clinical::label(news2.risk))});
        QJsonArray derived;
        for (const QString& t : targets) {
            derived.append(FhirJson::reference(t));
        }
        score.insert(QStringLiteral("derivedFrom"), derived);
        targets << add(pr.patient.id, score, fullUrl(v.recordId, QStringLiteral("news2")));
    }
    if (!targets.isEmpty()) {
        addProvenance(pr, v, targets);
    }
}

void FhirBundleBuilder::addNote(const PatientRecords& pr, const RecordVersion& v)
{
    // A transmission ciblée is a short clinical document written by a nurse: a
    // DocumentReference (LOINC "Nurse Note") keeps its text, author and both times,
    // and EHRs file it with the nursing notes. See docs/user-guide-recovery.md.
    const QString text = RecordAdapter::noteText(v.data);
    QJsonObject doc{
        {QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
        {QStringLiteral("meta"), FhirJson::downtimeMeta()},
        {QStringLiteral("status"), QStringLiteral("current")},
        {QStringLiteral("docStatus"), v.version > 1 ? QStringLiteral("amended") : QStringLiteral("final")},
        {QStringLiteral("type"),
         FhirJson::codeableConcept(
             {FhirJson::coding(systems::loinc(), QStringLiteral("34746-8"), QStringLiteral("Nurse Note"))})},
        {QStringLiteral("subject"), FhirJson::reference(fullUrl(pr.patient.id, QStringLiteral("Patient")))},
        {QStringLiteral("date"), FhirJson::time(v.createdAt)},
        {QStringLiteral("author"), QJsonArray{QJsonObject{{QStringLiteral("display"), v.createdBy}}}},
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{
             {QStringLiteral("attachment"),
              QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
                          {QStringLiteral("data"), QString::fromLatin1(text.toUtf8().toBase64())},
                          {QStringLiteral("title"), RecordAdapter::noteTarget(v.data)},
                          {QStringLiteral("creation"), FhirJson::time(when(v))}}}}}},
        {QStringLiteral("context"),
         QJsonObject{
             {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), FhirJson::time(when(v))}}}}}};
    const QString target = RecordAdapter::noteTarget(v.data);
    if (!target.isEmpty()) {
        doc.insert(QStringLiteral("description"), target);
    }
    addProvenance(pr, v, {add(pr.patient.id, doc, fullUrl(v.recordId, QStringLiteral("DocumentReference")))});
}

void FhirBundleBuilder::addMedication(const PatientRecords& pr, const RecordVersion& v)
{
    const MedicationGiven m = RecordAdapter::medication(v.data, when(v).date());
    static const QMap<QString, QString> statuses{{QStringLiteral("given"), QStringLiteral("completed")},
                                                 {QStringLiteral("held"), QStringLiteral("on-hold")},
                                                 {QStringLiteral("refused"), QStringLiteral("not-done")}};
    QJsonObject admin{
        {QStringLiteral("resourceType"), QStringLiteral("MedicationAdministration")},
        {QStringLiteral("meta"), FhirJson::downtimeMeta()},
        {QStringLiteral("status"), statuses.value(m.status, QStringLiteral("unknown"))},
        {QStringLiteral("medicationCodeableConcept"),
         FhirJson::codeableConcept({}, m.drug.isEmpty() ? tr("unknown drug") : m.drug)},
        {QStringLiteral("subject"), FhirJson::reference(fullUrl(pr.patient.id, QStringLiteral("Patient")))},
        {QStringLiteral("effectiveDateTime"), FhirJson::time(m.time.isValid() ? m.time : when(v))},
        {QStringLiteral("performer"),
         QJsonArray{
             QJsonObject{{QStringLiteral("actor"), QJsonObject{{QStringLiteral("display"), v.createdBy}}}}}}};
    if (m.status == QLatin1String("refused") || m.status == QLatin1String("held")) {
        admin.insert(QStringLiteral("statusReason"), QJsonArray{FhirJson::codeableConcept({}, m.status)});
    }
    static const QRegularExpression doseNumber(QStringLiteral("^\\s*([0-9]+(?:[.,][0-9]+)?)\\s*(.*)$"));
    const auto match = doseNumber.match(m.dose);
    if (match.hasMatch()) {
        QJsonObject dosage{
            {QStringLiteral("text"), QStringList{m.dose, m.route}.join(QLatin1Char(' ')).trimmed()},
            {QStringLiteral("dose"),
             QJsonObject{{QStringLiteral("value"),
                          match.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble()},
                         {QStringLiteral("unit"), match.captured(2).trimmed()}}}};
        if (!m.route.isEmpty()) {
            dosage.insert(QStringLiteral("route"), FhirJson::codeableConcept({}, m.route));
        }
        admin.insert(QStringLiteral("dosage"), dosage);
    } else if (!m.dose.isEmpty() || !m.route.isEmpty()) {
        admin.insert(QStringLiteral("note"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("text"), QStringList{m.dose, m.route}.join(QLatin1Char(' '))}}});
    }
    addProvenance(
        pr, v, {add(pr.patient.id, admin, fullUrl(v.recordId, QStringLiteral("MedicationAdministration")))});
}

void FhirBundleBuilder::addProvenance(const PatientRecords& pr, const RecordVersion& v,
                                      const QStringList& targets)
{
    FhirJson::ProvenanceSource source;
    source.occurred = when(v);
    source.recorded = v.createdAt;
    source.update = v.version > 1;
    source.author = QStringLiteral("%1 (%2)").arg(v.createdBy, v.device);
    source.activityText = tr("Recorded in WhitePlan during the IT downtime");
    source.entitySystem = QStringLiteral("urn:whiteplan:record-version");
    source.entityValue = v.versionId;
    add(pr.patient.id, FhirJson::provenance(targets, source),
        fullUrl(v.versionId, QStringLiteral("Provenance")));
}

FhirBundle FhirBundleBuilder::build(const QList<PatientRecords>& patients, const QDateTime& now,
                                    const QList<TheatreChange>& theatre, const OrderExport& orders)
{
    m_entries = {};
    m_result = {};
    for (const auto& pr : patients) {
        m_result.countsByPatient[pr.patient.id]; // every patient listed, even with nothing else
        addPatient(pr);
        addEncounters(pr);
        addAllergies(pr);
        for (const auto& v : pr.records) {
            if (v.kind == QLatin1String("observation")) {
                addObservations(pr, v);
            } else if (v.kind == QLatin1String("nursing_note")) {
                addNote(pr, v);
            } else if (v.kind == QLatin1String("medication_administration")) {
                addMedication(pr, v);
            }
            // Other forms (admission, prescription, fluid balance, transfer order) have no
            // faithful FHIR mapping yet: the checklist and CSV list them for manual entry.
        }
        const OrderResourceBuilder orderResources(orders.catalogue());
        for (const auto& o : orders.forPatient(pr.patient.id)) {
            for (const auto& e : orderResources.build(pr.patient, o)) {
                add(pr.patient.id, e.resource, e.fullUrl);
            }
        }
    }
    const AppointmentBuilder appointments(m_ippSystem);
    for (const auto& change : theatre) {
        for (const auto& e : appointments.build(change)) {
            add(e.patientId, e.resource, e.fullUrl);
        }
    }
    m_result.bundle = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                  {QStringLiteral("type"), QStringLiteral("transaction")},
                                  {QStringLiteral("timestamp"), FhirJson::time(now)},
                                  {QStringLiteral("meta"), FhirJson::downtimeMeta()},
                                  {QStringLiteral("entry"), m_entries}};
    return m_result;
}

} // namespace wp::fhir
