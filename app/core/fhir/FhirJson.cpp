#include "FhirJson.h"

#include "FhirBundle.h"
#include "foundation/Clock.h"

namespace wp::fhir {

QString FhirJson::time(const QDateTime& t)
{
    return toStorageTime(t);
}

QJsonObject FhirJson::coding(const QString& system, const QString& code, const QString& display)
{
    return {{QStringLiteral("system"), system},
            {QStringLiteral("code"), code},
            {QStringLiteral("display"), display}};
}

QJsonObject FhirJson::codeableConcept(const QJsonArray& codings, const QString& text)
{
    QJsonObject o;
    if (!codings.isEmpty()) {
        o.insert(QStringLiteral("coding"), codings);
    }
    if (!text.isEmpty()) {
        o.insert(QStringLiteral("text"), text);
    }
    return o;
}

QJsonObject FhirJson::reference(const QString& url, const QString& display)
{
    QJsonObject o{{QStringLiteral("reference"), url}};
    if (!display.isEmpty()) {
        o.insert(QStringLiteral("display"), display);
    }
    return o;
}

QJsonObject FhirJson::downtimeMeta(const QString& profile)
{
    QJsonObject meta{{QStringLiteral("tag"),
                      QJsonArray{coding(systems::tag(), QStringLiteral("downtime"),
                                        QStringLiteral("Recorded in WhitePlan during an IT downtime"))}}};
    if (!profile.isEmpty()) {
        meta.insert(QStringLiteral("profile"), QJsonArray{profile});
    }
    return meta;
}

QJsonObject FhirJson::provenance(const QStringList& targets, const ProvenanceSource& s)
{
    QJsonArray refs;
    for (const QString& t : targets) {
        refs.append(reference(t));
    }
    return {
        {QStringLiteral("resourceType"), QStringLiteral("Provenance")},
        {QStringLiteral("meta"), downtimeMeta()},
        {QStringLiteral("target"), refs},
        {QStringLiteral("occurredDateTime"), time(s.occurred)},
        {QStringLiteral("recorded"), time(s.recorded)},
        {QStringLiteral("policy"), QJsonArray{QStringLiteral("urn:whiteplan:policy:downtime-recording")}},
        {QStringLiteral("activity"),
         codeableConcept({coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-DataOperation"),
                                 s.update ? QStringLiteral("UPDATE") : QStringLiteral("CREATE"),
                                 s.update ? QStringLiteral("revise") : QStringLiteral("create"))},
                         s.activityText)},
        {QStringLiteral("agent"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"),
              codeableConcept(
                  {coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/provenance-participant-type"),
                          QStringLiteral("author"), QStringLiteral("Author"))})},
             {QStringLiteral("who"), QJsonObject{{QStringLiteral("display"), s.author}}}}}},
        {QStringLiteral("entity"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("source")},
                                {QStringLiteral("what"),
                                 QJsonObject{{QStringLiteral("identifier"),
                                              QJsonObject{{QStringLiteral("system"), s.entitySystem},
                                                          {QStringLiteral("value"), s.entityValue}}}}}}}}};
}

} // namespace wp::fhir
