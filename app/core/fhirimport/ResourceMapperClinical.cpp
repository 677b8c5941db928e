// The clinical resources of ResourceMapper (allergies, problems, medications, observations,
// flags, consents, procedures, immunizations); patients and references are in ResourceMapper.cpp.
#include "ResourceMapper.h"

#include <QJsonArray>

namespace wp::fhirimport {

namespace {

// FHIR R4 clinicalStatus / verificationStatus are CodeableConcepts: their first coding's code.
QString statusOf(JsonFields& f, const QJsonObject& r, const QString& key, const QString& path)
{
    const QJsonObject cc = f.object(r, key, path);
    const QJsonArray codings = f.array(cc, QStringLiteral("coding"), JsonFields::join(path, key));
    for (int i = 0; i < codings.size(); ++i) {
        const QJsonObject c = codings.at(i).toObject();
        const QString code = c.value(QLatin1String("code")).toString();
        if (!code.isEmpty())
            return code;
    }
    return {};
}

// The first of several date-time fields present (effectiveDateTime, effectivePeriod.start…).
QDateTime firstTime(JsonFields& f, const QJsonObject& r, const QString& path, const QStringList& keys)
{
    for (const QString& key : keys) {
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        QDateTime t;
        if (dot > 0) {
            const QString outer = key.left(dot);
            t = f.dateTime(f.object(r, outer, path), key.mid(dot + 1), JsonFields::join(path, outer));
        } else {
            t = f.dateTime(r, key, path);
        }
        if (t.isValid())
            return t;
    }
    return {};
}

QJsonValue numberOrEmpty(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QString());
}

} // namespace

void ResourceMapper::mapAllergy(JsonFields& f, const QJsonObject& r, const QString& path,
                                const SourceRef& src)
{
    // Only active allergies are current; an absent clinicalStatus (allowed by R4) is taken, since
    // dropping an allergy of unknown status is the more dangerous mistake.
    const QString clinical = statusOf(f, r, QStringLiteral("clinicalStatus"), path);
    const QString verification = statusOf(f, r, QStringLiteral("verificationStatus"), path);
    if (verification == QLatin1String("entered-in-error") || verification == QLatin1String("refuted")) {
        skip(QStringLiteral("AllergyIntolerance (%1)").arg(verification));
        return;
    }
    if (!clinical.isEmpty() && clinical != QLatin1String("active")) {
        skip(QStringLiteral("AllergyIntolerance (%1)").arg(clinical));
        return;
    }
    const QString codePath = JsonFields::join(path, QStringLiteral("code"));
    const QJsonObject code = f.object(r, QStringLiteral("code"), path);
    QJsonObject data;
    data.insert(QStringLiteral("text"), conceptText(f, code, codePath));
    data.insert(QStringLiteral("criticality"), f.string(r, QStringLiteral("criticality"), path));
    QJsonArray reactions;
    const QString reactionPath = JsonFields::join(path, QStringLiteral("reaction"));
    const QJsonArray rs = f.array(r, QStringLiteral("reaction"), path);
    for (int i = 0; i < rs.size(); ++i) {
        const QString rp = JsonFields::index(reactionPath, i);
        const QJsonArray ms = f.array(f.element(rs, i, reactionPath), QStringLiteral("manifestation"), rp);
        const QString mp = JsonFields::join(rp, QStringLiteral("manifestation"));
        QStringList texts;
        for (int j = 0; j < ms.size(); ++j)
            texts.append(conceptText(f, f.element(ms, j, mp), JsonFields::index(mp, j)));
        const QString description = f.string(rs.at(i).toObject(), QStringLiteral("description"), rp);
        if (!description.isEmpty())
            texts.append(description);
        reactions.append(texts.join(QStringLiteral(", ")));
    }
    data.insert(QStringLiteral("reactions"), reactions);
    const bool none = hasCode(code, QStringLiteral("716186003")) ||
                      hasCode(code, QStringLiteral("409137002")) ||
                      hasCode(code, QStringLiteral("429625007"));
    data.insert(QStringLiteral("noKnownAllergy"), none);
    ClinicalItem item;
    item.kind = QStringLiteral("allergy");
    item.source = src;
    item.occurredAt =
        firstTime(f, r, path, {QStringLiteral("recordedDate"), QStringLiteral("onsetDateTime")});
    item.data = data;
    addItem(f, r, QStringLiteral("patient"), path, std::move(item));
}

void ResourceMapper::mapCondition(JsonFields& f, const QJsonObject& r, const QString& path,
                                  const SourceRef& src)
{
    const QString clinical = statusOf(f, r, QStringLiteral("clinicalStatus"), path);
    const QString verification = statusOf(f, r, QStringLiteral("verificationStatus"), path);
    if (verification == QLatin1String("entered-in-error") || verification == QLatin1String("refuted")) {
        skip(QStringLiteral("Condition (%1)").arg(verification));
        return;
    }
    if (!clinical.isEmpty() && clinical != QLatin1String("active") &&
        clinical != QLatin1String("recurrence") && clinical != QLatin1String("relapse")) {
        skip(QStringLiteral("Condition (%1)").arg(clinical));
        return;
    }
    QJsonObject data;
    data.insert(QStringLiteral("text"), conceptText(f, f.object(r, QStringLiteral("code"), path),
                                                    JsonFields::join(path, QStringLiteral("code"))));
    const QDateTime onset = f.dateTime(r, QStringLiteral("onsetDateTime"), path);
    data.insert(QStringLiteral("onset"), onset.isValid() ? onset.date().toString(Qt::ISODate) : QString());
    ClinicalItem item;
    item.kind = QStringLiteral("problem");
    item.source = src;
    item.occurredAt = onset.isValid() ? onset : f.dateTime(r, QStringLiteral("recordedDate"), path);
    item.data = data;
    addItem(f, r, QStringLiteral("subject"), path, std::move(item));
}

QJsonObject ResourceMapper::dosageData(JsonFields& f, const QJsonArray& dosages, const QString& path)
{
    QJsonObject data;
    QString dose, route, frequency, text;
    if (!dosages.isEmpty()) {
        const QString dp = JsonFields::index(path, 0);
        const QJsonObject d = f.element(dosages, 0, path);
        text = f.string(d, QStringLiteral("text"), dp);
        const QJsonArray rates = f.array(d, QStringLiteral("doseAndRate"), dp);
        if (!rates.isEmpty()) {
            const QString rp = JsonFields::join(dp, QStringLiteral("doseAndRate[0]"));
            const QJsonObject q =
                f.object(f.element(rates, 0, JsonFields::join(dp, QStringLiteral("doseAndRate"))),
                         QStringLiteral("doseQuantity"), rp);
            const QString qp = JsonFields::join(rp, QStringLiteral("doseQuantity"));
            const std::optional<double> value = f.number(q, QStringLiteral("value"), qp);
            QString unit = f.string(q, QStringLiteral("unit"), qp);
            if (unit.isEmpty())
                unit = f.string(q, QStringLiteral("code"), qp);
            if (value)
                dose = (QString::number(*value) + QLatin1Char(' ') + unit).trimmed();
        }
        route = conceptText(f, f.object(d, QStringLiteral("route"), dp),
                            JsonFields::join(dp, QStringLiteral("route")));
        const QString tp = JsonFields::join(dp, QStringLiteral("timing"));
        const QJsonObject timing = f.object(d, QStringLiteral("timing"), dp);
        const QJsonObject repeat = f.object(timing, QStringLiteral("repeat"), tp);
        const QString rpp = JsonFields::join(tp, QStringLiteral("repeat"));
        const std::optional<double> times = f.number(repeat, QStringLiteral("frequency"), rpp);
        const std::optional<double> period = f.number(repeat, QStringLiteral("period"), rpp);
        const QString unit = f.string(repeat, QStringLiteral("periodUnit"), rpp);
        if (times && period)
            frequency =
                QStringLiteral("%1 per %2 %3").arg(QString::number(*times), QString::number(*period), unit);
        else
            frequency = conceptText(f, f.object(timing, QStringLiteral("code"), tp),
                                    JsonFields::join(tp, QStringLiteral("code")));
    }
    data.insert(QStringLiteral("dose"), dose);
    data.insert(QStringLiteral("route"), route);
    data.insert(QStringLiteral("frequency"), frequency);
    data.insert(QStringLiteral("dosageText"), text);
    return data;
}

QString ResourceMapper::drugName(JsonFields& f, const QJsonObject& r, const QString& path)
{
    const QJsonObject cc = f.object(r, QStringLiteral("medicationCodeableConcept"), path);
    if (!cc.isEmpty())
        return conceptText(f, cc, JsonFields::join(path, QStringLiteral("medicationCodeableConcept")));
    return {};
}

void ResourceMapper::mapMedicationUse(JsonFields& f, const QJsonObject& r, const QString& path,
                                      const SourceRef& src)
{
    // Only active medications are current treatments; on-hold, stopped, completed… are counted.
    const bool statement = src.resourceType == QLatin1String("MedicationStatement");
    const QString status = f.string(r, QStringLiteral("status"), path);
    if (status != QLatin1String("active")) {
        skip(QStringLiteral("%1 (%2)").arg(src.resourceType, status));
        return;
    }
    const QString dosageKey = statement ? QStringLiteral("dosage") : QStringLiteral("dosageInstruction");
    QJsonObject data = dosageData(f, f.array(r, dosageKey, path), JsonFields::join(path, dosageKey));
    data.insert(QStringLiteral("drug"), drugName(f, r, path));
    data.insert(QStringLiteral("status"), status);
    data.insert(QStringLiteral("source"), src.resourceType);

    // A referenced Medication: contained (#id) now, others once every file has been read.
    const QString refPath = JsonFields::join(path, QStringLiteral("medicationReference"));
    const QJsonObject medRef = f.object(r, QStringLiteral("medicationReference"), path);
    const QString reference = f.string(medRef, QStringLiteral("reference"), refPath);
    const QString display = f.string(medRef, QStringLiteral("display"), refPath);
    bool pending = false;
    if (!reference.isEmpty() && reference.startsWith(QLatin1Char('#'))) {
        const QString cp = JsonFields::join(path, QStringLiteral("contained"));
        const QJsonArray contained = f.array(r, QStringLiteral("contained"), path);
        for (int i = 0; i < contained.size(); ++i) {
            const QJsonObject c = f.element(contained, i, cp);
            if (QLatin1Char('#') + c.value(QLatin1String("id")).toString() == reference)
                data.insert(QStringLiteral("drug"),
                            conceptText(f, f.object(c, QStringLiteral("code"), JsonFields::index(cp, i)),
                                        JsonFields::index(cp, i) + QStringLiteral(".code")));
        }
        if (data.value(QLatin1String("drug")).toString().isEmpty())
            data.insert(QStringLiteral("drug"), display);
    } else if (!reference.isEmpty()) {
        pending = true;
    } else if (data.value(QLatin1String("drug")).toString().isEmpty()) {
        data.insert(QStringLiteral("drug"), display);
    }
    ClinicalItem item;
    item.kind = QStringLiteral("medication");
    item.source = src;
    item.occurredAt =
        statement ? firstTime(f, r, path,
                              {QStringLiteral("effectiveDateTime"), QStringLiteral("effectivePeriod.start"),
                               QStringLiteral("dateAsserted")})
                  : f.dateTime(r, QStringLiteral("authoredOn"), path);
    item.data = data;
    const int index = addItem(f, r, QStringLiteral("subject"), path, std::move(item));
    if (index >= 0 && pending) {
        const Where& w = f.where();
        m_itemMedications.append({index, reference, w.file, w.text ? 0 : w.line, w.line,
                                  intern(JsonFields::join(refPath, QStringLiteral("reference")))});
    }
}

void ResourceMapper::mapObservation(JsonFields& f, const QJsonObject& r, const QString& path,
                                    const SourceRef& src)
{
    const QString status = f.string(r, QStringLiteral("status"), path);
    if (status == QLatin1String("entered-in-error") || status == QLatin1String("cancelled")) {
        skip(QStringLiteral("Observation (%1)").arg(status));
        return;
    }
    bool vital = false;
    QString category;
    const QString catPath = JsonFields::join(path, QStringLiteral("category"));
    const QJsonArray categories = f.array(r, QStringLiteral("category"), path);
    for (int i = 0; i < categories.size(); ++i) {
        const QJsonObject c = f.element(categories, i, catPath);
        if (hasCode(c, QStringLiteral("vital-signs")))
            vital = true;
        if (category.isEmpty())
            category = firstCode(c);
    }
    const QDateTime when =
        firstTime(f, r, path,
                  {QStringLiteral("effectiveDateTime"), QStringLiteral("effectivePeriod.start"),
                   QStringLiteral("effectiveInstant"), QStringLiteral("issued")});
    // The code and value of the Observation itself or of one component (same field names).
    const auto codeOf = [&](const QJsonObject& o, const QString& p, QString* text) {
        const QJsonObject code = f.object(o, QStringLiteral("code"), p);
        *text = conceptText(f, code, JsonFields::join(p, QStringLiteral("code")));
        const QJsonArray codings = code.value(QLatin1String("coding")).toArray();
        for (const QJsonValue& c : codings) {
            if (c.toObject().value(QLatin1String("system")).toString() == QLatin1String("http://loinc.org"))
                return c.toObject().value(QLatin1String("code")).toString();
        }
        return firstCode(code);
    };
    const auto quantityOf = [&](const QJsonObject& o, const QString& p, QString* unit) {
        const QJsonObject q = f.object(o, QStringLiteral("valueQuantity"), p);
        const QString qp = JsonFields::join(p, QStringLiteral("valueQuantity"));
        *unit = f.string(q, QStringLiteral("unit"), qp);
        if (unit->isEmpty())
            *unit = f.string(q, QStringLiteral("code"), qp);
        return f.number(q, QStringLiteral("value"), qp);
    };
    const auto newItem = [&](const QString& kind, QJsonObject data) {
        ClinicalItem item;
        item.kind = kind;
        item.source = src;
        item.occurredAt = when;
        item.data = std::move(data);
        return item;
    };

    if (vital) {
        // One item per Observation, or per component of a panel (blood pressure 85354-9).
        const QString compPath = JsonFields::join(path, QStringLiteral("component"));
        const QJsonArray components = f.array(r, QStringLiteral("component"), path);
        QList<std::pair<QJsonObject, QString>> parts;
        if (!components.isEmpty()) {
            for (int i = 0; i < components.size(); ++i)
                parts.append({f.element(components, i, compPath), JsonFields::index(compPath, i)});
        } else {
            parts.append({r, path});
        }
        int taken = 0;
        for (const auto& [o, p] : std::as_const(parts)) {
            QString text, unit;
            const QString loinc = codeOf(o, p, &text);
            const std::optional<double> value = quantityOf(o, p, &unit);
            if (!value || f.failed())
                continue;
            addItem(f, r, QStringLiteral("subject"), path,
                    newItem(QStringLiteral("vital_sign"), {{QStringLiteral("loinc"), loinc},
                                                           {QStringLiteral("text"), text},
                                                           {QStringLiteral("value"), *value},
                                                           {QStringLiteral("unit"), unit}}));
            ++taken;
        }
        if (taken == 0 && !f.failed())
            skip(QStringLiteral("Observation (no value)"));
        return;
    }

    QString text, unit;
    const QString code = codeOf(r, path, &text);
    QJsonValue value;
    if (const std::optional<double> n = quantityOf(r, path, &unit))
        value = *n;
    // Scores (NEWS2, Glasgow) come as valueInteger, as WhitePlan's own export writes them.
    else if (const std::optional<double> i = f.number(r, QStringLiteral("valueInteger"), path))
        value = *i;
    else if (const QString s = f.string(r, QStringLiteral("valueString"), path); !s.isEmpty())
        value = s;
    else if (const QJsonObject cc = f.object(r, QStringLiteral("valueCodeableConcept"), path); !cc.isEmpty())
        value = conceptText(f, cc, JsonFields::join(path, QStringLiteral("valueCodeableConcept")));
    else
        value = QString();
    std::optional<double> low, high;
    const QJsonArray ranges = f.array(r, QStringLiteral("referenceRange"), path);
    if (!ranges.isEmpty()) {
        const QString rp = JsonFields::join(path, QStringLiteral("referenceRange[0]"));
        const QJsonObject range =
            f.element(ranges, 0, JsonFields::join(path, QStringLiteral("referenceRange")));
        low = f.number(f.object(range, QStringLiteral("low"), rp), QStringLiteral("value"),
                       JsonFields::join(rp, QStringLiteral("low")));
        high = f.number(f.object(range, QStringLiteral("high"), rp), QStringLiteral("value"),
                        JsonFields::join(rp, QStringLiteral("high")));
    }
    QString interpretation;
    const QJsonArray interpretations = f.array(r, QStringLiteral("interpretation"), path);
    if (!interpretations.isEmpty())
        interpretation = conceptText(
            f, f.element(interpretations, 0, JsonFields::join(path, QStringLiteral("interpretation"))),
            JsonFields::join(path, QStringLiteral("interpretation[0]")));
    if (f.failed())
        return;
    addItem(f, r, QStringLiteral("subject"), path,
            newItem(QStringLiteral("result"), {{QStringLiteral("loinc"), code},
                                               {QStringLiteral("text"), text},
                                               {QStringLiteral("value"), value},
                                               {QStringLiteral("unit"), unit},
                                               {QStringLiteral("low"), numberOrEmpty(low)},
                                               {QStringLiteral("high"), numberOrEmpty(high)},
                                               {QStringLiteral("interpretation"), interpretation},
                                               {QStringLiteral("category"), category}}));
}

bool ResourceMapper::isCodeStatus(const QString& text, const QJsonObject& code)
{
    // A Flag carries a code status when it is coded as one (LOINC 100823-8 "Resuscitation
    // status", SNOMED CT 304253006 "Not for resuscitation", 450476008 "Not for attempted
    // cardiopulmonary resuscitation") or when its text says so, in English or in French.
    if (hasCode(code, QStringLiteral("100823-8")) || hasCode(code, QStringLiteral("304253006")) ||
        hasCode(code, QStringLiteral("450476008")))
        return true;
    const QString t = text.toLower();
    static const QStringList words = {QStringLiteral("dnr"),
                                      QStringLiteral("do not resuscitate"),
                                      QStringLiteral("not for resuscitation"),
                                      QStringLiteral("code status"),
                                      QStringLiteral("limitation of treatment"),
                                      QStringLiteral("resuscitation status"),
                                      QStringLiteral("limitation des thérapeutiques"),
                                      QStringLiteral("ne pas réanimer")};
    for (const QString& w : words) {
        if (t.contains(w))
            return true;
    }
    return false;
}

void ResourceMapper::mapFlag(JsonFields& f, const QJsonObject& r, const QString& path, const SourceRef& src)
{
    const QString status = f.string(r, QStringLiteral("status"), path);
    if (status != QLatin1String("active")) {
        skip(QStringLiteral("Flag (%1)").arg(status));
        return;
    }
    const QJsonObject code = f.object(r, QStringLiteral("code"), path);
    const QString text = conceptText(f, code, JsonFields::join(path, QStringLiteral("code")));
    ClinicalItem item;
    item.kind = isCodeStatus(text, code) ? QStringLiteral("code_status") : QStringLiteral("alert");
    item.source = src;
    item.occurredAt = firstTime(f, r, path, {QStringLiteral("period.start")});
    item.data = {{QStringLiteral("text"), text}};
    addItem(f, r, QStringLiteral("subject"), path, std::move(item));
}

void ResourceMapper::mapConsent(JsonFields& f, const QJsonObject& r, const QString& path,
                                const SourceRef& src)
{
    // A Consent is a code status when its scope or a category is "adr" (advance directive) or a
    // provision is coded as one; other consents (privacy, treatment) are not imported.
    const QString status = f.string(r, QStringLiteral("status"), path);
    const QJsonObject scope = f.object(r, QStringLiteral("scope"), path);
    bool advance = hasCode(scope, QStringLiteral("adr"));
    QString text;
    const QJsonArray categories = f.array(r, QStringLiteral("category"), path);
    for (int i = 0; i < categories.size(); ++i) {
        const QJsonObject c = f.element(categories, i, JsonFields::join(path, QStringLiteral("category")));
        if (hasCode(c, QStringLiteral("adr")) || hasCode(c, QStringLiteral("acd")))
            advance = true;
    }
    const QJsonObject provision = f.object(r, QStringLiteral("provision"), path);
    const QJsonArray codes =
        f.array(provision, QStringLiteral("code"), JsonFields::join(path, QStringLiteral("provision")));
    for (int i = 0; i < codes.size(); ++i) {
        const QJsonObject c = codes.at(i).toObject();
        const QString t =
            conceptText(f, c, JsonFields::index(JsonFields::join(path, QStringLiteral("provision.code")), i));
        if (isCodeStatus(t, c)) {
            advance = true;
            text = t;
        }
    }
    if (!advance || f.failed()) {
        skip(QStringLiteral("Consent"));
        return;
    }
    if (status != QLatin1String("active")) {
        skip(QStringLiteral("Consent (%1)").arg(status));
        return;
    }
    if (text.isEmpty()) {
        const QJsonObject policy = f.object(r, QStringLiteral("policyRule"), path);
        text = conceptText(f, policy, JsonFields::join(path, QStringLiteral("policyRule")));
    }
    if (text.isEmpty() && !categories.isEmpty())
        text = conceptText(f, categories.at(0).toObject(),
                           JsonFields::join(path, QStringLiteral("category[0]")));
    ClinicalItem item;
    item.kind = QStringLiteral("code_status");
    item.source = src;
    item.occurredAt = f.dateTime(r, QStringLiteral("dateTime"), path);
    item.data = {{QStringLiteral("text"), text}};
    addItem(f, r, QStringLiteral("patient"), path, std::move(item));
}

void ResourceMapper::mapHistory(JsonFields& f, const QJsonObject& r, const QString& path,
                                const SourceRef& src, const QString& kind)
{
    const bool procedure = kind == QLatin1String("procedure");
    const QString status = f.string(r, QStringLiteral("status"), path);
    if (status == QLatin1String("entered-in-error") || status == QLatin1String("not-done") ||
        status == QLatin1String("preparation")) {
        skip(QStringLiteral("%1 (%2)").arg(src.resourceType, status));
        return;
    }
    const QString codeKey = procedure ? QStringLiteral("code") : QStringLiteral("vaccineCode");
    ClinicalItem item;
    item.kind = kind;
    item.source = src;
    item.occurredAt =
        procedure ? firstTime(f, r, path,
                              {QStringLiteral("performedDateTime"), QStringLiteral("performedPeriod.start")})
                  : f.dateTime(r, QStringLiteral("occurrenceDateTime"), path);
    item.data = {
        {QStringLiteral("text"), conceptText(f, f.object(r, codeKey, path), JsonFields::join(path, codeKey))},
        {QStringLiteral("date"),
         item.occurredAt.isValid() ? item.occurredAt.date().toString(Qt::ISODate) : QString()}};
    addItem(f, r, procedure ? QStringLiteral("subject") : QStringLiteral("patient"), path, std::move(item));
}

} // namespace wp::fhirimport
