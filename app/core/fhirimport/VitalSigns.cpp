#include "VitalSigns.h"

#include <QHash>

#include <cmath>

namespace wp::fhirimport {

QString VitalSigns::fieldFor(const QString& loinc)
{
    static const QHash<QString, QString> fields{
        {QStringLiteral("9279-1"), QStringLiteral("resp_rate")},
        {QStringLiteral("2708-6"), QStringLiteral("spo2")},
        {QStringLiteral("59408-5"), QStringLiteral("spo2")},
        {QStringLiteral("8480-6"), QStringLiteral("systolic_bp")},
        {QStringLiteral("8462-4"), QStringLiteral("diastolic_bp")},
        {QStringLiteral("8867-4"), QStringLiteral("pulse")},
        {QStringLiteral("8310-5"), QStringLiteral("temperature")},
        {QStringLiteral("8331-1"), QStringLiteral("temperature")},    // oral temperature
        {QStringLiteral("3151-8"), QStringLiteral("oxygen_flow")},    // inhaled oxygen flow rate
        {QStringLiteral("67775-7"), QStringLiteral("consciousness")}, // level of responsiveness
    };
    return fields.value(loinc);
}

QJsonObject VitalSigns::chartValues(const QList<const ClinicalItem*>& items)
{
    QJsonObject values;
    for (const ClinicalItem* item : items) {
        const QString field = fieldFor(item->data.value(QStringLiteral("loinc")).toString());
        const QJsonValue value = item->data.value(QStringLiteral("value"));
        if (field.isEmpty()) {
            continue;
        }
        if (field == QLatin1String("consciousness")) {
            // Only an ACVPU letter: a coded answer we cannot map is left to the nurse.
            const QString code = value.toString().trimmed().toUpper();
            if (code.size() == 1 && QStringLiteral("ACVPU").contains(code)) {
                values.insert(field, code);
            }
            continue;
        }
        if (!value.isDouble()) {
            continue;
        }
        double n = value.toDouble();
        if (field == QLatin1String("temperature")) {
            const QString unit = item->data.value(QStringLiteral("unit")).toString();
            if (unit == QLatin1String("[degF]") || unit == QLatin1String("°F") ||
                unit == QLatin1String("degF")) {
                n = (n - 32.0) * 5.0 / 9.0;
            }
            values.insert(field, std::round(n * 10.0) / 10.0);
        } else if (field == QLatin1String("oxygen_flow")) {
            // A flow of oxygen means the patient was on oxygen (NEWS2 scores it); none says nothing.
            if (n > 0) {
                values.insert(QStringLiteral("oxygen"), QStringLiteral("oxygen"));
                values.insert(field, std::round(n * 10.0) / 10.0);
            }
        } else {
            values.insert(field, static_cast<qint64>(std::llround(n)));
        }
    }
    return values;
}

} // namespace wp::fhirimport
