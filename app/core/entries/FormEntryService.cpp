#include "FormEntryService.h"

#include "Transaction.h"
#include "clinical/forms/FormValidator.h"
#include "foundation/Clock.h"
#include "medication/HighRiskAdministration.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"

#include <QLocale>

namespace wp {

namespace {

const auto scaleKind = QStringLiteral("news2_scale");

/// Values as the form sees them: without our bookkeeping keys.
QJsonObject formValues(QJsonObject values)
{
    values.remove(FormEntryService::formVersionKey());
    values.remove(medication::HighRiskAdministration::checkedKey());
    return values;
}

} // namespace

Result<const clinical::FormDefinition*> FormEntryService::formFor(const QString& formId) const
{
    const auto* form = m_forms.form(formId);
    if (!form) {
        return Error(tr("There is no form called %1.").arg(formId), Error::Code::NotFound);
    }
    return form;
}

QString FormEntryService::describeErrors(const clinical::FormDefinition& form,
                                         const clinical::FieldIssues& issues)
{
    QStringList parts;
    for (const auto& issue : issues) {
        if (!issue.isError()) {
            continue;
        }
        const auto* field = form.field(issue.field);
        parts << (field ? QStringLiteral("%1: %2").arg(field->label.text(), issue.message) : issue.message);
    }
    return parts.join(QStringLiteral("; "));
}

Status FormEntryService::checkRules(const clinical::FormDefinition& form, const QString& patientId,
                                    const QJsonObject& values, Origin origin,
                                    clinical::FormValidation& validation)
{
    if (form.id == QLatin1String("prescription")) {
        if (auto st = m_ws.require(Permission::Prescribe); !st) {
            return st;
        }
    }
    // A high-risk drug given needs the second nurse's check, which only HighRiskAdministration
    // makes (their password, on the same screen): a dose saved any other way is refused.
    if (form.id == QLatin1String("medication_administration") &&
        values.value(QStringLiteral("status")).toString() == QLatin1String("given") &&
        !values.contains(medication::HighRiskAdministration::checkedKey()) &&
        medication::HighRiskAdministration::isHighRisk(
            m_ws, patientId, values.value(QStringLiteral("prescription_line")).toString())) {
        validation.issues << clinical::FieldIssue{QStringLiteral("status"),
                                                  tr("High-risk drug: a second nurse must check this dose "
                                                     "with their own password."),
                                                  clinical::FieldIssue::Severity::Error};
    }
    // Scale 2 typed here needs a doctor's decision for this patient. An imported observation
    // keeps the scale its source scored it on (ward-csv.md allows 1 or 2): refusing it would
    // refuse the file, and taking it as the patient's scale would make that decision for the doctor.
    if (origin == Origin::OnScreen && form.field(QStringLiteral("spo2_scale")) &&
        values.value(QStringLiteral("spo2_scale")).toVariant().toString() == QLatin1String("2") &&
        spo2Scale(patientId) != 2) {
        validation.issues << clinical::FieldIssue{QStringLiteral("spo2_scale"),
                                                  tr("SpO2 scale 2 is only for patients for whom a doctor "
                                                     "has set it (hypercapnic respiratory failure)."),
                                                  clinical::FieldIssue::Severity::Error};
    }
    return {};
}

Result<clinical::FormValidation> FormEntryService::validate(const QString& formId, const QString& patientId,
                                                            const QJsonObject& values, Origin origin)
{
    auto form = formFor(formId);
    if (!form) {
        return form.error();
    }
    const QJsonObject plain = formValues(values);
    clinical::FormValidation validation = clinical::FormValidator::validate(**form, plain);
    // The rules also see the mark of a second nurse's check (never a field, never stored).
    QJsonObject ruled = plain;
    if (const auto check = values.value(medication::HighRiskAdministration::checkedKey());
        !check.isUndefined()) {
        ruled.insert(medication::HighRiskAdministration::checkedKey(), check);
    }
    if (auto st = checkRules(**form, patientId, ruled, origin, validation); !st) {
        return st.error();
    }
    return validation;
}

FormEntry FormEntryService::toEntry(const RecordVersion& v) const
{
    FormEntry e;
    e.record = v;
    const int version = v.data.value(formVersionKey()).toInt(0);
    e.form = version > 0 ? m_forms.form(v.kind, version) : nullptr;
    if (!e.form) {
        e.form = m_forms.form(v.kind);
    }
    if (e.form) {
        e.validation = clinical::FormValidator::validate(*e.form, formValues(v.data));
    }
    return e;
}

Result<QJsonObject> FormEntryService::checkedData(const clinical::FormDefinition& form,
                                                  const QString& patientId, const QJsonObject& values,
                                                  Origin origin)
{
    auto validation = validate(form.id, patientId, values, origin);
    if (!validation) {
        return validation.error();
    }
    if (!validation->ok()) {
        return Error(describeErrors(form, validation->issues), Error::Code::InvalidInput);
    }
    QJsonObject data = clinical::FormValidator::visibleValues(form, formValues(values));
    data.insert(formVersionKey(), form.version);
    return data;
}

Status FormEntryService::checkTakenAt(const QString& patientId, const QDateTime& takenAt)
{
    if (!takenAt.isValid()) {
        return {}; // "now", set by the record store
    }
    // The same tolerance as the imports: a form is not stricter than a file of the same facts.
    const QDateTime latest = m_ws.clock().now().addSecs(clockToleranceSeconds);
    const auto shown = [](const QDateTime& t) {
        return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    if (takenAt > latest) {
        return Error(tr("The time taken, %1, is later than this laptop's clock (%2): nothing was saved. "
                        "Check the time entered, or the laptop's clock.")
                         .arg(shown(takenAt), shown(m_ws.clock().now())),
                     Error::Code::InvalidInput);
    }
    auto patient = PatientService(m_ws).find(patientId);
    if (patient && patient->birthDate.isValid() && takenAt.toLocalTime().date() < patient->birthDate) {
        return Error(tr("The time taken, %1, is before the patient's birth on %2: nothing was saved.")
                         .arg(shown(takenAt), QLocale().toString(patient->birthDate, QLocale::ShortFormat)),
                     Error::Code::InvalidInput);
    }
    return {};
}

Result<FormEntry> FormEntryService::save(const QString& formId, const QString& patientId,
                                         const QJsonObject& values, const QDateTime& takenAt, Origin origin)
{
    auto form = formFor(formId);
    if (!form) {
        return form.error();
    }
    if (auto st = checkTakenAt(patientId, takenAt); !st) {
        return st.error();
    }
    auto data = checkedData(**form, patientId, values, origin);
    if (!data) {
        return data.error();
    }
    auto written = RecordStore(m_ws).create(formId, patientId, *data, takenAt);
    if (!written) {
        return written.error();
    }
    return toEntry(*written);
}

Result<FormEntry> FormEntryService::amend(const QString& recordId, const QJsonObject& values,
                                          const QString& reason, const QDateTime& takenAt)
{
    auto current = RecordStore(m_ws).latest(recordId);
    if (!current) {
        return current.error();
    }
    auto form = formFor(current->kind);
    if (!form) {
        return form.error();
    }
    if (auto st = checkTakenAt(current->patientId, takenAt); !st) {
        return st.error();
    }
    // An amendment is typed here, whatever the entry's first origin.
    auto data = checkedData(**form, current->patientId, values, Origin::OnScreen);
    if (!data) {
        return data.error();
    }
    auto written = RecordStore(m_ws).amend(recordId, *data, reason, takenAt);
    if (!written) {
        return written.error();
    }
    return toEntry(*written);
}

Result<FormEntry> FormEntryService::markEnteredInError(const QString& recordId, const QString& reason)
{
    auto written = RecordStore(m_ws).markEnteredInError(recordId, reason);
    if (!written) {
        return written.error();
    }
    return toEntry(*written);
}

Result<QList<FormEntry>> FormEntryService::entries(const QString& patientId, const QString& formId,
                                                   bool includeEnteredInError)
{
    auto versions = RecordStore(m_ws).latestForPatient(patientId, formId, includeEnteredInError);
    if (!versions) {
        return versions.error();
    }
    QList<FormEntry> list;
    list.reserve(versions->size());
    for (const auto& v : *versions) {
        list << toEntry(v);
    }
    return list;
}

Result<FormEntry> FormEntryService::entry(const QString& recordId)
{
    auto v = RecordStore(m_ws).latest(recordId);
    if (!v) {
        return v.error();
    }
    return toEntry(*v);
}

int FormEntryService::spo2Scale(const QString& patientId)
{
    auto settings = RecordStore(m_ws).latestForPatient(patientId, scaleKind);
    if (!settings || settings->isEmpty()) {
        return 1;
    }
    return settings->last().data.value(QStringLiteral("scale")).toInt(1) == 2 ? 2 : 1;
}

Status FormEntryService::setSpo2Scale(const QString& patientId, int scale, const QString& reason)
{
    if (auto st = m_ws.require(Permission::SetNews2Scale2); !st) {
        return st;
    }
    if (scale != 1 && scale != 2) {
        return Error(tr("The SpO2 scale is 1 or 2."), Error::Code::InvalidInput);
    }
    if (reason.trimmed().isEmpty()) {
        return Error(tr("Say why the SpO2 scale changes."), Error::Code::InvalidInput);
    }
    auto written = RecordStore(m_ws).create(
        scaleKind, patientId,
        {{QStringLiteral("scale"), scale}, {QStringLiteral("reason"), reason.trimmed()}});
    return written ? Status() : Status(written.error());
}

} // namespace wp
