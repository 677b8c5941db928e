#include "PrescribingService.h"

#include "Transaction.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "ward/WardBoardService.h"

#include <QJsonArray>

namespace wp::medication {

namespace {

std::optional<double> number(const QJsonValue& v)
{
    bool ok = v.isDouble();
    double d = v.toDouble();
    if (v.isString()) {
        d = v.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    }
    return ok && d > 0 ? std::optional<double>(d) : std::nullopt;
}

} // namespace

LineSafety PrescribingService::toSafety(const RecordVersion& v)
{
    LineSafety s;
    s.record = v;
    s.prescriptionLine = v.data.value(QStringLiteral("prescription_line")).toString();
    s.prescriptionVersion = v.data.value(QStringLiteral("prescription_version")).toInt();
    s.formularyCode = v.data.value(QStringLiteral("formulary_code")).toString();
    s.highRisk = v.data.value(QStringLiteral("high_risk")).toBool();
    s.overrideReason = v.data.value(QStringLiteral("override_reason")).toString();
    s.overriddenBy = v.data.value(QStringLiteral("overridden_by")).toString();
    for (const auto& f : v.data.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = f.toObject();
        PrescribingFinding finding{PrescribingFinding::Kind::UnknownDrug,
                                   o.value(QStringLiteral("message")).toString(), true};
        const QString code = o.value(QStringLiteral("code")).toString();
        for (int k = 0; k <= static_cast<int>(PrescribingFinding::Kind::HighRisk); ++k) {
            const auto kind = static_cast<PrescribingFinding::Kind>(k);
            if (PrescribingFinding::code(kind) == code) {
                finding.kind = kind;
            }
        }
        s.findings << finding;
    }
    return s;
}

Result<QHash<QString, LineSafety>> PrescribingService::safetyByLine(const QString& patientId)
{
    auto records = RecordStore(m_ws).latestForPatient(patientId, checkKind());
    if (!records) {
        return records.error();
    }
    QHash<QString, LineSafety> out;
    for (const auto& v : *records) {
        LineSafety s = toSafety(v);
        // A line changed and checked again has a newer check record: keep the newest.
        if (!out.contains(s.prescriptionLine) ||
            out.value(s.prescriptionLine).prescriptionVersion <= s.prescriptionVersion) {
            out.insert(s.prescriptionLine, s);
        }
    }
    return out;
}

Result<std::optional<LineSafety>> PrescribingService::safety(const QString& prescriptionLine)
{
    auto line = RecordStore(m_ws).latest(prescriptionLine);
    if (!line) {
        return line.error();
    }
    auto all = safetyByLine(line->patientId);
    if (!all) {
        return all.error();
    }
    if (!all->contains(prescriptionLine)) {
        return std::optional<LineSafety>();
    }
    return std::optional<LineSafety>(all->value(prescriptionLine));
}

Result<PatientFacts> PrescribingService::facts(const QString& patientId, const QString& ignoreLine)
{
    auto patient = PatientService(m_ws).find(patientId);
    if (!patient) {
        return patient.error();
    }
    PatientFacts f;
    f.birthDate = patient->birthDate;
    QStringList allergies;
    if (!patient->allergies.trimmed().isEmpty()) {
        allergies << patient->allergies.trimmed();
    }
    auto admissions = RecordStore(m_ws).latestForPatient(patientId, QStringLiteral("admission"));
    if (!admissions) {
        return admissions.error();
    }
    // Latest weight: the admission form is where a weight is recorded today.
    for (const auto& a : *admissions) {
        if (const auto w = number(a.data.value(QStringLiteral("weight")))) {
            if (!f.weightAt.isValid() || a.occurredAt >= f.weightAt) {
                f.weightKg = w;
                f.weightAt = a.occurredAt;
            }
        }
        const QString text = a.data.value(QStringLiteral("allergies")).toString().trimmed();
        if (!text.isEmpty() && !allergies.contains(text)) {
            allergies << text;
        }
    }
    f.allergies = allergies.join(QStringLiteral("; "));
    auto lines = m_entries.entries(patientId, QStringLiteral("prescription"));
    if (!lines) {
        return lines.error();
    }
    auto safety = safetyByLine(patientId);
    if (!safety) {
        return safety.error();
    }
    const QDateTime now = m_ws.clock().now();
    for (const auto& l : *lines) {
        if (l.record.recordId == ignoreLine || !WardBoardService::isActive(l.values(), now)) {
            continue;
        }
        f.activeLines << ActiveLine{l.record.recordId, safety->value(l.record.recordId).formularyCode,
                                    l.values().value(QStringLiteral("drug")).toString()};
    }
    return f;
}

Result<QList<PrescribingFinding>> PrescribingService::check(const QString& patientId,
                                                            const QJsonObject& values)
{
    auto f = facts(patientId);
    if (!f) {
        return f.error();
    }
    return PrescribingChecks::run(m_formulary, ProposedLine::fromValues(values), *f, m_ws.clock().now());
}

QString PrescribingService::describe(const QList<PrescribingFinding>& findings)
{
    QStringList parts;
    for (const auto& f : findings) {
        if (f.needsOverride) {
            parts << f.message;
        }
    }
    return parts.join(QLatin1Char(' '));
}

Result<PrescribedLine> PrescribingService::prescribe(const QString& patientId, QJsonObject values,
                                                     const QString& overrideReason)
{
    if (auto st = m_ws.require(Permission::Prescribe); !st) {
        return st.error();
    }
    const QString code = values.value(QStringLiteral("formulary_code")).toString();
    const FormularyDrug* drug = m_formulary.drug(code);
    if (!drug) {
        return Error(code.isEmpty() ? tr("Choose a drug of the formulary.")
                                    : tr("%1 is not a drug of the formulary.").arg(code),
                     Error::Code::InvalidInput);
    }
    if (values.value(QStringLiteral("drug")).toString().trimmed().isEmpty()) {
        values.insert(QStringLiteral("drug"), drug->displayName());
    }
    if (values.value(QStringLiteral("prescriber")).toString().trimmed().isEmpty() && m_ws.currentUser()) {
        values.insert(QStringLiteral("prescriber"), m_ws.currentUser()->fullName);
    }
    auto findings = check(patientId, values);
    if (!findings) {
        return findings.error();
    }
    QList<PrescribingFinding> overridden;
    for (const auto& f : *findings) {
        if (f.needsOverride) {
            overridden << f;
        }
    }
    const QString reason = overrideReason.trimmed();
    if (!overridden.isEmpty() && reason.isEmpty()) {
        return Error(tr("%1 To prescribe anyway, give the reason.").arg(describe(overridden)),
                     Error::Code::InvalidInput);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    values.remove(QStringLiteral("formulary_code"));
    auto line = m_entries.save(QStringLiteral("prescription"), patientId, values);
    if (!line) {
        return line.error();
    }
    QJsonArray stored;
    for (const auto& f : overridden) {
        stored.append(QJsonObject{{QStringLiteral("code"), PrescribingFinding::code(f.kind)},
                                  {QStringLiteral("message"), f.message}});
    }
    QJsonObject data{{QStringLiteral("prescription_line"), line->record.recordId},
                     {QStringLiteral("prescription_version"), line->record.version},
                     {QStringLiteral("formulary_code"), drug->code},
                     {QStringLiteral("drug"), drug->displayName()},
                     {QStringLiteral("high_risk"), drug->highRisk},
                     {QStringLiteral("findings"), stored}};
    if (!overridden.isEmpty()) {
        data.insert(QStringLiteral("override_reason"), reason);
        data.insert(QStringLiteral("overridden_by"),
                    m_ws.currentUser() ? m_ws.currentUser()->login : QString());
    }
    auto check = RecordStore(m_ws).createInTransaction(checkKind(), patientId, data);
    if (!check) {
        return check.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return PrescribedLine{*line, toSafety(*check)};
}

} // namespace wp::medication
