#include "WardBoardService.h"

#include "DoseMatching.h"
#include "Transaction.h"
#include "WardLabColumn.h"
#include "audit/AuditLog.h"
#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "entries/FormEntryService.h"
#include "orders/AlertService.h"
#include "orders/Catalogue.h"
#include "orders/OrderService.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"
#include "theatreplan/PlannedSurgeryQuery.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace wp {

QString WardBoardService::admissionsLimitKey(const QString& wardCode)
{
    return QStringLiteral("ward.%1.admissions_limit").arg(wardCode);
}

QDateTime WardBoardService::formDateTime(const QJsonValue& value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid()) {
        t.setTimeSpec(Qt::LocalTime);
    }
    return t;
}

QString WardBoardService::formDateTimeText(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

void WardBoardService::applyLatestObservation(WardBoardRow& row, const FormEntry* latest,
                                              const QDateTime& now)
{
    row.lastObservationAt = {};
    row.news2Total.reset();
    row.news2Risk = clinical::News2Risk::Incomplete;
    row.observationsDueAt = {};
    row.continuousMonitoring = false;
    // No set at all on an occupied bed: the first one is due now.
    row.observationsOverdue = row.patient.has_value() && latest == nullptr;
    if (!latest) {
        return;
    }
    const QDateTime taken =
        latest->record.occurredAt.isValid() ? latest->record.occurredAt : latest->record.createdAt;
    row.lastObservationAt = taken;
    const auto result = clinical::News2::score(clinical::FormComputation::news2Input(latest->values()));
    row.news2Total = result.total;
    row.news2Risk = result.risk;
    row.continuousMonitoring =
        clinical::News2::monitoring(result).value_or(clinical::MonitoringFrequency::TwelveHourly) ==
        clinical::MonitoringFrequency::Continuous;
    if (row.continuousMonitoring) {
        // NEWS2 gives continuous monitoring a zero interval: read as a due time, the row would
        // say "overdue" the moment the set is saved.
        row.observationsDueAt = taken.addSecs(
            std::chrono::duration_cast<std::chrono::seconds>(continuousChartingInterval).count());
        row.observationsOverdue = now > row.observationsDueAt;
    } else if (auto due = clinical::News2::nextDue(taken, result)) {
        row.observationsDueAt = *due;
        row.observationsOverdue = now > *due;
    } else {
        // An incomplete set gives no interval to rely on: ask for a complete one.
        row.observationsOverdue = true;
    }
}

QList<QTime> WardBoardService::scheduleTimes(const QJsonObject& prescription)
{
    if (prescription.value(QStringLiteral("schedule_type")).toString() != QLatin1String("scheduled")) {
        return {};
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,;/]+"));
    QList<QTime> times;
    for (const QString& part :
         prescription.value(QStringLiteral("times")).toString().split(separators, Qt::SkipEmptyParts)) {
        QString p = part;
        p.replace(QLatin1Char('h'), QLatin1Char(':'), Qt::CaseInsensitive); // "8h" or "08h30", French style
        if (p.endsWith(QLatin1Char(':'))) {
            p += QStringLiteral("00");
        }
        QTime t = QTime::fromString(p, QStringLiteral("H:mm"));
        if (!t.isValid()) {
            t = QTime::fromString(p, QStringLiteral("H"));
        }
        if (!t.isValid()) {
            return {}; // an unreadable schedule must not silently drop doses
        }
        times << t;
    }
    std::sort(times.begin(), times.end());
    return times;
}

QList<QDateTime> WardBoardService::dosesBetween(const QJsonObject& prescription, const QDateTime& from,
                                                const QDateTime& to)
{
    const QList<QTime> times = scheduleTimes(prescription);
    if (times.isEmpty() || !from.isValid() || !to.isValid() || to < from) {
        return {};
    }
    const QDateTime start = formDateTime(prescription.value(QStringLiteral("start")));
    const QDateTime end = formDateTime(prescription.value(QStringLiteral("end")));
    QList<QDateTime> doses;
    const QDate first = from.toLocalTime().date();
    const QDate last = to.toLocalTime().date();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const QTime& t : times) {
            const QDateTime dose(day, t);
            if (dose < from || dose > to || (start.isValid() && dose < start) ||
                (end.isValid() && dose > end)) {
                continue;
            }
            doses << dose;
        }
    }
    return doses;
}

QDateTime WardBoardService::doseRecordedBy(const QJsonObject& prescription, const QJsonObject& administration)
{
    const QDateTime reference =
        DoseMatching::referenceTime(formDateTime(administration.value(QStringLiteral("scheduled_for"))),
                                    formDateTime(administration.value(QStringLiteral("administered_at"))));
    if (!reference.isValid()) {
        return {};
    }
    const qint64 window = std::chrono::duration_cast<std::chrono::seconds>(DoseMatching::window).count();
    return DoseMatching::nearestDose(
        dosesBetween(prescription, reference.addSecs(-window), reference.addSecs(window)), reference);
}

bool WardBoardService::isActive(const QJsonObject& prescription, const QDateTime& now)
{
    const QDateTime end = formDateTime(prescription.value(QStringLiteral("end")));
    return !end.isValid() || end > now;
}

QSet<QString> WardBoardService::recordedDoses(const QList<FormEntry>& prescriptions,
                                              const QList<FormEntry>& administrations)
{
    QHash<QString, const FormEntry*> lines;
    for (const auto& p : prescriptions) {
        lines.insert(p.record.recordId, &p);
    }
    QSet<QString> recorded;
    for (const auto& a : administrations) {
        const QString lineId = a.values().value(QStringLiteral("prescription_line")).toString();
        const FormEntry* line = lines.value(lineId);
        if (!line) {
            continue;
        }
        const QDateTime dose = doseRecordedBy(line->values(), a.values());
        if (dose.isValid()) {
            recorded.insert(lineId + QLatin1Char('|') + formDateTimeText(dose));
        }
    }
    return recorded;
}

QList<DueDose> WardBoardService::unrecordedDoses(const QList<FormEntry>& prescriptions,
                                                 const QList<FormEntry>& administrations,
                                                 const QDateTime& from, const QDateTime& to)
{
    const QSet<QString> recorded = recordedDoses(prescriptions, administrations);
    QList<DueDose> due;
    for (const auto& p : prescriptions) {
        for (const QDateTime& dose : dosesBetween(p.values(), from, to)) {
            if (!recorded.contains(p.record.recordId + QLatin1Char('|') + formDateTimeText(dose))) {
                due << DueDose{p.record.recordId, p.values().value(QStringLiteral("drug")).toString(), dose};
            }
        }
    }
    std::sort(due.begin(), due.end(), [](const DueDose& a, const DueDose& b) { return a.dueAt < b.dueAt; });
    return due;
}

QList<DueDose> WardBoardService::overdueDoses(const QList<FormEntry>& prescriptions,
                                              const QList<FormEntry>& administrations, const QDateTime& now)
{
    const QDateTime to = now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(doseGrace).count());
    const QDateTime from =
        now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(doseLookBack).count());
    return unrecordedDoses(prescriptions, administrations, from, to);
}

std::optional<DueDose> WardBoardService::nextDose(const QList<FormEntry>& prescriptions,
                                                  const QList<FormEntry>& administrations,
                                                  const QDateTime& now)
{
    // One second after the overdue range ends, so that a dose is either overdue or next, never both.
    const QDateTime from =
        now.addSecs(1 - std::chrono::duration_cast<std::chrono::seconds>(doseGrace).count());
    const auto due = unrecordedDoses(prescriptions, administrations, from, now.addDays(1));
    if (due.isEmpty()) {
        return std::nullopt;
    }
    return due.first();
}

Status WardBoardService::fillPatientColumns(WardBoardRow& row, const QDateTime& now)
{
    if (!row.patient) {
        return {};
    }
    FormEntryService entries(m_ws, m_forms);
    const QString id = row.patient->id;
    auto observations = entries.entries(id, QStringLiteral("observation"));
    if (!observations) {
        return observations.error();
    }
    // Entries come by time taken; a late entry for an earlier time must not hide the newest set.
    const FormEntry* latest = nullptr;
    for (const auto& e : *observations) {
        const QDateTime t = e.record.occurredAt.isValid() ? e.record.occurredAt : e.record.createdAt;
        if (!latest || t >= (latest->record.occurredAt.isValid() ? latest->record.occurredAt
                                                                 : latest->record.createdAt)) {
            latest = &e;
        }
    }
    applyLatestObservation(row, latest, now);

    auto prescriptions = entries.entries(id, QStringLiteral("prescription"));
    if (!prescriptions) {
        return prescriptions.error();
    }
    if (!prescriptions->isEmpty()) {
        auto given = entries.entries(id, QStringLiteral("medication_administration"));
        if (!given) {
            return given.error();
        }
        row.overdueDoses = overdueDoses(*prescriptions, *given, now);
        row.nextDose = nextDose(*prescriptions, *given, now);
        row.activePrescriptions =
            static_cast<int>(std::count_if(prescriptions->cbegin(), prescriptions->cend(),
                                           [&](const FormEntry& p) { return isActive(p.values(), now); }));
    }

    auto transfers = entries.entries(id, QStringLiteral("transfer"));
    if (!transfers) {
        return transfers.error();
    }
    for (const auto& t : *transfers) {
        const QDateTime departure = formDateTime(t.values().value(QStringLiteral("departure_at")));
        if (departure.isValid() && departure >= now &&
            (!row.plannedTransferAt.isValid() || departure < row.plannedTransferAt)) {
            row.plannedTransferAt = departure;
            row.plannedTransferTo = t.values().value(QStringLiteral("destination_hospital")).toString();
            row.plannedTransferSamu = t.values().value(QStringLiteral("samu_regulation_number")).toString();
            row.plannedTransferTransport = t.values().value(QStringLiteral("transport")).toString();
        }
    }

    auto surgery = theatre::PlannedSurgeryQuery(m_ws).next(*row.patient, now.toLocalTime().date());
    if (!surgery) {
        return surgery.error();
    }
    row.plannedSurgery = *surgery;
    return {};
}

Result<QList<WardBoardRow>> WardBoardService::board(const QString& wardCode)
{
    auto census = PatientService(m_ws).census(wardCode);
    if (!census) {
        return census.error();
    }
    const QDateTime now = m_ws.clock().now();
    QList<WardBoardRow> rows;
    rows.reserve(census->size());
    for (const auto& c : *census) {
        WardBoardRow row;
        row.wardCode = c.wardCode;
        row.bedLabel = c.bedLabel;
        row.patient = c.patient;
        if (auto st = fillPatientColumns(row, now); !st) {
            return st.error();
        }
        rows << row;
    }
    if (auto st = fillLabColumn(rows, wardCode, {}, now); !st) {
        return st.error();
    }
    return rows;
}

const orders::Catalogue& WardBoardService::catalogue()
{
    if (!m_catalogue) {
        m_ownCatalogue = std::make_shared<orders::Catalogue>();
        m_ownCatalogue->reload(orders::Catalogue::siteFolder(m_ws.dataDirectory()));
        m_catalogue = m_ownCatalogue.get();
    }
    return *m_catalogue;
}

Status WardBoardService::fillLabColumn(QList<WardBoardRow>& rows, const QString& wardCode,
                                       const QString& patientId, const QDateTime& now)
{
    // One read of each for the whole ward, distributed by patient: never a query per bed.
    QList<orders::Order> orderList;
    QList<orders::Alert> alertList;
    if (!patientId.isEmpty()) {
        auto o = orders::OrderService(m_ws, catalogue()).forPatient(patientId);
        if (!o) {
            return o.error();
        }
        auto a = orders::AlertService(m_ws, catalogue()).forPatient(patientId, true);
        if (!a) {
            return a.error();
        }
        orderList = *o;
        alertList = *a;
    } else {
        auto o = orders::OrderService(m_ws, catalogue()).all();
        if (!o) {
            return o.error();
        }
        auto a = orders::AlertService(m_ws, catalogue()).alerts(wardCode, true);
        if (!a) {
            return a.error();
        }
        orderList = *o;
        alertList = *a;
    }
    WardLabColumn::apply(rows, WardLabColumn::byPatient(orderList, alertList, now));
    return {};
}

Result<WardBoardRow> WardBoardService::row(const Patient& patient)
{
    WardBoardRow row;
    row.wardCode = patient.wardCode;
    row.bedLabel = patient.bedLabel;
    row.patient = patient;
    const QDateTime now = m_ws.clock().now();
    if (auto st = fillPatientColumns(row, now); !st) {
        return st.error();
    }
    QList<WardBoardRow> one{row};
    if (auto st = fillLabColumn(one, {}, patient.id, now); !st) {
        return st.error();
    }
    return one.first();
}

Result<WardCounters> WardBoardService::counters(const QString& wardCode)
{
    auto census = PatientService(m_ws).census(wardCode);
    if (!census) {
        return census.error();
    }
    WardCounters c;
    const QDateTime since = m_ws.clock().now().addDays(-1);
    for (const auto& row : *census) {
        if (row.patient) {
            ++c.occupied;
            if (row.patient->admittedAt.isValid() && row.patient->admittedAt >= since) {
                ++c.admissionsLast24h;
            }
        }
    }
    auto wards = SiteService(m_ws).wards();
    if (!wards) {
        return wards.error();
    }
    for (const auto& w : *wards) {
        if (w.code == wardCode) {
            c.beds = static_cast<int>(w.beds.size());
        }
    }
    bool ok = false;
    const int limit = m_ws.setting(admissionsLimitKey(wardCode)).toInt(&ok);
    if (ok && limit >= 0) {
        c.admissionsLimit = limit;
    }
    return c;
}

Status WardBoardService::setAdmissionsLimit(const QString& wardCode, std::optional<int> limit)
{
    if (auto st = m_ws.require(Permission::ConfigureSite); !st) {
        return st;
    }
    if (limit && *limit < 0) {
        return Error(tr("The admissions limit cannot be negative."), Error::Code::InvalidInput);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    // An empty value means "not limited": settings have no delete, and an empty text reads as no number.
    const QString value = limit ? QString::number(*limit) : QString();
    if (auto st = m_ws.setSetting(admissionsLimitKey(wardCode), value); !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("set_admissions_limit"), QStringLiteral("ward"),
                                        wardCode, limit ? value : QStringLiteral("none"));
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp
