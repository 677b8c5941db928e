#include "FhirSnapshot.h"

namespace wp::fhirimport {

QJsonObject SourceRef::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("resourceType"), resourceType},
                  {QStringLiteral("resourceId"), resourceId}};
    // Absent rather than empty when the resource had no meta.lastUpdated, so the two read apart.
    if (lastUpdated.isValid()) {
        o.insert(QStringLiteral("lastUpdated"), lastUpdated.toUTC().toString(Qt::ISODateWithMs));
    }
    return o;
}

SourceRef SourceRef::fromJson(const QJsonObject& o)
{
    SourceRef s;
    s.file = o.value(QStringLiteral("file")).toString();
    s.line = o.value(QStringLiteral("line")).toInt();
    s.resourceType = o.value(QStringLiteral("resourceType")).toString();
    s.resourceId = o.value(QStringLiteral("resourceId")).toString();
    s.lastUpdated =
        QDateTime::fromString(o.value(QStringLiteral("lastUpdated")).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace wp::fhirimport
