#include "ImportedMedicationService.h"

#include "PrescribingService.h"
#include "Transaction.h"
#include "formulary/FormularyStore.h"
#include "records/RecordStore.h"
#include "ward/WardBoardService.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace wp {

namespace {

const auto confirmationKey = QStringLiteral("confirmation");

QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}

} // namespace

ImportedMedicationLine ImportedMedicationService::toLine(const RecordVersion& v)
{
    ImportedMedicationLine l;
    l.record = v;
    l.drug = str(v.data, QStringLiteral("drug"));
    l.dose = str(v.data, QStringLiteral("dose"));
    l.route = str(v.data, QStringLiteral("route"));
    l.frequency = str(v.data, QStringLiteral("frequency"));
    l.dosageText = str(v.data, QStringLiteral("dosageText"));
    l.snapshotAt = QDateTime::fromString(
        v.data.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("snapshotAt")).toString(),
        Qt::ISODate);
    l.confirmed = str(v.data, confirmationKey) == QLatin1String("confirmed");
    l.prescriptionLine = str(v.data, QStringLiteral("prescriptionLine"));
    return l;
}

Result<QList<ImportedMedicationLine>> ImportedMedicationService::lines(const QString& patientId)
{
    auto records = RecordStore(m_ws).latestForPatient(patientId, kind());
    if (!records) {
        return records.error();
    }
    QList<ImportedMedicationLine> out;
    for (const auto& v : *records) {
        const QString status = str(v.data, QStringLiteral("status"));
        // The importer takes active treatments only; an older record stopped since is not current.
        if (status == QLatin1String("active") || status == QLatin1String("on-hold") || status.isEmpty()) {
            out << toLine(v);
        }
    }
    return out;
}

Result<QList<ImportedMedicationLine>> ImportedMedicationService::toConfirm(const QString& patientId)
{
    auto all = lines(patientId);
    if (!all) {
        return all.error();
    }
    QList<ImportedMedicationLine> out;
    for (const auto& l : *all) {
        if (!l.confirmed) {
            out << l;
        }
    }
    return out;
}

Result<ImportedMedicationLine> ImportedMedicationService::line(const QString& recordId)
{
    auto v = RecordStore(m_ws).latest(recordId);
    if (!v) {
        return v.error();
    }
    if (v->kind != kind() || v->enteredInError) {
        return Error(tr("%1 is not an imported medication.").arg(recordId), Error::Code::NotFound);
    }
    return toLine(*v);
}

QJsonObject ImportedMedicationService::proposedPrescription(const ImportedMedicationLine& line) const
{
    QJsonObject p{
        {QStringLiteral("drug"), line.drug},
        {QStringLiteral("start"), WardBoardService::formDateTimeText(m_ws.clock().now())},
        {QStringLiteral("prescriber"), m_ws.currentUser() ? m_ws.currentUser()->fullName : QString()}};
    // "40 mg", "2 tablet": a number and a unit the prescription form knows.
    static const QRegularExpression doseRe(
        QStringLiteral("^\\s*([0-9]+(?:[.,][0-9]+)?)\\s*([A-Za-zµ]+)\\s*$"));
    const auto m = doseRe.match(line.dose);
    if (m.hasMatch()) {
        QString unit = m.captured(2).toLower();
        if (unit == QLatin1String("µg") || unit == QLatin1String("mcg")) {
            unit = QStringLiteral("ug");
        } else if (unit == QLatin1String("tablets")) {
            unit = QStringLiteral("tablet");
        }
        static const QStringList units{QStringLiteral("mg"), QStringLiteral("g"),  QStringLiteral("ug"),
                                       QStringLiteral("ml"), QStringLiteral("iu"), QStringLiteral("tablet")};
        if (units.contains(unit)) {
            p.insert(QStringLiteral("dose"),
                     m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble());
            p.insert(QStringLiteral("dose_unit"), unit);
        }
    }
    static const QStringList routes{QStringLiteral("oral"),       QStringLiteral("iv"),
                                    QStringLiteral("im"),         QStringLiteral("sc"),
                                    QStringLiteral("sublingual"), QStringLiteral("inhaled")};
    if (routes.contains(line.route.toLower())) {
        p.insert(QStringLiteral("route"), line.route.toLower());
    }
    QStringList comment{
        tr("Confirmed from the hospital record %1.").arg(asOfText(line.snapshotAt, m_ws.clock().now()))};
    if (!line.dosageText.isEmpty() || !line.frequency.isEmpty()) {
        comment << tr("As recorded there: %1")
                       .arg(QStringList{line.dose, line.frequency, line.dosageText}.join(
                           QStringLiteral(", ")));
    }
    p.insert(QStringLiteral("comment"), comment.join(QLatin1Char(' ')));
    return p;
}

Result<FormEntry> ImportedMedicationService::confirm(const QString& recordId, const QJsonObject& values)
{
    if (auto st = m_ws.require(Permission::Prescribe); !st) {
        return st.error();
    }
    auto l = line(recordId);
    if (!l) {
        return l.error();
    }
    if (l->confirmed) {
        return Error(tr("%1 is already confirmed.").arg(l->drug), Error::Code::Conflict);
    }
    QJsonObject prescription = proposedPrescription(*l);
    for (auto it = values.begin(); it != values.end(); ++it) {
        prescription.insert(it.key(), it.value());
    }
    // With the formulary drug named ("formulary_code"), the confirmation goes through the same
    // checks as a line written here ("override_reason" is the doctor's reason, if one is needed).
    Result<FormEntry> written = Error();
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (prescription.contains(QStringLiteral("formulary_code"))) {
        const QString reason = prescription.take(QStringLiteral("override_reason")).toString();
        auto formulary = medication::FormularyStore(m_ws).load();
        if (!formulary) {
            return formulary.error();
        }
        auto checked = medication::PrescribingService(m_ws, m_entries, *formulary)
                           .prescribe(l->record.patientId, prescription, reason);
        written = checked ? Result<FormEntry>(checked->line) : Result<FormEntry>(checked.error());
    } else {
        written = m_entries.save(QStringLiteral("prescription"), l->record.patientId, prescription);
    }
    if (!written) {
        return Error(tr("%1: %2").arg(l->drug, written.errorMessage()), written.error().code);
    }
    QJsonObject data = l->record.data;
    data.insert(confirmationKey, QStringLiteral("confirmed"));
    data.insert(QStringLiteral("prescriptionLine"), written->record.recordId);
    data.insert(QStringLiteral("confirmedBy"), m_ws.currentUser() ? m_ws.currentUser()->login : QString());
    data.insert(QStringLiteral("confirmedAt"), m_ws.clock().now().toUTC().toString(Qt::ISODate));
    // The prescription is the check (doctors only), so the amend itself needs no RecordCare.
    auto amended = RecordStore(m_ws).amend(recordId, data, tr("Confirmed as prescription line"));
    if (!amended) {
        return amended.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return written;
}

Result<int> ImportedMedicationService::confirmAll(const QString& patientId, const QJsonObject& values)
{
    if (auto st = m_ws.require(Permission::Prescribe); !st) {
        return st.error();
    }
    auto pending = toConfirm(patientId);
    if (!pending) {
        return pending.error();
    }
    int done = 0;
    for (const auto& l : *pending) {
        auto c = confirm(l.record.recordId, values);
        if (!c) {
            return Error(tr("%n line(s) confirmed, then: %1", nullptr, done).arg(c.errorMessage()),
                         c.error().code);
        }
        ++done;
    }
    return done;
}

Result<FormEntry> ImportedMedicationService::recordUnconfirmedDose(const QString& recordId,
                                                                   const QString& status, const QDateTime& at,
                                                                   const QString& reason,
                                                                   const QString& doseGiven)
{
    if (auto st = m_ws.require(Permission::RecordCare); !st) {
        return st.error();
    }
    auto l = line(recordId);
    if (!l) {
        return l.error();
    }
    if (l->confirmed) {
        return Error(tr("%1 is confirmed: record the dose against its prescription line.").arg(l->drug),
                     Error::Code::Conflict);
    }
    if (reason.trimmed().isEmpty()) {
        return Error(
            tr("%1 is not confirmed by a doctor yet: give the reason for recording a dose against it.")
                .arg(l->drug),
            Error::Code::InvalidInput);
    }
    const QString why = tr("Line from the hospital record, not confirmed: %1").arg(reason.trimmed());
    QJsonObject values{{QStringLiteral("prescription_line"), recordId},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("administered_at"), WardBoardService::formDateTimeText(at)},
                       {QStringLiteral("reason"), reason.trimmed()},
                       {QStringLiteral("comment"), why}};
    if (!doseGiven.isEmpty()) {
        values.insert(QStringLiteral("dose_given"), doseGiven);
    }
    return m_entries.save(QStringLiteral("medication_administration"), l->record.patientId, values, at);
}

QString ImportedMedicationService::asOfText(const QDateTime& snapshotAt, const QDateTime& now)
{
    if (!snapshotAt.isValid()) {
        return tr("(date unknown)");
    }
    const qint64 days = snapshotAt.toLocalTime().date().daysTo(now.toLocalTime().date());
    const QString when = snapshotAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"));
    if (days <= 0) {
        return tr("as of %1 (today)").arg(when);
    }
    return tr("as of %1 (%n day(s) old)", nullptr, static_cast<int>(days)).arg(when);
}

} // namespace wp
