#pragma once

#include "LineSafety.h"
#include "PrescribingChecks.h"
#include "entries/FormEntryService.h"

#include <optional>

namespace wp::medication {

/// A prescription line written through the checks.
struct PrescribedLine
{
    FormEntry line;
    LineSafety safety;
};

/// Prescribing from the formulary (issue 18): gathers what the checks need about the patient
/// (recorded allergies, birth date, latest weight, active lines), runs PrescribingChecks,
/// and writes the prescription line with its "prescription_check" record in one transaction.
/// A finding that needs an override refuses the line unless the doctor gives a reason; the
/// reason and what it overrode are kept for the pharmacist and the nurse.
class PrescribingService
{
    Q_DECLARE_TR_FUNCTIONS(PrescribingService)

public:
    static QString checkKind() { return QStringLiteral("prescription_check"); }

    PrescribingService(Workspace& ws, FormEntryService& entries, const Formulary& formulary)
        : m_ws(ws), m_entries(entries), m_formulary(formulary)
    {}

    /// The patient as the checks see them now; `ignoreLine` leaves a line out of the active
    /// ones (the line being changed).
    Result<PatientFacts> facts(const QString& patientId, const QString& ignoreLine = {});
    /// The findings for prescription form values with "formulary_code" (nothing is written).
    Result<QList<PrescribingFinding>> check(const QString& patientId, const QJsonObject& values);
    /// Writes the line (doctors only). `values` are the prescription form's plus
    /// "formulary_code"; the drug's name is filled in from the formulary when missing.
    /// Refused with the findings when one needs an override and `overrideReason` is empty.
    Result<PrescribedLine> prescribe(const QString& patientId, QJsonObject values,
                                     const QString& overrideReason = {});

    /// The check record of a line, if it was prescribed through the checks.
    Result<std::optional<LineSafety>> safety(const QString& prescriptionLine);
    /// Every check record of a patient's lines, by line id.
    Result<QHash<QString, LineSafety>> safetyByLine(const QString& patientId);

    /// Findings that need an override, as one message.
    static QString describe(const QList<PrescribingFinding>& findings);
    static LineSafety toSafety(const RecordVersion& v);

private:
    Workspace& m_ws;
    FormEntryService& m_entries;
    const Formulary& m_formulary;
};

} // namespace wp::medication
