#include "OrderResourceBuilder.h"

#include "FhirBundle.h"
#include "FhirBundleBuilder.h"
#include "FhirJson.h"
#include "orders/OrderService.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace wp::fhir {

using orders::ImagingExam;
using orders::LabResult;
using orders::LabTest;
using orders::OrderEvent;
using orders::ResultFlag;

namespace {

const QString observationCategories =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString interpretations =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation");
const QString identifierTypes = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");

// FHIR strings may not be empty: a coding without a display leaves it out.
QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty()) {
        c.insert(QStringLiteral("display"), display);
    }
    return c;
}

QJsonObject codeable(const QJsonObject& c, const QString& text = {})
{
    return FhirJson::codeableConcept({c}, text);
}

QJsonObject textConcept(const QString& text)
{
    return FhirJson::codeableConcept({}, text);
}

QJsonObject actor(const QString& name)
{
    return QJsonObject{{QStringLiteral("display"), name}};
}

QJsonObject annotation(const QString& text, const QString& author = {}, const QDateTime& at = {})
{
    QJsonObject a{{QStringLiteral("text"), text}};
    if (!author.isEmpty()) {
        a.insert(QStringLiteral("authorString"), author);
    }
    if (at.isValid()) {
        a.insert(QStringLiteral("time"), FhirJson::time(at));
    }
    return a;
}

QJsonArray references(const QStringList& urls)
{
    QJsonArray out;
    for (const QString& u : urls) {
        out.append(FhirJson::reference(u));
    }
    return out;
}

QDateTime when(const RecordVersion& v)
{
    return v.occurredAt.isValid() ? v.occurredAt : v.createdAt;
}

QString interpretationDisplay(const QString& code)
{
    static const QMap<QString, QString> displays{{QStringLiteral("N"), QStringLiteral("Normal")},
                                                 {QStringLiteral("L"), QStringLiteral("Low")},
                                                 {QStringLiteral("H"), QStringLiteral("High")},
                                                 {QStringLiteral("LL"), QStringLiteral("Critical low")},
                                                 {QStringLiteral("HH"), QStringLiteral("Critical high")},
                                                 {QStringLiteral("A"), QStringLiteral("Abnormal")},
                                                 {QStringLiteral("AA"), QStringLiteral("Critical abnormal")}};
    return displays.value(code);
}

/// The resources of one order being assembled, and which record versions each came from.
struct Assembly
{
    const orders::Catalogue& catalogue;
    const Patient& patient;
    const OrderRecords& records;
    QString subject;
    QList<OrderResourceBuilder::Entry> entries;
    QHash<QString, QStringList> targets; // version id → resources made from it

    const orders::Order& order() const { return records.order; }
    bool imaging() const { return order().type == orders::OrderType::Imaging; }

    QString name(const QString& code) const
    {
        if (const LabTest* t = catalogue.test(code)) {
            return t->name.text();
        }
        if (const ImagingExam* x = catalogue.exam(code)) {
            return x->name.text();
        }
        return code;
    }

    QJsonObject code(const QString& test) const
    {
        if (const LabTest* t = catalogue.test(test)) {
            return codeable(coding(systems::loinc(), test, t->name.en), t->name.text());
        }
        if (const ImagingExam* x = catalogue.exam(test)) {
            return codeable(coding(OrderResourceBuilder::imagingExamSystem(), test, x->name.en),
                            x->name.text());
        }
        // A code the catalogue no longer lists: still the code that was ordered.
        return codeable(
            coding(imaging() ? OrderResourceBuilder::imagingExamSystem() : systems::loinc(), test, {}), test);
    }

    void add(const QJsonObject& resource, const QString& url, const QList<const RecordVersion*>& sources)
    {
        entries.append({resource, url});
        for (const RecordVersion* v : sources) {
            targets[v->versionId] << url;
        }
    }

    const RecordVersion* eventRecord(OrderEvent::Kind kind) const
    {
        const OrderEvent* e = order().event(kind);
        if (!e) {
            return nullptr;
        }
        for (const auto& v : records.events) {
            if (v.recordId == e->recordId) {
                return &v;
            }
        }
        return nullptr;
    }
};

/// A tube of the order: the tests taken in it, and what it holds.
struct Tube
{
    QString key;
    QString tube;
    QString specimen;
    QStringList tests;
};

QList<Tube> tubesOf(const Assembly& a)
{
    QList<Tube> tubes;
    if (a.imaging()) {
        return tubes;
    }
    for (const QString& code : a.order().tests) {
        const LabTest* t = a.catalogue.test(code);
        const QString tube = t ? t->tube : QString();
        const QString specimen = t ? t->specimen : QString();
        const QString key = tube + QLatin1Char('|') + specimen;
        auto it = std::find_if(tubes.begin(), tubes.end(), [&](const Tube& x) { return x.key == key; });
        if (it == tubes.end()) {
            tubes.append({key, tube, specimen, {code}});
        } else {
            it->tests << code;
        }
    }
    return tubes;
}

QString specimenUrl(const orders::Order& o, const Tube& t)
{
    return FhirBundleBuilder::fullUrl(o.recordId, QStringLiteral("Specimen/") + t.key);
}

QString describe(const Assembly& a, const LabResult& r)
{
    QString text = a.name(r.test) + QLatin1Char(' ') + r.value;
    if (!r.unit.isEmpty()) {
        text += QLatin1Char(' ') + r.unit;
    }
    if (!orders::shortLabel(r.flag).isEmpty()) {
        text += QStringLiteral(" (%1)").arg(orders::shortLabel(r.flag));
    }
    return text;
}

} // namespace

QString OrderResourceBuilder::ucumCode(const QString& unit)
{
    static const QMap<QString, QString> codes{{QStringLiteral("mmol/l"), QStringLiteral("mmol/L")},
                                              {QStringLiteral("umol/l"), QStringLiteral("umol/L")},
                                              {QStringLiteral("nmol/l"), QStringLiteral("nmol/L")},
                                              {QStringLiteral("g/l"), QStringLiteral("g/L")},
                                              {QStringLiteral("g/dl"), QStringLiteral("g/dL")},
                                              {QStringLiteral("mg/l"), QStringLiteral("mg/L")},
                                              {QStringLiteral("mg/dl"), QStringLiteral("mg/dL")},
                                              {QStringLiteral("ng/l"), QStringLiteral("ng/L")},
                                              {QStringLiteral("ng/ml"), QStringLiteral("ng/mL")},
                                              {QStringLiteral("u/l"), QStringLiteral("U/L")},
                                              {QStringLiteral("iu/l"), QStringLiteral("[IU]/L")},
                                              {QStringLiteral("mmhg"), QStringLiteral("mm[Hg]")},
                                              {QStringLiteral("kpa"), QStringLiteral("kPa")},
                                              {QStringLiteral("inr"), QStringLiteral("{INR}")},
                                              {QStringLiteral("ph"), QStringLiteral("[pH]")},
                                              {QStringLiteral("%"), QStringLiteral("%")},
                                              {QStringLiteral("s"), QStringLiteral("s")},
                                              {QStringLiteral("fl"), QStringLiteral("fL")},
                                              {QStringLiteral("pg"), QStringLiteral("pg")},
                                              {QStringLiteral("ml/min"), QStringLiteral("mL/min")},
                                              // "G/L" (giga per litre) is the French way of writing 10^9/L.
                                              {QStringLiteral("G/L"), QStringLiteral("10*9/L")},
                                              {QStringLiteral("T/L"), QStringLiteral("10*12/L")}};
    QString u = unit.trimmed();
    u.replace(QChar(0x00B5), QLatin1Char('u')).replace(QChar(0x03BC), QLatin1Char('u'));
    // G/L and g/L differ only by case: look the exact spelling up first.
    if (const auto exact = codes.constFind(u); exact != codes.constEnd()) {
        return *exact;
    }
    return codes.value(u.toLower());
}

QString OrderResourceBuilder::interpretationCode(ResultFlag flag)
{
    switch (flag) {
    case ResultFlag::Normal:
        return QStringLiteral("N");
    case ResultFlag::Low:
    case ResultFlag::High:
    case ResultFlag::CriticalLow:
    case ResultFlag::CriticalHigh:
    case ResultFlag::Abnormal:
    case ResultFlag::Critical:
        return orders::shortLabel(flag); // the v3 codes are the letters printed next to a value
    case ResultFlag::None:
        return {};
    }
    return {};
}

QString OrderResourceBuilder::serviceRequestUrl(const orders::Order& order, const QString& test)
{
    return FhirBundleBuilder::fullUrl(order.recordId, QStringLiteral("ServiceRequest/") + test);
}

QString OrderResourceBuilder::observationUrl(const QString& resultRecordId)
{
    return FhirBundleBuilder::fullUrl(resultRecordId, QStringLiteral("Observation"));
}

QString OrderResourceBuilder::diagnosticReportUrl(const orders::Order& order)
{
    return FhirBundleBuilder::fullUrl(order.recordId, QStringLiteral("DiagnosticReport"));
}

QList<OrderResourceBuilder::Entry> OrderResourceBuilder::build(const Patient& patient,
                                                               const OrderRecords& records) const
{
    Assembly a{m_catalogue, patient,
               records,     FhirBundleBuilder::fullUrl(patient.id, QStringLiteral("Patient")),
               {},          {}};
    const orders::Order& o = records.order;
    const bool cancelled = o.status == orders::OrderStatus::Cancelled;
    const RecordVersion* collected = a.eventRecord(OrderEvent::Kind::Collected);
    const RecordVersion* received = a.eventRecord(OrderEvent::Kind::Received);
    const RecordVersion* cancel = a.eventRecord(OrderEvent::Kind::Cancelled);
    const RecordVersion* acknowledged = a.eventRecord(OrderEvent::Kind::Acknowledged);
    const QList<Tube> tubes = tubesOf(a);
    // A specimen exists once it was taken (or the laboratory has it).
    const bool specimens = !tubes.isEmpty() && (collected || received);
    auto tubeOf = [&](const QString& test) -> const Tube* {
        for (const auto& t : tubes) {
            if (t.tests.contains(test)) {
                return &t;
            }
        }
        return nullptr;
    };
    QStringList requestUrls;
    for (const QString& test : o.tests) {
        requestUrls << serviceRequestUrl(o, test);
    }
    QStringList specimenUrls;
    if (specimens) {
        for (const auto& t : tubes) {
            specimenUrls << specimenUrl(o, t);
        }
    }
    const bool reported = !records.results.isEmpty();
    const QString reportUrl = diagnosticReportUrl(o);
    // A result of a test the order does not list (two laptops disagreeing) has no request to name.
    auto basedOn = [&](QJsonObject& resource, const QString& test) {
        if (o.tests.contains(test)) {
            resource.insert(QStringLiteral("basedOn"),
                            QJsonArray{FhirJson::reference(serviceRequestUrl(o, test))});
        }
    };

    // ServiceRequest: one per test. FHIR R4 has no place for "the other tests" of a request
    // (orderDetail qualifies how one service is done, it does not list more services), and a
    // laboratory system files each test as an orderable of its own; the tests ordered
    // together share the order number as `requisition`, the placer group number.
    const QJsonObject category =
        a.imaging()
            ? codeable(coding(systems::snomed(), QStringLiteral("363679005"), QStringLiteral("Imaging")))
            : codeable(coding(systems::snomed(), QStringLiteral("108252007"),
                              QStringLiteral("Laboratory procedure")));
    QJsonArray requestNotes;
    if (o.underProtocol) {
        requestNotes.append(annotation(tr("Ordered by a nurse under the catalogue's protocol.")));
    }
    for (const QString& code : o.requested) {
        if (const auto* p = m_catalogue.panel(code)) {
            requestNotes.append(annotation(tr("Requested as the panel %1 (%2).").arg(p->name.text(), code)));
        }
    }
    if (received && a.imaging()) {
        requestNotes.append(
            annotation(tr("Patient received in imaging."), received->createdBy, when(*received)));
    }
    if (cancel) {
        const QString reason = cancel->data.value(QStringLiteral("note")).toString();
        requestNotes.append(annotation(tr("Cancelled: %1").arg(reason), cancel->createdBy, when(*cancel)));
    }
    if (acknowledged) {
        const QString note = acknowledged->data.value(QStringLiteral("note")).toString();
        requestNotes.append(annotation(note.isEmpty()
                                           ? tr("Results acknowledged by a clinician.")
                                           : tr("Results acknowledged by a clinician: %1").arg(note),
                                       acknowledged->createdBy, when(*acknowledged)));
    }
    for (const QString& test : o.tests) {
        const QString status = cancelled        ? QStringLiteral("revoked")
                               : o.result(test) ? QStringLiteral("completed")
                                                : QStringLiteral("active");
        QJsonObject sr{
            {QStringLiteral("resourceType"), QStringLiteral("ServiceRequest")},
            {QStringLiteral("meta"), FhirJson::downtimeMeta()},
            {QStringLiteral("identifier"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("type"), codeable(coding(identifierTypes, QStringLiteral("PLAC"),
                                                                      QStringLiteral("Placer Identifier")))},
                             {QStringLiteral("system"), orderTestSystem()},
                             {QStringLiteral("value"), o.number + QLatin1Char('/') + test}}}},
            {QStringLiteral("requisition"),
             QJsonObject{{QStringLiteral("type"), codeable(coding(identifierTypes, QStringLiteral("PGN"),
                                                                  QStringLiteral("Placer Group Number")))},
                         {QStringLiteral("system"), orderNumberSystem()},
                         {QStringLiteral("value"), o.number}}},
            {QStringLiteral("status"), status},
            {QStringLiteral("intent"), QStringLiteral("order")},
            {QStringLiteral("category"), QJsonArray{category}},
            {QStringLiteral("priority"), orders::code(o.priority)},
            {QStringLiteral("code"), a.code(test)},
            {QStringLiteral("subject"), FhirJson::reference(a.subject)},
            {QStringLiteral("authoredOn"), FhirJson::time(o.orderedAt)},
            {QStringLiteral("requester"), actor(o.orderedBy)}};
        if (o.plannedCollection.isValid()) {
            sr.insert(QStringLiteral("occurrenceDateTime"), FhirJson::time(o.plannedCollection));
        }
        if (!o.clinicalInfo.isEmpty()) {
            sr.insert(QStringLiteral("reasonCode"), QJsonArray{textConcept(o.clinicalInfo)});
        }
        if (const ImagingExam* x = m_catalogue.exam(test); x && !x->region.isEmpty()) {
            sr.insert(QStringLiteral("bodySite"), QJsonArray{textConcept(x->region)});
        }
        if (const Tube* t = tubeOf(test); t && specimens) {
            sr.insert(QStringLiteral("specimen"), QJsonArray{FhirJson::reference(specimenUrl(o, *t))});
        }
        if (!requestNotes.isEmpty()) {
            sr.insert(QStringLiteral("note"), requestNotes);
        }
        QList<const RecordVersion*> sources{&records.orderRecord};
        if (cancel) {
            sources << cancel;
        }
        if (received && a.imaging()) {
            sources << received;
        }
        if (acknowledged) {
            sources << acknowledged;
        }
        a.add(sr, serviceRequestUrl(o, test), sources);
    }

    // Specimen: one per tube (the label's QR text is its identifier).
    if (specimens) {
        for (const auto& t : tubes) {
            QStringList tubeRequests;
            for (const QString& test : t.tests) {
                tubeRequests << serviceRequestUrl(o, test);
            }
            QJsonObject specimen{{QStringLiteral("resourceType"), QStringLiteral("Specimen")},
                                 {QStringLiteral("meta"), FhirJson::downtimeMeta()},
                                 {QStringLiteral("status"),
                                  cancelled ? QStringLiteral("unavailable") : QStringLiteral("available")},
                                 {QStringLiteral("subject"), FhirJson::reference(a.subject)},
                                 {QStringLiteral("request"), references(tubeRequests)}};
            if (!t.tube.isEmpty()) {
                specimen.insert(QStringLiteral("identifier"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("system"), tubeLabelSystem()},
                                    {QStringLiteral("value"), orders::OrderService::labelPayload(
                                                                  o, patient.downtimeNumber, t.tube)}}});
                const orders::Tube* tube = m_catalogue.tube(t.tube);
                specimen.insert(QStringLiteral("container"),
                                QJsonArray{QJsonObject{{QStringLiteral("type"),
                                                        textConcept(tube ? tube->name.text() : t.tube)}}});
            }
            if (!t.specimen.isEmpty()) {
                specimen.insert(QStringLiteral("type"), textConcept(t.specimen));
            }
            QList<const RecordVersion*> sources;
            if (collected) {
                QJsonObject collection{
                    {QStringLiteral("collector"), actor(collected->createdBy)},
                    {QStringLiteral("collectedDateTime"), FhirJson::time(when(*collected))}};
                specimen.insert(QStringLiteral("collection"), collection);
                if (collected->data.value(QStringLiteral("via")).toString() == QLatin1String("scan")) {
                    specimen.insert(QStringLiteral("note"),
                                    QJsonArray{annotation(tr("Tube label scanned at the bedside."))});
                }
                sources << collected;
            }
            if (received) {
                specimen.insert(QStringLiteral("receivedTime"), FhirJson::time(when(*received)));
                sources << received;
            }
            a.add(specimen, specimenUrl(o, t), sources);
        }
    } else if (collected || received) {
        // Imaging (or tests the catalogue no longer knows): the step is part of the request.
        for (const RecordVersion* v : {collected, received}) {
            if (v && !a.targets.contains(v->versionId)) {
                for (const QString& url : requestUrls) {
                    a.targets[v->versionId] << url;
                }
            }
        }
    }

    // Observation: one per result; Communication for those given by phone.
    QHash<QString, const RecordVersion*> resultById;
    QStringList observationUrls;
    bool amended = false;
    QDateTime firstResult;
    QDateTime lastIssued;
    QStringList reportTexts;
    for (const auto& v : records.results) {
        resultById.insert(v.recordId, &v);
        const LabResult r = orders::OrderService::toResult(v);
        const LabTest* test = m_catalogue.test(r.test);
        const bool corrected = v.version > 1;
        amended = amended || corrected;
        if (!firstResult.isValid() || r.resultedAt < firstResult) {
            firstResult = r.resultedAt;
        }
        if (!lastIssued.isValid() || v.createdAt > lastIssued) {
            lastIssued = v.createdAt;
        }
        QJsonObject obs{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("meta"), FhirJson::downtimeMeta()},
            {QStringLiteral("status"), v.enteredInError ? QStringLiteral("entered-in-error")
                                       : corrected      ? QStringLiteral("amended")
                                                        : QStringLiteral("final")},
            {QStringLiteral("category"),
             QJsonArray{codeable(a.imaging() ? coding(observationCategories, QStringLiteral("imaging"),
                                                      QStringLiteral("Imaging"))
                                             : coding(observationCategories, QStringLiteral("laboratory"),
                                                      QStringLiteral("Laboratory")))}},
            {QStringLiteral("code"), a.code(r.test)},
            {QStringLiteral("subject"), FhirJson::reference(a.subject)},
            {QStringLiteral("effectiveDateTime"), FhirJson::time(r.resultedAt)},
            {QStringLiteral("issued"), FhirJson::time(v.createdAt)}};
        basedOn(obs, r.test);
        const bool numeric = test ? test->type == orders::ValueType::Numeric : !r.unit.isEmpty();
        const bool coded = test && test->type == orders::ValueType::Coded;
        auto quantity = [&](double value) {
            QJsonObject q{{QStringLiteral("value"), value}};
            if (!r.unit.isEmpty()) {
                q.insert(QStringLiteral("unit"), r.unit);
            }
            if (const QString ucum = ucumCode(r.unit); !ucum.isEmpty()) {
                q.insert(QStringLiteral("system"), systems::ucum());
                q.insert(QStringLiteral("code"), ucum);
            }
            return q;
        };
        bool isNumber = false;
        const double number = r.value.toDouble(&isNumber);
        if (numeric && isNumber) {
            obs.insert(QStringLiteral("valueQuantity"), quantity(number));
        } else if (coded) {
            // Positive and negative have SNOMED CT qualifier codes; other choices (a blood
            // group) travel as the laboratory wrote them.
            QJsonObject value = textConcept(r.value);
            if (r.value == QLatin1String("positive")) {
                value = codeable(
                    coding(systems::snomed(), QStringLiteral("10828004"), QStringLiteral("Positive")),
                    r.value);
            } else if (r.value == QLatin1String("negative")) {
                value = codeable(
                    coding(systems::snomed(), QStringLiteral("260385009"), QStringLiteral("Negative")),
                    r.value);
            }
            obs.insert(QStringLiteral("valueCodeableConcept"), value);
        } else {
            obs.insert(QStringLiteral("valueString"), r.value);
        }
        if (const QString flag = interpretationCode(r.flag); !flag.isEmpty()) {
            obs.insert(QStringLiteral("interpretation"),
                       QJsonArray{codeable(coding(interpretations, flag, interpretationDisplay(flag)))});
        }
        if (numeric && (r.rangeLow || r.rangeHigh)) {
            QJsonObject range;
            if (r.rangeLow) {
                range.insert(QStringLiteral("low"), quantity(*r.rangeLow));
            }
            if (r.rangeHigh) {
                range.insert(QStringLiteral("high"), quantity(*r.rangeHigh));
            }
            obs.insert(QStringLiteral("referenceRange"), QJsonArray{range});
        }
        if (const Tube* t = tubeOf(r.test); t && specimens) {
            obs.insert(QStringLiteral("specimen"), FhirJson::reference(specimenUrl(o, *t)));
        }
        QJsonArray notes;
        if (!r.comment.isEmpty()) {
            notes.append(annotation(r.comment));
        }
        if (r.via == QLatin1String("phone")) {
            notes.append(
                annotation(tr("Given by phone by %1 to %2, who read it back.").arg(r.caller, r.receiver)));
        } else if (r.via == QLatin1String("lab")) {
            notes.append(
                annotation(tr("Entered by the laboratory on its own laptop (%1).").arg(v.createdBy)));
        } else {
            notes.append(
                annotation(tr("Transcribed from the laboratory's paper report by %1.").arg(v.createdBy)));
        }
        if (corrected) {
            notes.append(
                annotation(tr("Corrected: %1").arg(v.reason.isEmpty() ? tr("no reason given") : v.reason),
                           v.createdBy, v.createdAt));
        }
        QList<const RecordVersion*> ackSources;
        for (const auto& ack : records.acks) {
            if (ack.data.value(QStringLiteral("source")).toString() == v.recordId) {
                notes.append(annotation(tr("Critical result acknowledged: %1")
                                            .arg(ack.data.value(QStringLiteral("action")).toString()),
                                        ack.createdBy, when(ack)));
                ackSources << &ack;
            }
        }
        obs.insert(QStringLiteral("note"), notes);
        const QString url = observationUrl(v.recordId);
        observationUrls << url;
        a.add(obs, url, QList<const RecordVersion*>{&v} + ackSources);
        if (a.imaging()) {
            reportTexts << r.value;
        }

        if (r.via == QLatin1String("phone") && !r.caller.isEmpty()) {
            QJsonObject call{
                {QStringLiteral("resourceType"), QStringLiteral("Communication")},
                {QStringLiteral("meta"), FhirJson::downtimeMeta()},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("subject"), FhirJson::reference(a.subject)},
                {QStringLiteral("about"), QJsonArray{FhirJson::reference(url)}},
                // The receiver types the value while on the phone: the entry's time is the call's.
                {QStringLiteral("sent"), FhirJson::time(v.createdAt)},
                {QStringLiteral("received"), FhirJson::time(v.createdAt)},
                {QStringLiteral("sender"), actor(r.caller)},
                {QStringLiteral("recipient"),
                 QJsonArray{actor(r.receiver.isEmpty() ? v.createdBy : r.receiver)}},
                {QStringLiteral("payload"),
                 QJsonArray{QJsonObject{{QStringLiteral("contentString"), describe(a, r)}}}},
                {QStringLiteral("note"),
                 QJsonArray{annotation(tr("Value read back; patient's name, birth date and downtime number "
                                          "confirmed with the caller."))}}};
            basedOn(call, r.test);
            if (r.critical()) {
                call.insert(
                    QStringLiteral("category"),
                    QJsonArray{codeable(
                        coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/communication-category"),
                               QStringLiteral("alert"), QStringLiteral("Alert")))});
                call.insert(QStringLiteral("priority"), QStringLiteral("stat"));
            }
            a.add(call, FhirBundleBuilder::fullUrl(v.recordId, QStringLiteral("Communication")), {&v});
        }
        if (reported) {
            a.targets[v.versionId] << reportUrl;
        }
    }

    // The laboratory's calls to the ward about results it entered itself.
    for (const auto& v : records.calls) {
        const RecordVersion* result = resultById.value(v.data.value(QStringLiteral("result")).toString());
        if (!result) {
            continue; // the result was entered in error: nothing to say it about
        }
        const LabResult r = orders::OrderService::toResult(*result);
        QJsonObject call{
            {QStringLiteral("resourceType"), QStringLiteral("Communication")},
            {QStringLiteral("meta"), FhirJson::downtimeMeta()},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("category"),
             QJsonArray{codeable(
                 coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/communication-category"),
                        QStringLiteral("alert"), QStringLiteral("Alert")))}},
            {QStringLiteral("priority"), QStringLiteral("stat")},
            {QStringLiteral("subject"), FhirJson::reference(a.subject)},
            {QStringLiteral("about"), QJsonArray{FhirJson::reference(observationUrl(result->recordId))}},
            {QStringLiteral("sent"), FhirJson::time(when(v))},
            {QStringLiteral("sender"), actor(v.createdBy)},
            {QStringLiteral("recipient"),
             QJsonArray{actor(v.data.value(QStringLiteral("receiver")).toString())}},
            {QStringLiteral("payload"),
             QJsonArray{QJsonObject{{QStringLiteral("contentString"), describe(a, r)}}}},
            {QStringLiteral("note"), QJsonArray{annotation(tr("The receiver read the value back."))}}};
        basedOn(call, r.test);
        a.add(call, FhirBundleBuilder::fullUrl(v.recordId, QStringLiteral("Communication")), {&v});
    }

    // DiagnosticReport: the order's results together, once there are any.
    if (reported) {
        const bool complete = o.missingTests().isEmpty();
        QStringList names;
        for (const QString& code : o.requested) {
            if (const auto* p = m_catalogue.panel(code)) {
                names << p->name.text();
            } else {
                names << a.name(code);
            }
        }
        QJsonObject report{
            {QStringLiteral("resourceType"), QStringLiteral("DiagnosticReport")},
            {QStringLiteral("meta"), FhirJson::downtimeMeta()},
            {QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), orderNumberSystem()},
                                    {QStringLiteral("value"), o.number}}}},
            {QStringLiteral("basedOn"), references(requestUrls)},
            {QStringLiteral("status"), !complete ? QStringLiteral("partial")
                                       : amended ? QStringLiteral("amended")
                                                 : QStringLiteral("final")},
            {QStringLiteral("category"),
             QJsonArray{codeable(a.imaging()
                                     ? coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074"),
                                              QStringLiteral("RAD"), QStringLiteral("Radiology"))
                                     : coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074"),
                                              QStringLiteral("LAB"), QStringLiteral("Laboratory")))}},
            {QStringLiteral("code"), a.imaging()
                                         ? codeable(coding(systems::loinc(), QStringLiteral("18748-4"),
                                                           QStringLiteral("Diagnostic imaging study")),
                                                    names.join(QStringLiteral(", ")))
                                         : codeable(coding(systems::loinc(), QStringLiteral("11502-2"),
                                                           QStringLiteral("Laboratory report")),
                                                    names.join(QStringLiteral(", ")))},
            {QStringLiteral("subject"), FhirJson::reference(a.subject)},
            {QStringLiteral("effectiveDateTime"), FhirJson::time(collected ? when(*collected) : firstResult)},
            {QStringLiteral("issued"), FhirJson::time(lastIssued)},
            {QStringLiteral("result"), references(observationUrls)}};
        if (!specimenUrls.isEmpty()) {
            report.insert(QStringLiteral("specimen"), references(specimenUrls));
        }
        if (!reportTexts.isEmpty()) {
            report.insert(QStringLiteral("conclusion"), reportTexts.join(QStringLiteral("\n\n")));
        }
        a.entries.append({report, reportUrl});
        if (acknowledged) {
            a.targets[acknowledged->versionId] << reportUrl;
        }
    }

    // Provenance: one per record version, naming every resource made from it.
    QList<const RecordVersion*> all{&records.orderRecord};
    for (const auto* group : {&records.events, &records.results, &records.calls, &records.acks}) {
        for (const auto& v : *group) {
            all << &v;
        }
    }
    for (const RecordVersion* v : all) {
        QStringList targets = a.targets.value(v->versionId);
        targets.removeDuplicates();
        if (targets.isEmpty()) {
            continue;
        }
        QString activity;
        if (v->kind == orders::OrderService::orderKind()) {
            activity = tr("Ordered in WhitePlan during the IT downtime");
        } else if (v->kind == orders::OrderService::resultKind()) {
            activity = v->version > 1 ? tr("Result corrected in WhitePlan during the IT downtime")
                                      : tr("Result recorded in WhitePlan during the IT downtime");
        } else if (v->kind == orders::OrderService::eventKind()) {
            const QString event = v->data.value(QStringLiteral("event")).toString();
            activity = event == QLatin1String("collected") ? tr("Specimen collected (recorded in WhitePlan)")
                       : event == QLatin1String("received")
                           ? tr("Received by the laboratory (recorded in WhitePlan)")
                       : event == QLatin1String("cancelled") ? tr("Order cancelled in WhitePlan")
                                                             : tr("Results acknowledged in WhitePlan");
        } else if (v->kind == QLatin1String("alert_ack")) {
            activity = tr("Critical result acknowledged in WhitePlan");
        } else {
            activity = tr("Result phoned to the ward (recorded in WhitePlan)");
        }
        FhirJson::ProvenanceSource source;
        source.occurred = when(*v);
        source.recorded = v->createdAt;
        source.update = v->version > 1;
        source.author = QStringLiteral("%1 (%2)").arg(v->createdBy, v->device);
        source.activityText = activity;
        source.entitySystem = QStringLiteral("urn:whiteplan:record-version");
        source.entityValue = v->versionId;
        a.entries.append({FhirJson::provenance(targets, source),
                          FhirBundleBuilder::fullUrl(v->versionId, QStringLiteral("Provenance"))});
    }
    return a.entries;
}

} // namespace wp::fhir
