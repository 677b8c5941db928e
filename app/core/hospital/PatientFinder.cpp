#include "PatientFinder.h"

#include "patients/PatientService.h"
#include "records/RecordStore.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace wp::hospital {

Status PatientFinder::refresh()
{
    auto index = DeviceFreshnessIndex::load(m_ws);
    if (!index) {
        return index.error();
    }
    m_freshness = std::move(*index);
    return {};
}

Result<const DeviceFreshnessIndex*> PatientFinder::freshness()
{
    if (!m_freshness) {
        if (auto st = refresh(); !st) {
            return st.error();
        }
    }
    return &*m_freshness;
}

std::optional<QDate> PatientFinder::parseDate(const QString& word)
{
    // French order first (31/12/1950), as the switchboard reads it from a card; ISO as exported.
    for (const QString& format : {QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d-M-yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(word, format);
        if (d.isValid()) {
            return d;
        }
    }
    return std::nullopt;
}

QString PatientFinder::describeWhere(const Patient& p, const QJsonObject& last, const QDateTime& at)
{
    const QString day =
        at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    if (p.status == QLatin1String("admitted")) {
        return p.bedLabel.isEmpty() ? tr("%1, no bed").arg(p.wardCode)
                                    : tr("%1, bed %2").arg(p.wardCode, p.bedLabel);
    }
    if (p.status == QLatin1String("transferred")) {
        const QString destination = last.value(QStringLiteral("destination")).toString();
        const QString samu = last.value(QStringLiteral("samu_number")).toString();
        QString text =
            destination.isEmpty() ? tr("transferred out") : tr("transferred to %1").arg(destination);
        if (!samu.isEmpty()) {
            text += QLatin1Char(' ') + tr("(SAMU %1)").arg(samu);
        }
        return day.isEmpty() ? text : tr("%1 on %2").arg(text, day);
    }
    if (p.status == QLatin1String("discharged")) {
        return day.isEmpty() ? tr("discharged") : tr("discharged on %1").arg(day);
    }
    if (p.status == QLatin1String("deceased")) {
        return day.isEmpty() ? tr("deceased") : tr("deceased on %1").arg(day);
    }
    return tr("registered, not admitted");
}

Result<FinderHit> PatientFinder::locate(const Patient& p, const DeviceFreshnessIndex& index)
{
    FinderHit hit;
    hit.patient = p;
    auto& db = m_ws.db();
    auto last = db.prepare(
        QStringLiteral(
            "SELECT data, coalesce(occurred_at, created_at), created_at, device FROM record_version r "
            "WHERE patient_id = ?1 AND kind = 'movement' AND entered_in_error = 0 "
            "AND json_extract(data, '$.type') <> 'allergies' AND %1 "
            "ORDER BY coalesce(occurred_at, created_at) DESC, created_at DESC, device DESC, "
            "version_id DESC LIMIT 1")
            .arg(RecordStore::isCurrentVersion(QStringLiteral("r"))));
    if (!last) {
        return last.error();
    }
    last->bind(1, p.id);
    auto row = last->step();
    if (!row) {
        return row.error();
    }
    QJsonObject movement;
    QDateTime at;
    if (*row) {
        movement = QJsonDocument::fromJson(last->text(0).toUtf8()).object();
        at = fromStorageTime(last->text(1));
        hit.recordedAt = fromStorageTime(last->text(2));
        hit.device = last->text(3);
    } else {
        // Never admitted: what we know comes from the registration.
        auto first = db.prepare(QStringLiteral(
            "SELECT created_at, device FROM record_version WHERE record_id = ?1 AND version = 1 "
            "ORDER BY created_at LIMIT 1"));
        if (!first) {
            return first.error();
        }
        first->bind(1, p.id);
        auto reg = first->step();
        if (!reg) {
            return reg.error();
        }
        if (*reg) {
            hit.recordedAt = fromStorageTime(first->text(0));
            hit.device = first->text(1);
        }
    }
    hit.whereNow = describeWhere(p, movement, at);
    hit.freshness = index.level(hit.device, m_ws.clock().now());
    hit.dataAsOf = hit.freshness == FreshnessLevel::Live ? m_ws.clock().now() : index.newest(hit.device);
    return hit;
}

Result<QList<FinderHit>> PatientFinder::find(const QString& query, int limit)
{
    auto index = freshness();
    if (!index) {
        return index.error();
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    std::optional<QDate> born;
    QStringList words;
    for (const QString& word : query.split(separators, Qt::SkipEmptyParts)) {
        if (auto d = parseDate(word)) {
            born = d;
        } else {
            words << word;
        }
    }
    PatientService patients(m_ws);
    QList<Patient> found;
    if (words.isEmpty()) {
        if (!born) {
            return QList<FinderHit>();
        }
        auto sameDay = patients.bornOn(*born);
        if (!sameDay) {
            return sameDay.error();
        }
        found = *sameDay;
        std::sort(found.begin(), found.end(), [](const Patient& a, const Patient& b) {
            return std::make_pair(a.birthName, a.firstNames) < std::make_pair(b.birthName, b.firstNames);
        });
    } else {
        // With a birth date the names are searched wider, then narrowed to the date.
        auto byText = patients.search(words.join(QLatin1Char(' ')), born ? std::max(limit, 2000) : limit);
        if (!byText) {
            return byText.error();
        }
        for (const Patient& p : *byText) {
            if (!born || p.birthDate == *born) {
                found << p;
            }
        }
    }
    if (found.size() > limit) {
        found.resize(limit);
    }
    QList<FinderHit> hits;
    hits.reserve(found.size());
    for (const Patient& p : found) {
        auto hit = locate(p, **index);
        if (!hit) {
            return hit.error();
        }
        hits << *hit;
    }
    return hits;
}

} // namespace wp::hospital
