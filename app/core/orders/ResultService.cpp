#include "ResultService.h"

#include "OrderService.h"
#include "Transaction.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"

#include <QLocale>

namespace wp::orders {

namespace {

/// "µmol/L", "umol/l" and "μmol/L" (Greek mu) are the same unit as typed by people and files.
QString unitKey(const QString& unit)
{
    QString u = unit.trimmed().toLower();
    u.replace(QChar(0x00B5), QLatin1Char('u')).replace(QChar(0x03BC), QLatin1Char('u'));
    return u;
}

bool knownVia(const QString& via)
{
    return via == QLatin1String("paper") || via == QLatin1String("phone") || via == QLatin1String("lab");
}

} // namespace

Result<ResultService::Checked> ResultService::validate(const ResultEntry& entry)
{
    if (auto st = m_ws.require(Permission::RecordResults); !st) {
        return st.error();
    }
    auto order = OrderService(m_ws, m_catalogue).order(entry.order);
    if (!order) {
        return order.error();
    }
    const Order& o = *order;
    const QString testCode = entry.test.trimmed();
    if (o.status == OrderStatus::Cancelled) {
        return Error(tr("Order %1 was cancelled: no result can be entered for it.").arg(o.number),
                     Error::Code::InvalidInput);
    }
    const LabTest* test = m_catalogue.test(testCode);
    const ImagingExam* exam = test ? nullptr : m_catalogue.exam(testCode);
    if (!test && !exam) {
        return Error(tr("Unknown test code %1.").arg(testCode), Error::Code::InvalidInput);
    }
    const QString testName = test ? test->name.text() : exam->name.text();
    if (!o.tests.contains(testCode)) {
        return Error(tr("%1 (%2) was not ordered on %3.").arg(testName, testCode, o.number),
                     Error::Code::InvalidInput);
    }
    if (o.result(testCode)) {
        return Error(
            tr("Order %1 already has a result for %2: correct that result instead.").arg(o.number, testName),
            Error::Code::InvalidInput);
    }
    const QString via = entry.via.trimmed().toLower();
    if (!knownVia(via)) {
        return Error(tr("\"%1\" is not a way a result arrives: paper, phone or lab.").arg(entry.via),
                     Error::Code::InvalidInput);
    }
    const QDateTime now = m_ws.clock().now();
    const QDateTime at = entry.resultedAt.isValid() ? entry.resultedAt : now;
    if (at > now.addSecs(300)) {
        return Error(tr("The result time %1 is in the future.")
                         .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)),
                     Error::Code::InvalidInput);
    }
    if (at < o.orderedAt) {
        return Error(tr("The result time %1 is before the order (%2).")
                         .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
                              QLocale().toString(o.orderedAt.toLocalTime(), QLocale::ShortFormat)),
                     Error::Code::InvalidInput);
    }
    auto patient = PatientService(m_ws).find(o.patientId);
    if (!patient) {
        return patient.error();
    }

    LabResult r;
    r.orderId = o.recordId;
    r.patientId = o.patientId;
    r.test = testCode;
    r.via = via;
    r.comment = entry.comment.trimmed();
    r.resultedAt = at;
    QJsonObject data{{QStringLiteral("order"), o.recordId},
                     {QStringLiteral("number"), o.number},
                     {QStringLiteral("test"), testCode},
                     {QStringLiteral("via"), via}};
    if (test) {
        auto value = m_catalogue.checkValue(*test, entry.value);
        if (!value) {
            return value.error();
        }
        r.value = *value;
        if (!entry.unit.trimmed().isEmpty() && test->type == ValueType::Numeric &&
            unitKey(entry.unit) != unitKey(test->unit)) {
            return Error(tr("%1 is in %2, not %3: convert the value or check the test.")
                             .arg(testName, test->unit, entry.unit.trimmed()),
                         Error::Code::InvalidInput);
        }
        if (!entry.unit.trimmed().isEmpty() && test->type != ValueType::Numeric) {
            return Error(tr("%1 has no unit (%2 given).").arg(testName, entry.unit.trimmed()),
                         Error::Code::InvalidInput);
        }
        const auto sex = clinical::sexFromCode(patient->sex).value_or(clinical::Sex::Unknown);
        if (test->type == ValueType::Numeric) {
            r.unit = test->unit;
            r.flag = m_catalogue.flag(*test, r.value.toDouble(), sex, patient->birthDate, at.date());
            if (auto range = m_catalogue.rangeFor(*test, sex, patient->birthDate, at.date())) {
                r.rangeLow = range->low;
                r.rangeHigh = range->high;
            }
        } else if (test->type == ValueType::Coded) {
            r.flag = m_catalogue.flag(*test, r.value);
        }
    } else {
        r.value = entry.value.trimmed();
        if (r.value.isEmpty()) {
            return Error(tr("Type the report of %1.").arg(testName), Error::Code::InvalidInput);
        }
        if (!entry.unit.trimmed().isEmpty()) {
            return Error(tr("An imaging report has no unit (%1 given).").arg(entry.unit.trimmed()),
                         Error::Code::InvalidInput);
        }
        r.flag = entry.criticalFinding ? ResultFlag::Critical : ResultFlag::None;
    }
    if (via == QLatin1String("phone")) {
        // Read-back: the receiver types what they heard and confirms the patient with the
        // caller by two identifiers; a phoned value that was misheard is refused here.
        if (entry.caller.trimmed().isEmpty()) {
            return Error(tr("Who phoned the result? Type the caller's name."), Error::Code::InvalidInput);
        }
        QString readBack = entry.readBack.trimmed();
        if (test) {
            auto normalised = m_catalogue.checkValue(*test, readBack);
            readBack = normalised ? *normalised : readBack;
        }
        // A report is read back by its finding, not word for word: what was read back must be in it.
        const QString report = r.value.simplified();
        const bool heard = test ? readBack.compare(r.value, Qt::CaseInsensitive) == 0
                                : report.contains(readBack.simplified(), Qt::CaseInsensitive);
        if (!test && readBack.isEmpty()) {
            return Error(tr("Type the finding as you read it back to the caller."),
                         Error::Code::InvalidInput);
        }
        if (!test && !heard) {
            return Error(
                tr("The finding read back (%1) is not in the report typed: check it with the caller.")
                    .arg(readBack),
                Error::Code::InvalidInput);
        }
        if (readBack.isEmpty() || !heard) {
            return Error(
                tr("The value read back (%1) is not the value entered (%2): check it with the caller.")
                    .arg(entry.readBack.trimmed().isEmpty() ? tr("none") : entry.readBack.trimmed(), r.value),
                Error::Code::InvalidInput);
        }
        if (!entry.identityConfirmed) {
            return Error(tr("Confirm the patient's name, birth date and downtime number with the caller."),
                         Error::Code::InvalidInput);
        }
        r.caller = entry.caller.trimmed();
        r.receiver = m_ws.actor().login;
        data.insert(QStringLiteral("caller"), r.caller);
        data.insert(QStringLiteral("receiver"), r.receiver);
        data.insert(QStringLiteral("read_back"), true);
        data.insert(QStringLiteral("identity_confirmed"), true);
    }
    data.insert(QStringLiteral("value"), r.value);
    if (!r.unit.isEmpty()) {
        data.insert(QStringLiteral("unit"), r.unit);
    }
    if (r.flag != ResultFlag::None) {
        data.insert(QStringLiteral("flag"), code(r.flag));
    }
    if (r.rangeLow) {
        data.insert(QStringLiteral("range_low"), *r.rangeLow);
    }
    if (r.rangeHigh) {
        data.insert(QStringLiteral("range_high"), *r.rangeHigh);
    }
    if (!r.comment.isEmpty()) {
        data.insert(QStringLiteral("comment"), r.comment);
    }
    return Checked{o, r, data};
}

Result<LabResult> ResultService::check(const ResultEntry& entry)
{
    auto checked = validate(entry);
    if (!checked) {
        return checked.error();
    }
    return checked->result;
}

Result<LabResult> ResultService::enterInTransaction(const ResultEntry& entry)
{
    auto checked = validate(entry);
    if (!checked) {
        return checked.error();
    }
    auto written = RecordStore(m_ws).createInTransaction(OrderService::resultKind(), checked->order.patientId,
                                                         checked->data, checked->result.resultedAt);
    if (!written) {
        return written.error();
    }
    return OrderService::toResult(*written);
}

Result<LabResult> ResultService::enter(const ResultEntry& entry)
{
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto written = enterInTransaction(entry);
    if (!written) {
        return written.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return written;
}

Result<RecordVersion> ResultService::latestResult(const QString& resultRecordId)
{
    auto current = RecordStore(m_ws).latest(resultRecordId);
    if (!current) {
        return current.error();
    }
    if (current->kind != OrderService::resultKind()) {
        return Error(tr("%1 is not a result.").arg(resultRecordId), Error::Code::InvalidInput);
    }
    return current;
}

Result<LabResult> ResultService::correct(const QString& resultRecordId, const QString& value,
                                         const QString& reason)
{
    if (auto st = m_ws.require(Permission::RecordResults); !st) {
        return st.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Error(tr("Say why the result is corrected."), Error::Code::InvalidInput);
    }
    RecordStore store(m_ws);
    auto current = latestResult(resultRecordId);
    if (!current) {
        return current.error();
    }
    const LabResult old = OrderService::toResult(*current);
    const LabTest* test = m_catalogue.test(old.test);
    QJsonObject data = current->data;
    if (test) {
        auto checked = m_catalogue.checkValue(*test, value);
        if (!checked) {
            return checked.error();
        }
        data.insert(QStringLiteral("value"), *checked);
        auto patient = PatientService(m_ws).find(current->patientId);
        if (!patient) {
            return patient.error();
        }
        const auto sex = clinical::sexFromCode(patient->sex).value_or(clinical::Sex::Unknown);
        const ResultFlag flag = test->type == ValueType::Numeric
                                    ? m_catalogue.flag(*test, checked->toDouble(), sex, patient->birthDate,
                                                       current->occurredAt.date())
                                : test->type == ValueType::Coded ? m_catalogue.flag(*test, *checked)
                                                                 : ResultFlag::None;
        data.insert(QStringLiteral("flag"), code(flag));
    } else {
        if (value.trimmed().isEmpty()) {
            return Error(tr("Type the corrected report."), Error::Code::InvalidInput);
        }
        data.insert(QStringLiteral("value"), value.trimmed());
    }
    RecordVersion next = *current;
    next.version = current->version + 1;
    next.previousVersionId = current->versionId;
    next.data = data;
    next.reason = reason.trimmed();
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto written = store.appendInTransaction(next);
    if (!written) {
        return written.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return OrderService::toResult(*written);
}

Status ResultService::recordCall(const QString& resultRecordId, const QString& receiver, bool readBack)
{
    if (auto st = m_ws.require(Permission::RecordResults); !st) {
        return st;
    }
    if (receiver.trimmed().isEmpty()) {
        return Error(tr("Type the name of the person who took the call."), Error::Code::InvalidInput);
    }
    if (!readBack) {
        return Error(tr("The receiver must read the value back before the call is recorded."),
                     Error::Code::InvalidInput);
    }
    RecordStore store(m_ws);
    auto current = latestResult(resultRecordId);
    if (!current) {
        return current.error();
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    const QJsonObject data{{QStringLiteral("result"), resultRecordId},
                           {QStringLiteral("order"), current->data.value(QStringLiteral("order"))},
                           {QStringLiteral("receiver"), receiver.trimmed()},
                           {QStringLiteral("read_back"), true}};
    auto written = store.createInTransaction(callKind(), current->patientId, data);
    if (!written) {
        return written.error();
    }
    return tx->commit();
}

Result<QList<LabResult>> ResultService::toPhone()
{
    RecordStore store(m_ws);
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
    auto calls = store.latestOfKindBetween(callKind(), from, to);
    if (!calls) {
        return calls.error();
    }
    QSet<QString> called;
    for (const auto& c : *calls) {
        called.insert(c.data.value(QStringLiteral("result")).toString());
    }
    auto results = store.latestOfKindBetween(OrderService::resultKind(), from, to);
    if (!results) {
        return results.error();
    }
    QList<LabResult> out;
    for (const auto& v : *results) {
        LabResult r = OrderService::toResult(v);
        if (r.critical() && r.via == QLatin1String("lab") && !called.contains(r.recordId)) {
            out.append(r);
        }
    }
    return out;
}

} // namespace wp::orders
