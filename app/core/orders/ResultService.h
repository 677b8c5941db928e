#pragma once

#include "Catalogue.h"
#include "Order.h"
#include "records/RecordVersion.h"
#include "workspace/Workspace.h"

#include <QJsonObject>

namespace wp::orders {

/// A result as typed (or read from a file), before it is checked.
struct ResultEntry
{
    QString order; ///< record id or number
    QString test;  ///< LOINC code, or the imaging exam's code for its report
    QString value; ///< as typed: "4,2", "positive", or the report's text
    QString unit;  ///< optional; when given it must be the catalogue's
    QString comment;
    QString via = QStringLiteral("paper"); ///< `paper`, `phone` or `lab`
    QDateTime resultedAt;                  ///< invalid: now
    /// Phone only: who called, the value the receiver read back, and whether the receiver
    /// checked the patient's name, birth date and downtime number with the caller.
    QString caller;
    QString readBack;
    bool identityConfirmed = false;
    /// Imaging only: the report has a finding that must reach a clinician now.
    bool criticalFinding = false;
};

/// Entering results against orders: the value checked against the catalogue (a number for a
/// numeric test, physically possible, the catalogue's unit), the flag computed from the
/// patient's reference range and critical limits, a read-back for phoned results. A critical
/// result raises an alert (AlertService) until a doctor acknowledges it.
class ResultService
{
    Q_DECLARE_TR_FUNCTIONS(ResultService)

public:
    static QString callKind() { return QStringLiteral("lab_result_call"); }

    ResultService(Workspace& ws, const Catalogue& catalogue) : m_ws(ws), m_catalogue(catalogue) {}

    /// Checks an entry as enter() would, without writing (for live validation and dry runs).
    Result<LabResult> check(const ResultEntry& entry);
    /// Writes a result in its own transaction (RecordResults).
    Result<LabResult> enter(const ResultEntry& entry);
    /// enter() inside the caller's transaction (an import writes all its lines or none).
    Result<LabResult> enterInTransaction(const ResultEntry& entry);
    /// A corrected value for a result already entered (a new version; reason required).
    Result<LabResult> correct(const QString& resultRecordId, const QString& value, const QString& reason);

    /// The laboratory phoned a critical result to the ward: who took it, and that they read it back.
    Status recordCall(const QString& resultRecordId, const QString& receiver, bool readBack);
    /// Critical results entered on this laptop by the laboratory that nobody has phoned yet.
    Result<QList<LabResult>> toPhone();

private:
    struct Checked
    {
        Order order;
        LabResult result;
        QJsonObject data;
    };
    Result<Checked> validate(const ResultEntry& entry);
    /// The current version of a result record, or why it is not one.
    Result<RecordVersion> latestResult(const QString& resultRecordId);

    Workspace& m_ws;
    const Catalogue& m_catalogue;
};

} // namespace wp::orders
