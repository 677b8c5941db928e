#include "PrintService.h"

#include "FallbackKit.h"
#include "HandoverSheet.h"
#include "LabelSheet.h"
#include "OrderRequestSheet.h"
#include "SituationReport.h"
#include "TransferLetter.h"
#include "TubeLabelSheet.h"
#include "audit/AuditLog.h"
#include "patients/PatientService.h"

#include <QDir>
#include <QUuid>

namespace wp::printing {

QString PrintService::code(PrintKind kind)
{
    switch (kind) {
    case PrintKind::Handover:
        return QStringLiteral("handover");
    case PrintKind::Transfer:
        return QStringLiteral("transfer");
    case PrintKind::Labels:
        return QStringLiteral("labels");
    case PrintKind::Kit:
        return QStringLiteral("kit");
    case PrintKind::Sitrep:
        return QStringLiteral("sitrep");
    case PrintKind::OrderRequest:
        return QStringLiteral("order-request");
    case PrintKind::TubeLabels:
        break;
    }
    return QStringLiteral("tube-labels");
}

std::optional<PrintKind> PrintService::kindFromCode(const QString& text)
{
    for (PrintKind k : {PrintKind::Handover, PrintKind::Transfer, PrintKind::Labels, PrintKind::Kit,
                        PrintKind::Sitrep, PrintKind::OrderRequest, PrintKind::TubeLabels}) {
        if (code(k) == text) {
            return k;
        }
    }
    return std::nullopt;
}

QString PrintService::label(PrintKind kind)
{
    switch (kind) {
    case PrintKind::Handover:
        return tr("Ward handover sheet");
    case PrintKind::Transfer:
        return tr("Transfer letter");
    case PrintKind::Labels:
        return tr("Labels and wristband");
    case PrintKind::Kit:
        return tr("Paper fallback kit");
    case PrintKind::Sitrep:
        return tr("Situation report");
    case PrintKind::OrderRequest:
        return tr("Laboratory or imaging request");
    case PrintKind::TubeLabels:
        break;
    }
    return tr("Tube labels");
}

bool PrintService::needsPatient(PrintKind kind)
{
    return kind == PrintKind::Transfer || kind == PrintKind::Labels || kind == PrintKind::Kit;
}

Result<Patient> PrintService::findPatient(const QString& number)
{
    PatientService patients(m_ws);
    // A record id, as the GUI passes it, is a UUID: never a downtime number or an IPP.
    if (!QUuid::fromString(number.trimmed()).isNull()) {
        return patients.find(number.trimmed());
    }
    return patients.findByNumber(number);
}

Result<std::unique_ptr<PrintDocument>> PrintService::prepare(const PrintRequest& request)
{
    if (auto st = m_ws.require(Permission::Print); !st) {
        return st.error();
    }
    const auto done = [](auto built) -> Result<std::unique_ptr<PrintDocument>> {
        if (!built) {
            return built.error();
        }
        return std::unique_ptr<PrintDocument>(std::move(built).value());
    };
    if (request.kind == PrintKind::Handover) {
        m_subject = request.handover.wardCode;
        return done(HandoverSheet::build(m_ws, request.handover));
    }
    if (request.kind == PrintKind::Sitrep) {
        m_subject = m_ws.deviceCode();
        return done(SituationReport::build(m_ws, request.periodHours));
    }
    // Audited against the order's patient, like every patient printout.
    if (request.kind == PrintKind::OrderRequest) {
        auto sheet = OrderRequestSheet::build(m_ws, request.order);
        if (sheet) {
            m_subject = (*sheet)->data().order.patientId;
        }
        return done(std::move(sheet));
    }
    if (request.kind == PrintKind::TubeLabels) {
        auto sheet = TubeLabelSheet::build(m_ws, request.order);
        if (sheet) {
            m_subject = (*sheet)->data().order.patientId;
        }
        return done(std::move(sheet));
    }
    auto patient = findPatient(request.patient);
    if (!patient) {
        return patient.error();
    }
    m_subject = patient->id;
    switch (request.kind) {
    case PrintKind::Transfer:
        return done(TransferLetter::build(m_ws, *patient));
    case PrintKind::Labels:
        return done(LabelSheet::build(m_ws, *patient));
    default:
        break;
    }
    return done(FallbackKit::build(m_ws, *patient));
}

Status PrintService::audit(const PrintDocument& document, const QString& target)
{
    const bool patient =
        document.kind() != QLatin1String("handover") && document.kind() != QLatin1String("sitrep");
    return AuditLog(m_ws).append(QStringLiteral("print.") + document.kind(),
                                 patient ? QStringLiteral("patient") : QStringLiteral("ward"), m_subject,
                                 QStringLiteral("%1 page(s) to %2").arg(document.pageCount()).arg(target));
}

Status PrintService::print(PrintDocument& document, QPagedPaintDevice& device, const QString& target)
{
    if (auto st = m_ws.require(Permission::Print); !st) {
        return st;
    }
    if (auto st = document.render(device); !st) {
        return st;
    }
    return audit(document, target);
}

Status PrintService::printToPdf(PrintDocument& document, const QString& path)
{
    if (auto st = m_ws.require(Permission::Print); !st) {
        return st;
    }
    if (auto st = document.writePdf(path); !st) {
        return st;
    }
    return audit(document, QDir::toNativeSeparators(path));
}

} // namespace wp::printing
