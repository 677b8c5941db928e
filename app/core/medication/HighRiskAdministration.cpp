#include "HighRiskAdministration.h"

#include "PrescribingService.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "records/RecordStore.h"
#include "users/UserService.h"
#include "ward/WardBoardService.h"

namespace wp::medication {

bool HighRiskAdministration::isHighRisk(Workspace& ws, const QString& patientId,
                                        const QString& prescriptionLine)
{
    if (prescriptionLine.isEmpty()) {
        return false;
    }
    auto checks = RecordStore(ws).latestForPatient(patientId, PrescribingService::checkKind());
    if (!checks) {
        return false;
    }
    for (const auto& c : *checks) {
        if (c.data.value(QStringLiteral("prescription_line")).toString() == prescriptionLine &&
            c.data.value(QStringLiteral("high_risk")).toBool()) {
            return true;
        }
    }
    return false;
}

Result<FormEntry> HighRiskAdministration::record(const QString& patientId, QJsonObject values,
                                                 const SecondCheck& second)
{
    if (auto st = m_ws.require(Permission::RecordCare); !st) {
        return st.error();
    }
    const QString line = values.value(QStringLiteral("prescription_line")).toString();
    const bool given = values.value(QStringLiteral("status")).toString() == QLatin1String("given");
    if (!given || !isHighRisk(m_ws, patientId, line)) {
        return m_entries.save(QStringLiteral("medication_administration"), patientId, values);
    }
    const QString first = m_ws.currentUser() ? m_ws.currentUser()->login : QString();
    const QString login = second.login.trimmed();
    if (login.isEmpty() || second.password.isEmpty()) {
        return Error(
            tr("High-risk drug: a second nurse must check this dose and type their own login and password."),
            Error::Code::InvalidInput);
    }
    if (login.compare(first, Qt::CaseInsensitive) == 0) {
        return Error(tr("The second check must be made by another person than the one giving the dose."),
                     Error::Code::InvalidInput);
    }
    // The second nurse's own password, checked as at login (wrong ones count towards the delay).
    auto checker = UserService(m_ws).authenticate(login, second.password);
    if (!checker) {
        return Error(tr("Second check refused: %1").arg(checker.errorMessage()),
                     Error::Code::AuthenticationFailed);
    }
    if (!Roles::allows(checker->role, Permission::RecordCare)) {
        return Error(tr("Second check refused: %1 (%2) does not record care.")
                         .arg(checker->login, Roles::label(checker->role)),
                     Error::Code::PermissionDenied);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    values.insert(checkedKey(), checker->login);
    auto dose =
        m_entries.save(QStringLiteral("medication_administration"), patientId, values,
                       WardBoardService::formDateTime(values.value(QStringLiteral("administered_at"))));
    if (!dose) {
        return dose.error();
    }
    const QJsonObject check{{QStringLiteral("administration"), dose->record.recordId},
                            {QStringLiteral("prescription_line"), line},
                            {QStringLiteral("given_by"), first},
                            {QStringLiteral("checked_by"), checker->login},
                            {QStringLiteral("checked_by_name"), checker->fullName}};
    auto written = RecordStore(m_ws).createInTransaction(kind(), patientId, check, dose->record.occurredAt);
    if (!written) {
        return written.error();
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("medication.double_check"), QStringLiteral("record"),
                                        dose->record.recordId,
                                        tr("given by %1, checked by %2").arg(first, checker->login));
        !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return dose;
}

} // namespace wp::medication
