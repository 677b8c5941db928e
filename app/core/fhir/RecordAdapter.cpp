#include "RecordAdapter.h"

#include <QJsonArray>

namespace wp::fhir {

std::optional<double> RecordAdapter::number(const QJsonObject& data, const QStringList& keys)
{
    for (const QString& key : keys) {
        const QJsonValue v = data.value(key);
        if (v.isDouble()) {
            return v.toDouble();
        }
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (ok) {
                return d;
            }
        }
    }
    return std::nullopt;
}

QString RecordAdapter::text(const QJsonObject& data, const QStringList& keys)
{
    for (const QString& key : keys) {
        const QJsonValue v = data.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            return v.toString().trimmed();
        }
        if (v.isDouble()) {
            return QString::number(v.toDouble());
        }
        if (v.isArray()) {
            QStringList parts;
            for (const auto& item : v.toArray()) {
                if (item.isString()) {
                    parts << item.toString();
                }
            }
            if (!parts.isEmpty()) {
                return parts.join(QStringLiteral(", "));
            }
        }
    }
    return {};
}

namespace {

std::optional<int> integer(const QJsonObject& data, const QStringList& keys)
{
    const auto n = RecordAdapter::number(data, keys);
    return n ? std::optional<int>(qRound(*n)) : std::nullopt;
}

} // namespace

clinical::News2Input RecordAdapter::vitals(const QJsonObject& o)
{
    clinical::News2Input in;
    in.respirationRate = integer(o, {QStringLiteral("resp_rate"), QStringLiteral("respiration_rate")});
    in.spo2 = integer(o, {QStringLiteral("spo2")});
    if (text(o, {QStringLiteral("spo2_scale")}) == QLatin1String("2")) {
        in.spo2Scale = clinical::SpO2Scale::Scale2;
    }
    in.oxygen = clinical::oxygenSupplyFromCode(text(o, {QStringLiteral("oxygen")}));
    in.systolicBp = integer(o, {QStringLiteral("systolic_bp"), QStringLiteral("systolic")});
    in.pulse = integer(o, {QStringLiteral("pulse"), QStringLiteral("heart_rate")});
    in.consciousness = clinical::consciousnessFromCode(text(o, {QStringLiteral("consciousness")}));
    in.temperature = number(o, {QStringLiteral("temperature")});
    return in;
}

std::optional<int> RecordAdapter::diastolic(const QJsonObject& o)
{
    return integer(o, {QStringLiteral("diastolic_bp"), QStringLiteral("diastolic")});
}

QString RecordAdapter::noteTarget(const QJsonObject& note)
{
    return text(note, {QStringLiteral("target"), QStringLiteral("cible")});
}

QString RecordAdapter::noteText(const QJsonObject& note)
{
    QStringList parts;
    const QString target = noteTarget(note);
    if (!target.isEmpty()) {
        parts << tr("Target: %1").arg(target);
    }
    const std::pair<QString, QString> sections[] = {{QStringLiteral("data"), tr("Data")},
                                                    {QStringLiteral("actions"), tr("Actions")},
                                                    {QStringLiteral("results"), tr("Results")},
                                                    {QStringLiteral("text"), tr("Note")}};
    for (const auto& [key, label] : sections) {
        const QString value = text(note, {key});
        if (!value.isEmpty()) {
            parts << QStringLiteral("%1: %2").arg(label, value);
        }
    }
    return parts.join(QLatin1Char('\n'));
}

MedicationGiven RecordAdapter::medication(const QJsonObject& o, const QDate& day)
{
    MedicationGiven m;
    m.drug = text(o, {QStringLiteral("drug"), QStringLiteral("medication"), QStringLiteral("name")});
    m.dose = text(o, {QStringLiteral("dose")});
    m.route = text(o, {QStringLiteral("route")});
    m.status = text(o, {QStringLiteral("status")}).toLower();
    const QString time = text(o, {QStringLiteral("time"), QStringLiteral("given_at")});
    if (!time.isEmpty()) {
        m.time = QDateTime::fromString(time, Qt::ISODateWithMs);
        if (!m.time.isValid()) {
            // "08:30" on the chart: the record's day.
            const QTime t = QTime::fromString(time, QStringLiteral("HH:mm"));
            if (t.isValid() && day.isValid()) {
                m.time = QDateTime(day, t, Qt::UTC);
            }
        }
    }
    return m;
}

QString RecordAdapter::summary(const QString& kind, const QJsonObject& data)
{
    if (kind == QLatin1String("observation")) {
        const auto v = vitals(data);
        QStringList parts;
        auto add = [&](const QString& label, const std::optional<int>& value) {
            if (value) {
                parts << QStringLiteral("%1 %2").arg(label).arg(*value);
            }
        };
        add(tr("RR"), v.respirationRate);
        add(tr("SpO2"), v.spo2);
        add(tr("SBP"), v.systolicBp);
        add(tr("HR"), v.pulse);
        if (v.temperature) {
            parts << tr("T %1").arg(*v.temperature, 0, 'f', 1);
        }
        return parts.join(QStringLiteral(", "));
    }
    if (kind == QLatin1String("nursing_note")) {
        return noteTarget(data);
    }
    if (kind == QLatin1String("medication_administration")) {
        const auto m = medication(data, {});
        return QStringList{m.drug, m.dose, m.route, m.status}.join(QLatin1Char(' ')).simplified();
    }
    if (kind == QLatin1String("movement")) {
        return QStringList{text(data, {QStringLiteral("type")}), text(data, {QStringLiteral("ward")}),
                           text(data, {QStringLiteral("bed")}), text(data, {QStringLiteral("destination")})}
            .join(QLatin1Char(' '))
            .simplified();
    }
    QStringList parts;
    for (auto it = data.constBegin(); it != data.constEnd() && parts.size() < 4; ++it) {
        const QString value = text(data, {it.key()});
        if (!value.isEmpty()) {
            parts << QStringLiteral("%1=%2").arg(it.key(), value.left(40));
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace wp::fhir
