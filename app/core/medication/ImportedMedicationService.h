#pragma once

#include "entries/FormEntryService.h"
#include "records/RecordVersion.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QList>

namespace wp {

/// One active medication imported from the hospital record (a "hospital_medication" record),
/// as the MAR shows it: "to confirm" until a doctor confirms it into a prescription line.
struct ImportedMedicationLine
{
    RecordVersion record;
    QString drug;
    QString dose;
    QString route;
    QString frequency;
    QString dosageText;
    QDateTime snapshotAt;     ///< when the hospital record was taken (invalid when unknown)
    bool confirmed = false;   ///< a doctor confirmed it
    QString prescriptionLine; ///< the prescription written on confirmation (empty before)
};

/// Imported medications on the MAR. Confirming (doctors: Permission::Prescribe) writes a
/// prescription line like one written here — doses are scheduled from it only — and amends
/// the imported record to "confirmed" naming that line, so the MAR stops listing it to confirm.
/// A dose against an unconfirmed line needs a reason, recorded with the dose.
class ImportedMedicationService
{
    Q_DECLARE_TR_FUNCTIONS(ImportedMedicationService)

public:
    static QString kind() { return QStringLiteral("hospital_medication"); }

    ImportedMedicationService(Workspace& ws, FormEntryService& entries) : m_ws(ws), m_entries(entries) {}

    /// The patient's imported active (or on-hold) medications, confirmed ones included.
    Result<QList<ImportedMedicationLine>> lines(const QString& patientId);
    /// Only those still to confirm.
    Result<QList<ImportedMedicationLine>> toConfirm(const QString& patientId);

    /// The prescription values an imported line proposes (drug, dose and unit, route when
    /// they map onto the prescription form; start now; prescriber the current user). What the
    /// hospital record cannot say (the schedule, often) the doctor completes through `values`.
    QJsonObject proposedPrescription(const ImportedMedicationLine& line) const;
    /// Confirms one line: `values` override the proposal. Returns the prescription written.
    Result<FormEntry> confirm(const QString& recordId, const QJsonObject& values = {});
    /// "Review and confirm all": every line still to confirm, each with the same `values`
    /// (typically the schedule). Stops at the first refusal, naming the drug; lines already
    /// confirmed stay so. Returns how many were confirmed.
    Result<int> confirmAll(const QString& patientId, const QJsonObject& values);

    /// Records a dose against a line not yet confirmed (nurses): `reason` is required and is
    /// kept with the dose. `status` is given, held or refused.
    Result<FormEntry> recordUnconfirmedDose(const QString& recordId, const QString& status,
                                            const QDateTime& at, const QString& reason,
                                            const QString& doseGiven = {});

    /// "from the hospital record as of 03/12 06:00 (3 days old)" for `at` seen at `now`.
    static QString asOfText(const QDateTime& snapshotAt, const QDateTime& now);

private:
    Result<ImportedMedicationLine> line(const QString& recordId);
    static ImportedMedicationLine toLine(const RecordVersion& v);

    Workspace& m_ws;
    FormEntryService& m_entries;
};

} // namespace wp
