#include "OrderService.h"

#include "Transaction.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace wp::orders {

namespace {

QDateTime dawnOfTime()
{
    return QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
}

QDateTime endOfTime()
{
    return QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
}

QStringList toStrings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}

std::optional<double> optionalNumber(const QJsonObject& o, const QString& key)
{
    const auto v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

LabResult OrderService::toResult(const RecordVersion& v)
{
    LabResult r;
    r.recordId = v.recordId;
    r.patientId = v.patientId;
    r.orderId = v.data.value(QStringLiteral("order")).toString();
    r.test = v.data.value(QStringLiteral("test")).toString();
    r.value = v.data.value(QStringLiteral("value")).toString();
    r.unit = v.data.value(QStringLiteral("unit")).toString();
    r.rangeLow = optionalNumber(v.data, QStringLiteral("range_low"));
    r.rangeHigh = optionalNumber(v.data, QStringLiteral("range_high"));
    r.flag = resultFlagFromCode(v.data.value(QStringLiteral("flag")).toString());
    r.comment = v.data.value(QStringLiteral("comment")).toString();
    r.via = v.data.value(QStringLiteral("via")).toString();
    r.caller = v.data.value(QStringLiteral("caller")).toString();
    r.receiver = v.data.value(QStringLiteral("receiver")).toString();
    r.resultedAt = v.occurredAt;
    r.recordedAt = v.createdAt;
    r.recordedBy = v.createdBy;
    return r;
}

Order OrderService::build(const RecordVersion& rec, const QList<RecordVersion>& events,
                          const QList<RecordVersion>& results) const
{
    Order o;
    o.recordId = rec.recordId;
    o.patientId = rec.patientId;
    o.number = rec.data.value(QStringLiteral("number")).toString();
    o.type = rec.data.value(QStringLiteral("type")).toString() == QLatin1String("imaging")
                 ? OrderType::Imaging
                 : OrderType::Laboratory;
    o.requested = toStrings(rec.data.value(QStringLiteral("requested")));
    o.tests = toStrings(rec.data.value(QStringLiteral("tests")));
    o.priority =
        priorityFromCode(rec.data.value(QStringLiteral("priority")).toString()).value_or(Priority::Routine);
    o.clinicalInfo = rec.data.value(QStringLiteral("clinical_info")).toString();
    o.plannedCollection =
        QDateTime::fromString(rec.data.value(QStringLiteral("planned_collection")).toString(), Qt::ISODate);
    o.orderedAt = rec.occurredAt;
    o.orderedBy = rec.createdBy;
    o.underProtocol = rec.data.value(QStringLiteral("protocol")).toBool();
    o.catalogueVersion = rec.data.value(QStringLiteral("catalogue")).toString();

    for (const auto& e : events) {
        const auto kind = orderEventFromCode(e.data.value(QStringLiteral("event")).toString());
        if (!kind || e.enteredInError) {
            continue;
        }
        o.events.append({e.recordId, *kind, e.occurredAt, e.createdBy,
                         e.data.value(QStringLiteral("via")).toString(),
                         e.data.value(QStringLiteral("note")).toString()});
    }
    std::stable_sort(o.events.begin(), o.events.end(),
                     [](const OrderEvent& a, const OrderEvent& b) { return a.at < b.at; });
    for (const auto& r : results) {
        if (!r.enteredInError) {
            o.results.append(toResult(r));
        }
    }
    std::stable_sort(o.results.begin(), o.results.end(),
                     [](const LabResult& a, const LabResult& b) { return a.resultedAt < b.resultedAt; });

    // The slowest test sets when the whole order is expected; timed from the planned
    // collection when that is later than the order (a fasting sample for tomorrow morning).
    int minutes = 0;
    for (const auto& code : o.tests) {
        if (const auto* t = m_catalogue.test(code)) {
            minutes = std::max(minutes, t->turnaround.minutes(o.priority));
        } else if (const auto* x = m_catalogue.exam(code)) {
            minutes = std::max(minutes, x->turnaround.minutes(o.priority));
        }
    }
    const QDateTime start = o.plannedCollection.isValid() && o.plannedCollection > o.orderedAt
                                ? o.plannedCollection
                                : o.orderedAt;
    o.dueAt = minutes > 0 ? start.addSecs(qint64(minutes) * 60) : QDateTime();

    const int missing = static_cast<int>(o.missingTests().size());
    if (o.event(OrderEvent::Kind::Cancelled)) {
        o.status = OrderStatus::Cancelled;
    } else if (missing == 0 && !o.tests.isEmpty()) {
        o.status =
            o.event(OrderEvent::Kind::Acknowledged) ? OrderStatus::Acknowledged : OrderStatus::Resulted;
    } else if (missing < o.tests.size()) {
        o.status = OrderStatus::PartiallyResulted;
    } else if (o.event(OrderEvent::Kind::Received)) {
        o.status = OrderStatus::Received;
    } else if (o.event(OrderEvent::Kind::Collected)) {
        o.status = OrderStatus::Collected;
    }
    return o;
}

Result<QList<Order>> OrderService::assemble(const QList<RecordVersion>& orders,
                                            const QList<RecordVersion>& events,
                                            const QList<RecordVersion>& results) const
{
    QHash<QString, QList<RecordVersion>> eventsByOrder;
    for (const auto& e : events) {
        eventsByOrder[e.data.value(QStringLiteral("order")).toString()].append(e);
    }
    QHash<QString, QList<RecordVersion>> resultsByOrder;
    for (const auto& r : results) {
        resultsByOrder[r.data.value(QStringLiteral("order")).toString()].append(r);
    }
    QList<Order> out;
    out.reserve(orders.size());
    for (const auto& o : orders) {
        out.append(build(o, eventsByOrder.value(o.recordId), resultsByOrder.value(o.recordId)));
    }
    // Orders placed in the same second keep the order of their numbers on every laptop.
    std::stable_sort(out.begin(), out.end(), [](const Order& a, const Order& b) {
        return a.orderedAt != b.orderedAt ? a.orderedAt < b.orderedAt : a.number < b.number;
    });
    return out;
}

Result<QList<Order>> OrderService::all()
{
    RecordStore store(m_ws);
    auto orders = store.latestOfKindBetween(orderKind(), dawnOfTime(), endOfTime());
    if (!orders) {
        return orders.error();
    }
    auto events = store.latestOfKindBetween(eventKind(), dawnOfTime(), endOfTime());
    if (!events) {
        return events.error();
    }
    auto results = store.latestOfKindBetween(resultKind(), dawnOfTime(), endOfTime(), true);
    if (!results) {
        return results.error();
    }
    return assemble(*orders, *events, *results);
}

Result<QList<Order>> OrderService::forPatient(const QString& patientId)
{
    RecordStore store(m_ws);
    auto orders = store.latestForPatient(patientId, orderKind());
    if (!orders) {
        return orders.error();
    }
    auto events = store.latestForPatient(patientId, eventKind());
    if (!events) {
        return events.error();
    }
    auto results = store.latestForPatient(patientId, resultKind(), true);
    if (!results) {
        return results.error();
    }
    return assemble(*orders, *events, *results);
}

Result<Order> OrderService::order(const QString& idOrNumber)
{
    const QString wanted = idOrNumber.trimmed();
    if (wanted.isEmpty()) {
        return Error(tr("Give an order number (such as P2-L0007)."), Error::Code::InvalidInput);
    }
    // An order's number is in its data; a lookup by number reads the orders' first versions.
    QString recordId;
    QString patientId;
    {
        auto stmt = m_ws.db().prepare(QStringLiteral(
            "SELECT record_id, patient_id FROM record_version WHERE kind = ?1 AND version = 1 AND "
            "(record_id = ?2 OR upper(json_extract(data, '$.number')) = upper(?2)) LIMIT 1"));
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, orderKind()).bind(2, wanted);
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return Error(tr("There is no order %1.").arg(wanted), Error::Code::NotFound);
        }
        recordId = stmt->text(0);
        patientId = stmt->text(1);
    }
    auto list = forPatient(patientId);
    if (!list) {
        return list.error();
    }
    for (const auto& o : *list) {
        if (o.recordId == recordId) {
            return o;
        }
    }
    return Error(tr("Order %1 was entered in error.").arg(wanted), Error::Code::NotFound);
}

Result<QString> OrderService::nextNumber(OrderType type)
{
    const QString device = m_ws.deviceCode();
    const QString letter = type == OrderType::Imaging ? QStringLiteral("I") : QStringLiteral("L");
    // Numbers are per laptop (device codes are unique in a hospital), so two laptops never
    // issue the same one, with or without a network.
    auto stmt = m_ws.db().prepare(QStringLiteral(
        "SELECT count(*) FROM record_version WHERE kind = ?1 AND version = 1 AND device = ?2 AND "
        "json_extract(data, '$.type') = ?3"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, orderKind())
        .bind(2, device)
        .bind(3, type == OrderType::Imaging ? QStringLiteral("imaging") : QStringLiteral("laboratory"));
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    const qint64 n = stmt->int64(0) + 1;
    return QStringLiteral("%1-%2%3").arg(device, letter).arg(n, 4, 10, QLatin1Char('0'));
}

Result<Order> OrderService::place(const OrderRequest& request)
{
    if (auto st = m_ws.require(Permission::OrderTests); !st) {
        return st.error();
    }
    auto patient = PatientService(m_ws).find(request.patientId);
    if (!patient) {
        return patient.error();
    }
    if (patient->status == QLatin1String("discharged") || patient->status == QLatin1String("deceased") ||
        patient->status == QLatin1String("transferred")) {
        return Error(tr("%1 has left the hospital: tests cannot be ordered.").arg(patient->displayName()),
                     Error::Code::InvalidInput);
    }
    QStringList requested;
    for (const auto& c : request.codes) {
        if (!c.trimmed().isEmpty() && !requested.contains(c.trimmed())) {
            requested << c.trimmed();
        }
    }
    if (requested.isEmpty()) {
        return Error(tr("Choose at least one test or exam."), Error::Code::InvalidInput);
    }
    const bool nurse = m_ws.currentUser() && m_ws.currentUser()->role == Role::Nurse;
    auto outsideProtocol = [&](const QString& code) {
        if (const auto* p = m_catalogue.panel(code)) {
            return !p->nurseProtocol;
        }
        if (const auto* t = m_catalogue.test(code)) {
            return !t->nurseProtocol;
        }
        if (const auto* x = m_catalogue.exam(code)) {
            return !x->nurseProtocol;
        }
        return false;
    };

    QStringList tests;
    OrderType type = OrderType::Laboratory;
    QStringList exams;
    QStringList lab;
    for (const auto& c : requested) {
        if (m_catalogue.exam(c)) {
            exams << c;
        } else {
            lab << c;
        }
    }
    if (!exams.isEmpty() && !lab.isEmpty()) {
        return Error(
            tr("Order imaging separately from laboratory tests (%1 is an imaging exam).").arg(exams.first()),
            Error::Code::InvalidInput);
    }
    if (exams.size() > 1) {
        return Error(tr("Order one imaging exam at a time (%1).").arg(exams.join(QStringLiteral(", "))),
                     Error::Code::InvalidInput);
    }
    if (!exams.isEmpty()) {
        type = OrderType::Imaging;
        tests = exams;
    } else {
        auto expanded = m_catalogue.expand(lab);
        if (!expanded) {
            return expanded.error();
        }
        tests = *expanded;
    }
    if (nurse) {
        for (const auto& c : requested) {
            if (outsideProtocol(c)) {
                return Error(
                    tr("A nurse may order only what the catalogue marks for the nurse protocol; %1 needs a "
                       "doctor.")
                        .arg(c),
                    Error::Code::PermissionDenied);
            }
        }
    }
    if (type == OrderType::Imaging && request.plannedCollection.isValid()) {
        return Error(tr("A collection time is for laboratory tests only."), Error::Code::InvalidInput);
    }

    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto number = nextNumber(type);
    if (!number) {
        return number.error();
    }
    QJsonObject data{{QStringLiteral("number"), *number},
                     {QStringLiteral("type"),
                      type == OrderType::Imaging ? QStringLiteral("imaging") : QStringLiteral("laboratory")},
                     {QStringLiteral("requested"), QJsonArray::fromStringList(requested)},
                     {QStringLiteral("tests"), QJsonArray::fromStringList(tests)},
                     {QStringLiteral("priority"), code(request.priority)},
                     {QStringLiteral("catalogue"), m_catalogue.version()}};
    if (!request.clinicalInfo.trimmed().isEmpty()) {
        data.insert(QStringLiteral("clinical_info"), request.clinicalInfo.trimmed());
    }
    if (request.plannedCollection.isValid()) {
        data.insert(QStringLiteral("planned_collection"),
                    request.plannedCollection.toUTC().toString(Qt::ISODate));
    }
    if (nurse) {
        data.insert(QStringLiteral("protocol"), true);
    }
    auto written = RecordStore(m_ws).createInTransaction(orderKind(), request.patientId, data);
    if (!written) {
        return written.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return build(*written, {}, {});
}

Result<Order> OrderService::addEvent(const QString& idOrNumber, OrderEvent::Kind kind, const QString& via,
                                     const QString& note, const QDateTime& at)
{
    auto current = order(idOrNumber);
    if (!current) {
        return current.error();
    }
    const Order& o = *current;
    if (o.status == OrderStatus::Cancelled) {
        return Error(tr("Order %1 was cancelled.").arg(o.number), Error::Code::InvalidInput);
    }
    if (kind != OrderEvent::Kind::Acknowledged) {
        if (const auto* e = o.event(kind)) {
            return Error(tr("Order %1 is already %2 (%3, %4).")
                             .arg(o.number,
                                  label(kind == OrderEvent::Kind::Collected  ? OrderStatus::Collected
                                        : kind == OrderEvent::Kind::Received ? OrderStatus::Received
                                                                             : OrderStatus::Cancelled),
                                  QLocale().toString(e->at.toLocalTime(), QLocale::ShortFormat), e->by),
                         Error::Code::InvalidInput);
        }
    }
    if (kind == OrderEvent::Kind::Cancelled && !o.results.isEmpty()) {
        return Error(tr("Order %1 already has results: it cannot be cancelled.").arg(o.number),
                     Error::Code::InvalidInput);
    }
    if (kind == OrderEvent::Kind::Acknowledged) {
        if (o.status == OrderStatus::Acknowledged) {
            return Error(tr("The results of order %1 are already acknowledged.").arg(o.number),
                         Error::Code::InvalidInput);
        }
        if (o.status != OrderStatus::Resulted) {
            return Error(tr("Order %1 has no complete results yet.").arg(o.number),
                         Error::Code::InvalidInput);
        }
    }
    const QDateTime now = m_ws.clock().now();
    if (at.isValid() && at > now.addSecs(300)) {
        return Error(
            tr("%1 is in the future.").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)),
            Error::Code::InvalidInput);
    }
    if (at.isValid() && at < o.orderedAt) {
        return Error(tr("%1 is before the order was placed.")
                         .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)),
                     Error::Code::InvalidInput);
    }
    QJsonObject data{{QStringLiteral("order"), o.recordId},
                     {QStringLiteral("number"), o.number},
                     {QStringLiteral("event"), code(kind)}};
    if (!via.isEmpty()) {
        data.insert(QStringLiteral("via"), via);
    }
    if (!note.isEmpty()) {
        data.insert(QStringLiteral("note"), note);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto written =
        RecordStore(m_ws).createInTransaction(eventKind(), o.patientId, data, at.isValid() ? at : now);
    if (!written) {
        return written.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return order(o.recordId);
}

Result<Order> OrderService::collect(const QString& idOrNumber, const QString& via, const QDateTime& at)
{
    if (auto st = m_ws.require(Permission::RecordResults); !st) {
        return st.error();
    }
    return addEvent(idOrNumber, OrderEvent::Kind::Collected, via, {}, at);
}

Result<Order> OrderService::collectScanned(const QString& scanned, const QString& patientId)
{
    if (auto st = m_ws.require(Permission::RecordResults); !st) {
        return st.error();
    }
    const QString number = numberFromScan(scanned);
    if (number.isEmpty()) {
        return Error(tr("This is not a WhitePlan tube label: %1").arg(scanned.trimmed().left(60)),
                     Error::Code::InvalidInput);
    }
    auto o = order(number);
    if (!o) {
        return o.error();
    }
    if (o->patientId != patientId) {
        return Error(
            tr("STOP: this tube is for another patient (order %1). Do not send it; check the patient's "
               "identity and the label.")
                .arg(o->number),
            Error::Code::InvalidInput);
    }
    return addEvent(o->recordId, OrderEvent::Kind::Collected, QStringLiteral("scan"), {}, {});
}

Result<Order> OrderService::receive(const QString& idOrNumber)
{
    if (auto st = m_ws.require(Permission::RecordResults); !st) {
        return st.error();
    }
    return addEvent(idOrNumber, OrderEvent::Kind::Received, {}, {}, {});
}

Result<Order> OrderService::cancel(const QString& idOrNumber, const QString& reason)
{
    if (auto st = m_ws.require(Permission::OrderTests); !st) {
        return st.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Error(tr("Say why the order is cancelled."), Error::Code::InvalidInput);
    }
    return addEvent(idOrNumber, OrderEvent::Kind::Cancelled, {}, reason.trimmed(), {});
}

Result<Order> OrderService::acknowledge(const QString& idOrNumber, const QString& note)
{
    if (auto st = m_ws.require(Permission::AcknowledgeAlerts); !st) {
        return st.error();
    }
    return addEvent(idOrNumber, OrderEvent::Kind::Acknowledged, {}, note.trimmed(), {});
}

QString OrderService::labelPayload(const Order& order, const QString& downtimeNumber, const QString& tube)
{
    QStringList parts{QStringLiteral("WP-ORDER"), order.number, downtimeNumber};
    if (!tube.isEmpty()) {
        parts << tube;
    }
    return parts.join(QLatin1Char(' '));
}

QString OrderService::numberFromScan(const QString& scanned)
{
    // A keyboard-wedge scanner types the payload and Enter; a nurse may type the number itself.
    static const QRegularExpression number(QStringLiteral("^[A-Za-z0-9]{1,12}-[LIli][0-9]{4,}$"));
    const QStringList tokens =
        scanned.trimmed().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (tokens.size() >= 2 && tokens.first().compare(QLatin1String("WP-ORDER"), Qt::CaseInsensitive) == 0 &&
        number.match(tokens.at(1)).hasMatch()) {
        return tokens.at(1).toUpper();
    }
    if (tokens.size() == 1 && number.match(tokens.first()).hasMatch()) {
        return tokens.first().toUpper();
    }
    return {};
}

} // namespace wp::orders
