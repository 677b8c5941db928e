#pragma once

#include "entries/FormEntryService.h"

#include <QCoreApplication>

namespace wp::medication {

/// The second nurse of an independent double check: who, and their own password.
struct SecondCheck
{
    QString login;
    QString password;
};

/// Giving a high-risk drug (issue 18: insulins, heparins, opioids, injectable potassium,
/// chemotherapy, as the formulary flags them): a second nurse confirms on the same screen with
/// their own password. The dose and a "double_check" record naming both nurses are written in
/// one transaction and audited. FormEntryService refuses a dose "given" of a high-risk line
/// that did not come through here.
class HighRiskAdministration
{
    Q_DECLARE_TR_FUNCTIONS(HighRiskAdministration)

public:
    static QString kind() { return QStringLiteral("double_check"); }
    /// Key of the values that says the second check was made (never stored with the dose).
    static QString checkedKey() { return QStringLiteral("_second_check"); }

    HighRiskAdministration(Workspace& ws, FormEntryService& entries) : m_ws(ws), m_entries(entries) {}

    /// Whether the line was prescribed as a high-risk formulary drug.
    static bool isHighRisk(Workspace& ws, const QString& patientId, const QString& prescriptionLine);

    /// Records a dose (medication_administration values naming the line). For "given", the
    /// second nurse must be another active user who may record care, with the right password;
    /// held or refused needs no second nurse. Nothing is written when refused.
    Result<FormEntry> record(const QString& patientId, QJsonObject values, const SecondCheck& second);

private:
    Workspace& m_ws;
    FormEntryService& m_entries;
};

} // namespace wp::medication
