#pragma once

#include "FormEntry.h"
#include "clinical/forms/FormRegistry.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp {

/// Saving paper-replacement forms as append-only records: validation against the
/// form definition (errors refuse, warnings pass), amendment with a reason, "entered
/// in error", and the rules that cross forms (prescribing is for doctors; SpO2 scale 2
/// only once a doctor has set it for the patient, for values typed here).
class FormEntryService
{
    Q_DECLARE_TR_FUNCTIONS(FormEntryService)

public:
    /// Key holding the form version inside a record's data.
    static QString formVersionKey() { return QStringLiteral("_form_version"); }

    /// Where the values come from. An import carries what was recorded elsewhere, as the
    /// source scored it (an observation on SpO2 scale 2 stays scale 2), so the rules that
    /// guard choices made on this laptop (the patient's scale) do not apply to it; the form's
    /// ranges and the permission rules still do.
    enum class Origin {
        OnScreen,
        Imported,
    };

    FormEntryService(Workspace& ws, const clinical::FormRegistry& forms) : m_ws(ws), m_forms(forms) {}

    /// Checks values as save() would, without writing (for live validation in forms).
    Result<clinical::FormValidation> validate(const QString& formId, const QString& patientId,
                                              const QJsonObject& values, Origin origin = Origin::OnScreen);
    /// Saves a new entry; `takenAt` is when it happened (may be earlier than now, not later
    /// than the clock's tolerance, not before the patient's birth).
    Result<FormEntry> save(const QString& formId, const QString& patientId, const QJsonObject& values,
                           const QDateTime& takenAt = {}, Origin origin = Origin::OnScreen);
    Result<FormEntry> amend(const QString& recordId, const QJsonObject& values, const QString& reason,
                            const QDateTime& takenAt = {});
    Result<FormEntry> markEnteredInError(const QString& recordId, const QString& reason);

    /// Latest version of every entry of a form for a patient, oldest first.
    Result<QList<FormEntry>> entries(const QString& patientId, const QString& formId,
                                     bool includeEnteredInError = false);
    Result<FormEntry> entry(const QString& recordId);

    /// The patient's NEWS2 SpO2 scale for new observations (1 unless a doctor set 2); an
    /// imported observation scored on scale 2 does not change it.
    int spo2Scale(const QString& patientId);
    /// Sets the scale; doctors only, with a reason (documented hypercapnic failure).
    Status setSpo2Scale(const QString& patientId, int scale, const QString& reason);

    /// Turns validation errors into one message "Field: problem; Field: problem".
    static QString describeErrors(const clinical::FormDefinition& form, const clinical::FieldIssues& issues);

private:
    Result<const clinical::FormDefinition*> formFor(const QString& formId) const;
    Status checkRules(const clinical::FormDefinition& form, const QString& patientId,
                      const QJsonObject& values, Origin origin, clinical::FormValidation& validation);
    /// A time taken later than the clock (beyond the imports' tolerance) or before the
    /// patient's birth is refused here, so every caller (form, import, CLI) gets the same rule.
    Status checkTakenAt(const QString& patientId, const QDateTime& takenAt);
    FormEntry toEntry(const RecordVersion& v) const;
    /// Validated values ready to store (visible fields only, with the form version), or why not.
    Result<QJsonObject> checkedData(const clinical::FormDefinition& form, const QString& patientId,
                                    const QJsonObject& values, Origin origin);

    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
};

} // namespace wp
