#include "HospitalRecordService.h"

#include "FhirImporter.h"
#include "records/RecordStore.h"

#include <QJsonArray>

namespace wp::fhirimport {

namespace {

QDateTime snapshotOf(const RecordVersion& v)
{
    return QDateTime::fromString(
        v.data.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("snapshotAt")).toString(),
        Qt::ISODate);
}

QString text(const QJsonObject& data, const char* key)
{
    const QJsonValue v = data.value(QLatin1String(key));
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    return v.toString();
}

} // namespace

QStringList HospitalRecordService::kinds()
{
    return {QStringLiteral("alert"),     QStringLiteral("code_status"), QStringLiteral("allergy"),
            QStringLiteral("problem"),   QStringLiteral("medication"),  QStringLiteral("result"),
            QStringLiteral("procedure"), QStringLiteral("immunization")};
}

QString HospitalRecordService::title(const QString& kind)
{
    if (kind == QLatin1String("alert")) {
        return tr("Alerts");
    }
    if (kind == QLatin1String("code_status")) {
        return tr("Code status");
    }
    if (kind == QLatin1String("allergy")) {
        return tr("Allergies");
    }
    if (kind == QLatin1String("problem")) {
        return tr("Problems");
    }
    if (kind == QLatin1String("medication")) {
        return tr("Medications");
    }
    if (kind == QLatin1String("result")) {
        return tr("Results");
    }
    if (kind == QLatin1String("procedure")) {
        return tr("Procedures");
    }
    if (kind == QLatin1String("immunization")) {
        return tr("Immunizations");
    }
    return kind;
}

Result<QList<HospitalRecordGroup>> HospitalRecordService::groups(const QString& patientId)
{
    RecordStore store(m_ws);
    QList<HospitalRecordGroup> out;
    for (const QString& kind : kinds()) {
        auto records = store.latestForPatient(patientId, FhirImporter::kindPrefix() + kind);
        if (!records) {
            return records.error();
        }
        if (records->isEmpty()) {
            continue;
        }
        HospitalRecordGroup group;
        group.kind = kind;
        group.records = *records;
        for (const RecordVersion& v : group.records) {
            const QDateTime at = snapshotOf(v);
            if (at.isValid() && (!group.snapshotAt.isValid() || at > group.snapshotAt)) {
                group.snapshotAt = at;
            }
        }
        out << group;
    }
    return out;
}

Result<QHash<QString, QDateTime>> HospitalRecordService::importedObservations(const QString& patientId)
{
    auto marks = RecordStore(m_ws).latestForPatient(patientId, FhirImporter::vitalSignsKind());
    if (!marks) {
        return marks.error();
    }
    QHash<QString, QDateTime> out;
    for (const RecordVersion& v : *marks) {
        const QString observation = v.data.value(QStringLiteral("observationRecordId")).toString();
        if (!observation.isEmpty()) {
            out.insert(observation, snapshotOf(v));
        }
    }
    return out;
}

QString HospitalRecordService::asOfHeading(const QDateTime& snapshotAt) const
{
    if (!snapshotAt.isValid()) {
        return tr("Hospital record (snapshot time unknown)");
    }
    const qint64 secs = snapshotAt.secsTo(m_ws.clock().now());
    const QString when = snapshotAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"));
    // Days once it is a day old: a nurse reads "3 days old" faster than "76 h old".
    const QString age = secs >= 86400 ? tr("%n day(s) old", nullptr, int(secs / 86400))
                                      : tr("%n hour(s) old", nullptr, int(qMax<qint64>(0, secs) / 3600));
    return tr("Hospital record as of %1 (%2)").arg(when, age);
}

QString HospitalRecordService::describe(const QString& kind, const QJsonObject& data)
{
    if (kind == QLatin1String("medication")) {
        QStringList parts{text(data, "drug"), text(data, "dose"), text(data, "route"),
                          text(data, "frequency")};
        parts.removeAll(QString());
        QString line = parts.join(QLatin1Char(' '));
        if (line.isEmpty()) {
            line = text(data, "dosageText");
        }
        return line;
    }
    if (kind == QLatin1String("result")) {
        QString line =
            QStringLiteral("%1: %2 %3").arg(text(data, "text"), text(data, "value"), text(data, "unit"));
        const QString low = text(data, "low");
        const QString high = text(data, "high");
        if (!low.isEmpty() || !high.isEmpty()) {
            line += tr(" (range %1–%2)").arg(low, high);
        }
        const QString flag = text(data, "interpretation");
        if (!flag.isEmpty()) {
            line += QStringLiteral(" [%1]").arg(flag);
        }
        return line.simplified();
    }
    if (kind == QLatin1String("allergy")) {
        if (data.value(QStringLiteral("noKnownAllergy")).toBool()) {
            return tr("No known allergy");
        }
        QString line = text(data, "text");
        if (text(data, "criticality") == QLatin1String("high")) {
            line += tr(" (high criticality)");
        }
        return line;
    }
    QString line = text(data, "text");
    const QString date = !text(data, "date").isEmpty() ? text(data, "date") : text(data, "onset");
    if (!date.isEmpty()) {
        line += QStringLiteral(" (%1)").arg(date);
    }
    return line;
}

} // namespace wp::fhirimport
