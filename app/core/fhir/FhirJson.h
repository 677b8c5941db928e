#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace wp::fhir {

/// JSON building blocks shared by the FHIR builders (datatypes written the same way
/// in every resource WhitePlan exports).
class FhirJson
{
public:
    /// A FHIR instant/dateTime: UTC with milliseconds and "Z".
    static QString time(const QDateTime& t);
    static QJsonObject coding(const QString& system, const QString& code, const QString& display);
    static QJsonObject codeableConcept(const QJsonArray& codings, const QString& text = {});
    static QJsonObject reference(const QString& url, const QString& display = {});
    /// meta with the "recorded during downtime" tag (and a profile when given).
    static QJsonObject downtimeMeta(const QString& profile = {});

    /// What a Provenance needs to say: who recorded what, when, from which WhitePlan data.
    struct ProvenanceSource
    {
        QDateTime occurred;
        QDateTime recorded;
        bool update = false; ///< an amendment (UPDATE) rather than a creation
        QString author;      ///< "login (laptop)"
        QString activityText;
        QString entitySystem;
        QString entityValue;
    };
    static QJsonObject provenance(const QStringList& targets, const ProvenanceSource& source);
};

} // namespace wp::fhir
