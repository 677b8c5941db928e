#include "AlertService.h"

#include "OrderService.h"
#include "Transaction.h"
#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"

#include <QCryptographicHash>

#include <algorithm>

namespace wp::orders {

QString code(Alert::Kind k)
{
    return k == Alert::Kind::News2 ? QStringLiteral("news2") : QStringLiteral("critical-result");
}

namespace {

const QString observationKind = QStringLiteral("observation");

QDateTime dawnOfTime()
{
    return QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
}

QDateTime endOfTime()
{
    return QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
}

/// Open alerts first, then the newest.
void sortForDisplay(QList<Alert>& alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        if (a.isOpen() != b.isOpen()) {
            return a.isOpen();
        }
        return a.raisedAt > b.raisedAt;
    });
}

} // namespace

QString AlertService::alertIdFor(const QString& sourceRecordId)
{
    // From the source record's id, so that every laptop names the alert the same way.
    const QByteArray digest = QCryptographicHash::hash(sourceRecordId.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("A-") + QString::fromLatin1(digest.toHex().left(8));
}

QString AlertService::news2Level(const clinical::News2Result& r)
{
    if (!r.total) {
        return {};
    }
    if (*r.total >= 7) {
        return QStringLiteral("emergency");
    }
    if (*r.total >= 5) {
        return QStringLiteral("urgent");
    }
    if (r.hasSingleThree) {
        return QStringLiteral("urgent-ward");
    }
    return {};
}

QString AlertService::levelLabel(const QString& level)
{
    if (level == QLatin1String("emergency")) {
        return tr("emergency response");
    }
    if (level == QLatin1String("urgent")) {
        return tr("urgent review by a clinician");
    }
    if (level == QLatin1String("urgent-ward")) {
        return tr("urgent ward-based response");
    }
    return {};
}

QString AlertService::responseLabel(const QString& response)
{
    if (response == QLatin1String("doctor-informed")) {
        return tr("Doctor informed");
    }
    if (response == QLatin1String("review")) {
        return tr("Review by a clinician within…");
    }
    if (response == QLatin1String("emergency-team")) {
        return tr("Emergency team called");
    }
    if (response == QLatin1String("monitoring")) {
        return tr("Monitoring increased");
    }
    return response;
}

Result<QList<Alert>> AlertService::derive(const QList<RecordVersion>& results,
                                          const QList<RecordVersion>& observations,
                                          const QList<RecordVersion>& acks, bool openOnly) const
{
    QHash<QString, AlertAcknowledgement> ackBySource;
    for (const auto& a : acks) {
        const QString source = a.data.value(QStringLiteral("source")).toString();
        if (ackBySource.contains(source)) {
            continue; // the first acknowledgement closes the alert; later ones are in the history
        }
        ackBySource.insert(source, {a.recordId, a.occurredAt, a.createdBy,
                                    a.data.value(QStringLiteral("action")).toString(),
                                    a.data.value(QStringLiteral("response")).toString(),
                                    a.data.value(QStringLiteral("review_minutes")).toInt()});
    }
    QList<Alert> out;
    auto add = [&](Alert a) {
        if (auto it = ackBySource.constFind(a.sourceRecordId); it != ackBySource.constEnd()) {
            a.acknowledgement = *it;
        }
        if (!openOnly || a.isOpen()) {
            out.append(a);
        }
    };
    for (const auto& v : results) {
        const LabResult r = OrderService::toResult(v);
        if (!r.critical()) {
            continue;
        }
        Alert a;
        a.kind = Alert::Kind::CriticalResult;
        a.sourceRecordId = v.recordId;
        a.id = alertIdFor(v.recordId);
        a.patientId = v.patientId;
        a.raisedAt = v.occurredAt;
        const LabTest* t = m_catalogue.test(r.test);
        const ImagingExam* x = t ? nullptr : m_catalogue.exam(r.test);
        const QString name = t ? t->name.text() : x ? x->name.text() : r.test;
        a.summary = x ? tr("%1: critical finding").arg(name)
                      : QStringLiteral("%1 %2%3 (%4)")
                            .arg(name, r.value, r.unit.isEmpty() ? QString() : QLatin1Char(' ') + r.unit,
                                 shortLabel(r.flag));
        add(a);
    }
    // NEWS2: the nurse in charge answers the patient's state, not each set of observations. An
    // acknowledgement covers every escalation of that patient up to the one acknowledged, and
    // while several are open only the newest is listed as open (the earlier ones are part of it).
    QHash<QString, QList<std::pair<QDateTime, AlertAcknowledgement>>> news2Acks; // by patient
    for (const auto& a : acks) {
        if (a.data.value(QStringLiteral("alert_kind")).toString() != code(Alert::Kind::News2)) {
            continue;
        }
        const QDateTime covers =
            QDateTime::fromString(a.data.value(QStringLiteral("covers_until")).toString(), Qt::ISODate);
        news2Acks[a.patientId].append(
            {covers, ackBySource.value(a.data.value(QStringLiteral("source")).toString())});
    }
    QHash<QString, QList<Alert>> news2ByPatient;
    for (const auto& v : observations) {
        const auto score = clinical::News2::score(clinical::FormComputation::news2Input(v.data));
        const QString level = news2Level(score);
        if (level.isEmpty()) {
            continue;
        }
        Alert a;
        a.kind = Alert::Kind::News2;
        a.sourceRecordId = v.recordId;
        a.id = alertIdFor(v.recordId);
        a.patientId = v.patientId;
        a.raisedAt = v.occurredAt;
        a.level = level;
        a.summary = tr("NEWS2 %1: %2").arg(*score.total).arg(levelLabel(level));
        if (auto it = ackBySource.constFind(a.sourceRecordId); it != ackBySource.constEnd()) {
            a.acknowledgement = *it;
        } else {
            for (const auto& [covers, ack] : news2Acks.value(a.patientId)) {
                if (covers.isValid() && covers >= a.raisedAt &&
                    (!a.acknowledgement || ack.at < a.acknowledgement->at)) {
                    a.acknowledgement = ack;
                }
            }
        }
        news2ByPatient[a.patientId].append(a);
    }
    for (auto& list : news2ByPatient) {
        std::stable_sort(list.begin(), list.end(),
                         [](const Alert& x, const Alert& y) { return x.raisedAt > y.raisedAt; });
        bool newestOpenSeen = false;
        for (const auto& a : list) {
            if (a.isOpen()) {
                if (openOnly && newestOpenSeen) {
                    continue;
                }
                newestOpenSeen = true;
            } else if (openOnly) {
                continue;
            }
            out.append(a);
        }
    }
    sortForDisplay(out);
    return out;
}

Result<QList<Alert>> AlertService::alerts(const QString& wardCode, bool openOnly)
{
    if (!wardCode.isEmpty()) {
        // A ward's alerts (the board and the status bar, every minute) read only its patients'
        // records, by the per-patient index: the cost follows the ward, not the whole laptop's
        // history of observations.
        auto patients = PatientService(m_ws).list(wardCode);
        if (!patients) {
            return patients.error();
        }
        QList<Alert> out;
        for (const auto& p : *patients) {
            auto theirs = forPatient(p.id, openOnly);
            if (!theirs) {
                return theirs.error();
            }
            out += *theirs;
        }
        sortForDisplay(out);
        return out;
    }
    RecordStore store(m_ws);
    auto results = store.latestOfKindBetween(OrderService::resultKind(), dawnOfTime(), endOfTime());
    if (!results) {
        return results.error();
    }
    auto observations = store.latestOfKindBetween(observationKind, dawnOfTime(), endOfTime());
    if (!observations) {
        return observations.error();
    }
    auto acks = store.latestOfKindBetween(acknowledgementKind(), dawnOfTime(), endOfTime());
    if (!acks) {
        return acks.error();
    }
    return derive(*results, *observations, *acks, openOnly);
}

Result<QList<Alert>> AlertService::forPatient(const QString& patientId, bool openOnly)
{
    RecordStore store(m_ws);
    auto results = store.latestForPatient(patientId, OrderService::resultKind());
    if (!results) {
        return results.error();
    }
    auto observations = store.latestForPatient(patientId, observationKind);
    if (!observations) {
        return observations.error();
    }
    auto acks = store.latestForPatient(patientId, acknowledgementKind());
    if (!acks) {
        return acks.error();
    }
    return derive(*results, *observations, *acks, openOnly);
}

Result<Alert> AlertService::alert(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    auto all = alerts();
    if (!all) {
        return all.error();
    }
    for (const auto& a : *all) {
        if (a.id.toLower() == wanted) {
            return a;
        }
    }
    return Error(tr("There is no alert %1.").arg(id.trimmed()), Error::Code::NotFound);
}

Result<Alert> AlertService::acknowledge(const QString& id, const QString& action, const QString& response,
                                        int reviewMinutes)
{
    if (auto st = m_ws.require(Permission::AcknowledgeAlerts); !st) {
        return st.error();
    }
    auto found = alert(id);
    if (!found) {
        return found.error();
    }
    if (!found->isOpen()) {
        return Error(
            tr("Alert %1 was already acknowledged by %2.").arg(found->id, found->acknowledgement->by),
            Error::Code::InvalidInput);
    }
    if (found->kind == Alert::Kind::CriticalResult &&
        !(m_ws.currentUser() && m_ws.currentUser()->role == Role::Doctor)) {
        return Error(tr("A critical result is acknowledged by a doctor."), Error::Code::PermissionDenied);
    }
    if (action.trimmed().isEmpty()) {
        return Error(tr("Say what was done about the alert."), Error::Code::InvalidInput);
    }
    const QString chosen = response.trimmed().toLower();
    if (found->kind == Alert::Kind::News2 && !responses().contains(chosen)) {
        return Error(
            tr("Choose the response to the NEWS2 score: %1.").arg(responses().join(QStringLiteral(", "))),
            Error::Code::InvalidInput);
    }
    if (found->kind == Alert::Kind::CriticalResult && !chosen.isEmpty() && !responses().contains(chosen)) {
        return Error(tr("Unknown response %1 (%2).").arg(response, responses().join(QStringLiteral(", "))),
                     Error::Code::InvalidInput);
    }
    if (chosen == QLatin1String("review") && (reviewMinutes <= 0 || reviewMinutes > 24 * 60)) {
        return Error(tr("Say within how many minutes the patient will be reviewed (1 to 1440)."),
                     Error::Code::InvalidInput);
    }
    QJsonObject data{{QStringLiteral("alert"), found->id},
                     {QStringLiteral("source"), found->sourceRecordId},
                     {QStringLiteral("alert_kind"), code(found->kind)},
                     {QStringLiteral("summary"), found->summary},
                     {QStringLiteral("action"), action.trimmed()}};
    if (!chosen.isEmpty()) {
        data.insert(QStringLiteral("response"), chosen);
    }
    if (chosen == QLatin1String("review")) {
        data.insert(QStringLiteral("review_minutes"), reviewMinutes);
    }
    if (found->kind == Alert::Kind::News2) {
        data.insert(QStringLiteral("covers_until"), found->raisedAt.toUTC().toString(Qt::ISODate));
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto written = RecordStore(m_ws).createInTransaction(acknowledgementKind(), found->patientId, data);
    if (!written) {
        return written.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    Alert closed = *found;
    closed.acknowledgement = AlertAcknowledgement{
        written->recordId, written->occurredAt, written->createdBy, action.trimmed(), chosen, reviewMinutes};
    return closed;
}

} // namespace wp::orders
