#include "AlertBanner.h"

#include "AcknowledgeDialog.h"
#include "orders/AlertService.h"
#include "patients/PatientService.h"
#include "ward/WardBoardModel.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace wp::gui {

AlertBanner::AlertBanner(Workspace& ws, const QString& patientId, QWidget* parent)
    : QFrame(parent), m_ws(ws), m_patientId(patientId)
{
    setObjectName(QStringLiteral("chartAlertBanner"));
    setStyleSheet(QStringLiteral("#chartAlertBanner { background: #ffebee; border: 1px solid #c62828; }"
                                 "#chartAlertBanner QLabel { color: #b71c1c; font-weight: bold; }"));
    m_catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("chartAlertText"));
    m_text->setWordWrap(true);
    m_button = new QPushButton(tr("Ac&knowledge…"), this);
    m_button->setObjectName(QStringLiteral("chartAcknowledgeButton"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &AlertBanner::acknowledgeOldest);
    reload();
}

QString AlertBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void AlertBanner::reload()
{
    auto alerts = orders::AlertService(m_ws, m_catalogue).forPatient(m_patientId, true);
    if (!alerts) {
        m_text->setText(alerts.errorMessage());
        show();
        return;
    }
    m_alerts = *alerts;
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const orders::Alert& a, const orders::Alert& b) { return a.raisedAt < b.raisedAt; });
    if (m_alerts.isEmpty()) {
        hide();
        return;
    }
    const QDateTime now = m_ws.clock().now();
    QStringList parts;
    for (const auto& a : m_alerts) {
        parts << QStringLiteral("%1, %2").arg(a.summary, WardBoardModel::ageText(a.raisedAt, now));
    }
    m_text->setText(tr("⚠ Unanswered: %1").arg(parts.join(QStringLiteral("; "))));
    m_button->setEnabled(m_ws.require(Permission::AcknowledgeAlerts).ok());
    show();
}

bool AlertBanner::acknowledgeOldest()
{
    if (m_alerts.isEmpty()) {
        return false;
    }
    QString who;
    if (auto p = PatientService(m_ws).find(m_patientId)) {
        who = QStringLiteral("%1 — %2").arg(p->displayName(), p->downtimeNumber);
    }
    AcknowledgeDialog dialog(m_ws, m_catalogue, m_alerts.first(), who, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    reload();
    emit acknowledged();
    return true;
}

} // namespace wp::gui
