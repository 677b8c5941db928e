#include "AlertsDialog.h"

#include "AcknowledgeDialog.h"
#include "orders/AlertService.h"
#include "patients/PatientService.h"
#include "ward/WardBoardModel.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wp::gui {

AlertsDialog::AlertsDialog(Workspace& ws, const QString& wardCode, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_wardCode(wardCode)
{
    setObjectName(QStringLiteral("alertsDialog"));
    setWindowTitle(wardCode.isEmpty() ? tr("Unanswered alerts") : tr("Unanswered alerts — %1").arg(wardCode));
    m_catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setHorizontalHeaderLabels({tr("Patient"), tr("Bed"), tr("Alert"), tr("Waiting")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("alertsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_acknowledge = buttons->addButton(tr("&Acknowledge…"), QDialogButtonBox::ActionRole);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsDialog::acknowledgeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::activated, this, [this] { acknowledgeSelected(); });
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

QString AlertsDialog::message() const
{
    return m_message->text();
}

void AlertsDialog::reload()
{
    const QString selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_alerts.size()
                                 ? m_alerts[m_table->currentRow()].id
                                 : QString();
    auto alerts = orders::AlertService(m_ws, m_catalogue).alerts(m_wardCode, true);
    if (!alerts) {
        m_message->setText(alerts.errorMessage());
        return;
    }
    m_alerts = *alerts;
    // The longest waiting first: it is the one most at risk of being forgotten.
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const orders::Alert& a, const orders::Alert& b) { return a.raisedAt < b.raisedAt; });
    auto patients = PatientService(m_ws).list(m_wardCode);
    QHash<QString, Patient> byId;
    if (patients) {
        for (const auto& p : *patients) {
            byId.insert(p.id, p);
        }
    }
    const QDateTime now = m_ws.clock().now();
    m_table->setRowCount(static_cast<int>(m_alerts.size()));
    for (int i = 0; i < m_alerts.size(); ++i) {
        const auto& a = m_alerts[i];
        const Patient p = byId.value(a.patientId);
        const QString bed =
            p.wardCode.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(p.wardCode, p.bedLabel);
        m_patientText.insert(
            a.patientId,
            QStringLiteral("%1 — %2 — %3").arg(p.displayName(), p.downtimeNumber, bed.trimmed()));
        const QStringList cells{p.displayName(), bed.trimmed(), a.summary,
                                WardBoardModel::ageText(a.raisedAt, now)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == 2) {
                item->setForeground(QColor(QStringLiteral("#b71c1c")));
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_acknowledge->setEnabled(!m_alerts.isEmpty());
    if (m_alerts.isEmpty()) {
        m_message->setText(tr("No alert is waiting for an answer."));
    }
    if (!selected.isEmpty()) {
        selectAlert(selected);
    }
    if (m_table->currentRow() < 0 && !m_alerts.isEmpty()) {
        m_table->selectRow(0);
    }
}

void AlertsDialog::selectAlert(const QString& id)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].id.compare(id, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(i);
            return;
        }
    }
}

bool AlertsDialog::acknowledgeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_alerts.size()) {
        m_message->setText(tr("Select an alert first."));
        return false;
    }
    const orders::Alert alert = m_alerts[row];
    AcknowledgeDialog dialog(m_ws, m_catalogue, alert, m_patientText.value(alert.patientId), this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    reload();
    m_message->setText(tr("Alert acknowledged: %1.").arg(alert.summary));
    emit acknowledged();
    return true;
}

bool AlertsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter answers the selected alert instead of closing the list.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            acknowledgeSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace wp::gui
