#include "ResourceMapper.h"

#include "JsonLocator.h"

#include <QFile>

namespace wp::fhirimport {

namespace {

const QString insSystem = QStringLiteral("urn:oid:1.2.250.1.213.1.4.8");

QString telecomText(JsonFields& f, const QJsonArray& telecom, const QString& path)
{
    QStringList parts;
    for (int i = 0; i < telecom.size(); ++i) {
        const QString p = JsonFields::index(path, i);
        const QJsonObject t = f.element(telecom, i, path);
        const QString value = f.string(t, QStringLiteral("value"), p);
        if (value.isEmpty())
            continue;
        const QString system = f.string(t, QStringLiteral("system"), p);
        parts.append(system.isEmpty() ? value : system + QStringLiteral(": ") + value);
    }
    return parts.join(QStringLiteral("; "));
}

// Given names of a HumanName, space-separated; the first is the usual one.
QString givenNames(JsonFields& f, const QJsonObject& name, const QString& path)
{
    const QString p = JsonFields::join(path, QStringLiteral("given"));
    const QJsonArray given = f.array(name, QStringLiteral("given"), path);
    QStringList names;
    for (int i = 0; i < given.size(); ++i) {
        if (!given.at(i).isString()) {
            f.fail(JsonFields::index(p, i), JsonFields::tr("each given name must be a string, not %1.")
                                                .arg(JsonFields::describe(given.at(i))));
            return {};
        }
        names.append(given.at(i).toString());
    }
    return names.join(QLatin1Char(' '));
}

} // namespace

QString ResourceMapper::conceptText(JsonFields& f, const QJsonObject& cc, const QString& path)
{
    const QString text = f.string(cc, QStringLiteral("text"), path);
    if (!text.isEmpty())
        return text;
    const QJsonArray codings = f.array(cc, QStringLiteral("coding"), path);
    for (int i = 0; i < codings.size(); ++i) {
        const QString p = JsonFields::index(JsonFields::join(path, QStringLiteral("coding")), i);
        const QJsonObject c = codings.at(i).toObject();
        const QString display = f.string(c, QStringLiteral("display"), p);
        if (!display.isEmpty())
            return display;
    }
    return codings.isEmpty() ? QString() : codings.at(0).toObject().value(QLatin1String("code")).toString();
}

bool ResourceMapper::hasCode(const QJsonObject& cc, const QString& code)
{
    const QJsonArray codings = cc.value(QLatin1String("coding")).toArray();
    for (const QJsonValue& c : codings) {
        if (c.toObject().value(QLatin1String("code")).toString() == code)
            return true;
    }
    return false;
}

QString ResourceMapper::firstCode(const QJsonObject& cc)
{
    const QJsonArray codings = cc.value(QLatin1String("coding")).toArray();
    return codings.isEmpty() ? QString() : codings.at(0).toObject().value(QLatin1String("code")).toString();
}

QString ResourceMapper::referenceOf(JsonFields& f, const QJsonObject& r, const QString& key,
                                    const QString& path)
{
    const QJsonObject ref = f.object(r, key, path);
    return f.string(ref, QStringLiteral("reference"), JsonFields::join(path, key));
}

Status ResourceMapper::map(const QJsonObject& r, const Where& where, const QString& path,
                           const QString& fullUrl)
{
    JsonFields f(where);
    const QJsonValue type = r.value(QLatin1String("resourceType"));
    if (type.isUndefined() || type.isNull()) {
        f.fail(path.isEmpty() ? QStringLiteral("resourceType") : path,
               tr("the resource has no resourceType: it is not a FHIR R4 resource."));
        return f.error();
    }
    const QString resourceType = f.string(r, QStringLiteral("resourceType"), path);
    SourceRef src;
    src.file = where.file;
    src.line = where.line;
    src.resourceType = intern(resourceType);
    src.resourceId = f.string(r, QStringLiteral("id"), path);
    const QJsonObject meta = f.object(r, QStringLiteral("meta"), path);
    src.lastUpdated =
        f.dateTime(meta, QStringLiteral("lastUpdated"), JsonFields::join(path, QStringLiteral("meta")));
    if (src.lastUpdated.isValid() &&
        (!m_newestLastUpdated.isValid() || src.lastUpdated > m_newestLastUpdated))
        m_newestLastUpdated = src.lastUpdated;
    if (f.failed())
        return f.error();

    if (resourceType == QLatin1String("Patient"))
        mapPatient(f, r, path, fullUrl, src);
    else if (resourceType == QLatin1String("Encounter"))
        mapEncounter(f, r, path, src);
    else if (resourceType == QLatin1String("Location"))
        mapLocation(f, r, path, fullUrl);
    else if (resourceType == QLatin1String("Medication"))
        mapMedication(f, r, path, fullUrl);
    else if (resourceType == QLatin1String("AllergyIntolerance"))
        mapAllergy(f, r, path, src);
    else if (resourceType == QLatin1String("Condition"))
        mapCondition(f, r, path, src);
    else if (resourceType == QLatin1String("MedicationStatement") ||
             resourceType == QLatin1String("MedicationRequest"))
        mapMedicationUse(f, r, path, src);
    else if (resourceType == QLatin1String("Observation"))
        mapObservation(f, r, path, src);
    else if (resourceType == QLatin1String("Flag"))
        mapFlag(f, r, path, src);
    else if (resourceType == QLatin1String("Consent"))
        mapConsent(f, r, path, src);
    else if (resourceType == QLatin1String("Procedure"))
        mapHistory(f, r, path, src, QStringLiteral("procedure"));
    else if (resourceType == QLatin1String("Immunization"))
        mapHistory(f, r, path, src, QStringLiteral("immunization"));
    else
        skip(resourceType);
    if (f.failed())
        return f.error();
    return {};
}

void ResourceMapper::mapPatient(JsonFields& f, const QJsonObject& r, const QString& path,
                                const QString& fullUrl, const SourceRef& src)
{
    PatientRecord p;
    p.source = src;
    const QString idPath = JsonFields::join(path, QStringLiteral("identifier"));
    const QJsonArray ids = f.array(r, QStringLiteral("identifier"), path);
    for (int i = 0; i < ids.size(); ++i) {
        const QString ip = JsonFields::index(idPath, i);
        const QJsonObject o = f.element(ids, i, idPath);
        const QString system = f.string(o, QStringLiteral("system"), ip);
        const QString value = f.string(o, QStringLiteral("value"), ip);
        if (value.isEmpty())
            continue;
        if (!m_ippSystem.isEmpty() && system == m_ippSystem && p.ipp.isEmpty())
            p.ipp = value;
        else if (system == insSystem && p.ins.isEmpty())
            p.ins = value;
        else
            p.otherIdentifiers.append({system, value});
    }

    // The official name is the birth name; a usual name with another family name is the used name.
    const QString namePath = JsonFields::join(path, QStringLiteral("name"));
    const QJsonArray names = f.array(r, QStringLiteral("name"), path);
    int official = -1;
    int usual = -1;
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject n = f.element(names, i, namePath);
        const QString use = f.string(n, QStringLiteral("use"), JsonFields::index(namePath, i));
        if (use == QLatin1String("official") && official < 0)
            official = i;
        else if (use == QLatin1String("usual") && usual < 0)
            usual = i;
    }
    if (official < 0 && !names.isEmpty())
        official = usual >= 0 ? usual : 0;
    if (official >= 0) {
        const QString np = JsonFields::index(namePath, official);
        const QJsonObject n = names.at(official).toObject();
        p.birthName = f.string(n, QStringLiteral("family"), np);
        p.firstNames = givenNames(f, n, np);
    }
    if (usual >= 0 && usual != official) {
        const QString np = JsonFields::index(namePath, usual);
        const QJsonObject n = names.at(usual).toObject();
        const QString family = f.string(n, QStringLiteral("family"), np);
        if (family != p.birthName)
            p.usedName = family;
        if (p.firstNames.isEmpty())
            p.firstNames = givenNames(f, n, np);
    }

    p.birthDate = f.date(r, QStringLiteral("birthDate"), path);
    const QString gender = f.string(r, QStringLiteral("gender"), path);
    p.sex = gender == QLatin1String("female") ? QStringLiteral("F")
            : gender == QLatin1String("male") ? QStringLiteral("M")
                                              : QStringLiteral("U");

    const QString telecom = telecomText(f, f.array(r, QStringLiteral("telecom"), path),
                                        JsonFields::join(path, QStringLiteral("telecom")));
    if (!telecom.isEmpty())
        p.telecom = telecom.split(QStringLiteral("; "));

    const QString contactPath = JsonFields::join(path, QStringLiteral("contact"));
    const QJsonArray contacts = f.array(r, QStringLiteral("contact"), path);
    for (int i = 0; i < contacts.size(); ++i) {
        const QString cp = JsonFields::index(contactPath, i);
        const QJsonObject c = f.element(contacts, i, contactPath);
        Contact contact;
        const QJsonObject name = f.object(c, QStringLiteral("name"), cp);
        const QString np = JsonFields::join(cp, QStringLiteral("name"));
        contact.name = f.string(name, QStringLiteral("text"), np);
        if (contact.name.isEmpty())
            contact.name = QStringList{givenNames(f, name, np), f.string(name, QStringLiteral("family"), np)}
                               .join(QLatin1Char(' '))
                               .trimmed();
        const QJsonArray rel = f.array(c, QStringLiteral("relationship"), cp);
        if (!rel.isEmpty())
            contact.relationship =
                conceptText(f, f.element(rel, 0, JsonFields::join(cp, QStringLiteral("relationship"))),
                            JsonFields::join(cp, QStringLiteral("relationship[0]")));
        contact.telecom = telecomText(f, f.array(c, QStringLiteral("telecom"), cp),
                                      JsonFields::join(cp, QStringLiteral("telecom")));
        p.contacts.append(contact);
    }
    if (f.failed())
        return;

    p.key = !src.resourceId.isEmpty() ? QStringLiteral("Patient/") + src.resourceId
            : !fullUrl.isEmpty()      ? fullUrl
                                      : QStringLiteral("%1#%2").arg(src.file).arg(src.line);
    if (m_patients.find(p.key)) {
        skip(QStringLiteral("Patient (duplicate)"));
        return;
    }
    m_patients.add(src.resourceId, fullUrl, p.key);
    m_snapshot.patients.append(std::move(p));
}

void ResourceMapper::mapEncounter(JsonFields& f, const QJsonObject& r, const QString& path,
                                  const SourceRef& src)
{
    const QString status = f.string(r, QStringLiteral("status"), path);
    if (status != QLatin1String("in-progress")) {
        skip(QStringLiteral("Encounter (%1)").arg(status));
        return;
    }
    const QString subject = referenceOf(f, r, QStringLiteral("subject"), path);
    if (subject.isEmpty()) {
        skip(QStringLiteral("Encounter (no patient)"));
        return;
    }
    EncounterRecord e;
    e.source = src;
    e.patientKey = subject;
    const QJsonObject period = f.object(r, QStringLiteral("period"), path);
    e.admittedAt =
        f.dateTime(period, QStringLiteral("start"), JsonFields::join(path, QStringLiteral("period")));
    const QJsonArray reasons = f.array(r, QStringLiteral("reasonCode"), path);
    if (!reasons.isEmpty())
        e.reason = conceptText(f, f.element(reasons, 0, JsonFields::join(path, QStringLiteral("reasonCode"))),
                               JsonFields::join(path, QStringLiteral("reasonCode[0]")));
    const int index = int(m_snapshot.encounters.size());
    const QString locPath = JsonFields::join(path, QStringLiteral("location"));
    const QJsonArray locations = f.array(r, QStringLiteral("location"), path);
    for (int i = 0; i < locations.size(); ++i) {
        const QString lp = JsonFields::index(locPath, i);
        const QJsonObject l = f.element(locations, i, locPath);
        const QJsonObject ref = f.object(l, QStringLiteral("location"), lp);
        const QString rp = JsonFields::join(lp, QStringLiteral("location"));
        const QString reference = f.string(ref, QStringLiteral("reference"), rp);
        const QString display = f.string(ref, QStringLiteral("display"), rp);
        // A completed location is one the patient has left (the bed before a move): the first
        // location still held gives the ward and bed.
        if (f.string(l, QStringLiteral("status"), lp) == QLatin1String("completed"))
            continue;
        m_encounterLocations.append({index, reference, display});
    }
    if (f.failed())
        return;
    const Where& w = f.where();
    m_encounterPatients.append({index, subject, w.file, w.text ? 0 : w.line, w.line,
                                JsonFields::join(path, QStringLiteral("subject.reference"))});
    m_snapshot.encounters.append(std::move(e));
}

void ResourceMapper::mapLocation(JsonFields& f, const QJsonObject& r, const QString& path,
                                 const QString& fullUrl)
{
    LocationInfo info;
    const QJsonArray ids = f.array(r, QStringLiteral("identifier"), path);
    if (!ids.isEmpty())
        info.code =
            f.string(f.element(ids, 0, JsonFields::join(path, QStringLiteral("identifier"))),
                     QStringLiteral("value"), JsonFields::join(path, QStringLiteral("identifier[0]")));
    info.name = f.string(r, QStringLiteral("name"), path);
    info.bed = hasCode(f.object(r, QStringLiteral("physicalType"), path), QStringLiteral("bd"));
    info.partOf = referenceOf(f, r, QStringLiteral("partOf"), path);
    if (!f.failed())
        m_locations.add(f.string(r, QStringLiteral("id"), path), fullUrl, info);
}

void ResourceMapper::mapMedication(JsonFields& f, const QJsonObject& r, const QString& path,
                                   const QString& fullUrl)
{
    const QString name = conceptText(f, f.object(r, QStringLiteral("code"), path),
                                     JsonFields::join(path, QStringLiteral("code")));
    if (!f.failed())
        m_medications.add(f.string(r, QStringLiteral("id"), path), fullUrl, name);
}

int ResourceMapper::addItem(JsonFields& f, const QJsonObject& r, const QString& key, const QString& path,
                            ClinicalItem item)
{
    const QString reference = referenceOf(f, r, key, path);
    const QString type = ReferenceIndex<QString>::typeOf(reference);
    if (f.failed())
        return -1;
    if (reference.isEmpty() || (!type.isEmpty() && type != QLatin1String("Patient"))) {
        // No patient to attach it to (a Group, a Device, or only an identifier): not an error.
        skip(QStringLiteral("%1 (no patient)").arg(item.source.resourceType));
        return -1;
    }
    item.patientKey = reference;
    const int index = int(m_snapshot.items.size());
    const Where& w = f.where();
    m_itemPatients.append(
        {index, w.text != nullptr, intern(JsonFields::join(path, key + QStringLiteral(".reference")))});
    m_snapshot.items.append(std::move(item));
    return index;
}

const QString& ResourceMapper::intern(const QString& s)
{
    auto it = m_strings.constFind(s);
    if (it == m_strings.cend())
        it = m_strings.insert(s, s);
    return it.value();
}

int ResourceMapper::lineOf(const Pending& p)
{
    if (p.line > 0)
        return p.line;
    QFile file(p.file);
    if (file.open(QIODevice::ReadOnly)) {
        const int line = JsonLocator::lineOf(file.readAll(), p.path.toUtf8());
        if (line > 0)
            return line;
    }
    return p.resourceLine;
}

Status ResourceMapper::finish()
{
    const auto unresolved = [](const Pending& p) {
        return Error(tr("%1, line %2, %3: reference %4 resolves to nothing.")
                         .arg(p.file)
                         .arg(lineOf(p))
                         .arg(p.path, p.reference),
                     Error::Code::InvalidInput);
    };
    for (const Pending& p : std::as_const(m_itemMedications)) {
        const QString* name = m_medications.find(p.reference);
        if (!name)
            return unresolved(p);
        m_snapshot.items[p.index].data.insert(QStringLiteral("drug"), *name);
    }
    for (const PendingItem& p : std::as_const(m_itemPatients)) {
        ClinicalItem& item = m_snapshot.items[p.index];
        const QString* key = m_patients.find(item.patientKey);
        if (!key)
            return unresolved({p.index, item.patientKey, item.source.file, p.inBundle ? 0 : item.source.line,
                               item.source.line, p.path});
        item.patientKey = *key;
    }
    for (const Pending& p : std::as_const(m_encounterPatients)) {
        const QString* key = m_patients.find(p.reference);
        if (!key)
            return unresolved(p);
        m_snapshot.encounters[p.index].patientKey = *key;
    }
    // Ward and bed: a bed Location gives the bed (and its partOf the ward); another gives the
    // ward. A Location not in the files falls back on its display, "WARD/BED" or "WARD".
    for (const EncounterLocation& l : std::as_const(m_encounterLocations)) {
        EncounterRecord& e = m_snapshot.encounters[l.encounter];
        const LocationInfo* info = l.reference.isEmpty() ? nullptr : m_locations.find(l.reference);
        if (!info) {
            const qsizetype slash = l.display.lastIndexOf(QLatin1Char('/'));
            if (slash >= 0) {
                if (e.wardCode.isEmpty())
                    e.wardCode = l.display.left(slash).trimmed();
                if (e.bed.isEmpty())
                    e.bed = l.display.mid(slash + 1).trimmed();
            } else if (e.wardCode.isEmpty()) {
                e.wardCode = l.display.trimmed();
            }
            continue;
        }
        const auto wardOf = [](const LocationInfo& i) {
            return i.code.isEmpty() ? i.name : i.code;
        };
        if (info->bed) {
            if (e.bed.isEmpty())
                e.bed = info->name.isEmpty() ? info->code : info->name;
            const LocationInfo* ward = info->partOf.isEmpty() ? nullptr : m_locations.find(info->partOf);
            if (ward && e.wardCode.isEmpty())
                e.wardCode = wardOf(*ward);
        } else if (e.wardCode.isEmpty()) {
            e.wardCode = wardOf(*info);
        }
    }
    m_itemMedications.clear();
    m_itemPatients.clear();
    m_encounterPatients.clear();
    m_encounterLocations.clear();
    return {};
}

} // namespace wp::fhirimport
