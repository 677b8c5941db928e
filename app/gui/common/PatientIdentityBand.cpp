#include "PatientIdentityBand.h"

#include "clinical/IdentityStatus.h"
#include "patients/PatientService.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wp::gui {

PatientIdentityBand::PatientIdentityBand(Workspace& ws, const QString& patientId, QWidget* parent)
    : QFrame(parent), m_ws(ws), m_patientId(patientId)
{
    build();
    reload();
}

PatientIdentityBand::PatientIdentityBand(Workspace& ws, const Patient& patient, QWidget* parent)
    : QFrame(parent), m_ws(ws), m_patientId(patient.id)
{
    build();
    setPatient(patient);
}

void PatientIdentityBand::build()
{
    setObjectName(QStringLiteral("patientIdentityBand"));
    setFrameShape(QFrame::StyledPanel);
    // Scoped to the frame itself, so that the labels inside keep their own colours.
    setStyleSheet(
        QStringLiteral("QFrame#patientIdentityBand { background: #eceff1; border: 1px solid #b0bec5; "
                       "border-radius: 3px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    auto* top = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("patientIdentityBandName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_name->setFont(big);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("patientIdentityBandDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_name, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addWidget(m_details, 1);
    layout->addLayout(top);
    m_allergies = new QLabel(this);
    m_allergies->setObjectName(QStringLiteral("patientIdentityBandAllergies"));
    m_allergies->setWordWrap(true);
    layout->addWidget(m_allergies);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void PatientIdentityBand::reload()
{
    auto p = PatientService(m_ws).find(m_patientId);
    if (!p) {
        m_name->setText(tr("Unknown patient"));
        m_details->setText(p.errorMessage());
        m_allergies->clear();
        m_allergic = false;
        return;
    }
    setPatient(*p);
}

void PatientIdentityBand::setPatient(const Patient& p)
{
    m_patientId = p.id;
    const QDate today = m_ws.clock().now().toLocalTime().date();
    m_name->setText(p.displayName());
    QStringList parts;
    parts << tr("born %1 (%2 y)").arg(p.birthDate.toString(QStringLiteral("dd/MM/yyyy"))).arg(p.ageOn(today));
    parts << p.sex;
    parts << tr("No. %1").arg(p.downtimeNumber);
    if (!p.ipp.isEmpty()) {
        parts << tr("IPP %1").arg(p.ipp);
    }
    if (p.status == QLatin1String("admitted")) {
        parts << tr("%1, bed %2").arg(p.wardCode, p.bedLabel);
    }
    parts << tr("identity %1")
                 .arg(clinical::label(clinical::identityStatusFromCode(p.identityStatus)
                                          .value_or(clinical::IdentityStatus::Provisional))
                          .toLower());
    m_details->setText(parts.join(QStringLiteral(" · ")));

    const QString a = p.allergies.trimmed();
    m_allergic = !a.isEmpty() && a.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0;
    if (a.isEmpty()) {
        m_allergies->setText(tr("Allergies not recorded — ask the patient before giving anything."));
        m_allergies->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    } else if (!m_allergic) {
        m_allergies->setText(tr("No known allergy"));
        m_allergies->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else {
        m_allergies->setText(tr("⚠ ALLERGIES: %1").arg(a));
        m_allergies->setStyleSheet(
            QStringLiteral("background: #c62828; color: white; font-weight: bold; padding: 2px 4px;"));
    }
}

QString PatientIdentityBand::identityText() const
{
    return m_name->text() + QStringLiteral(" · ") + m_details->text();
}

QString PatientIdentityBand::allergyText() const
{
    return m_allergies->text();
}

} // namespace wp::gui
