#include "PatientsPage.h"

#include "PatientDialog.h"
#include "PatientSearchWidget.h"
#include "login/SessionEvents.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

PatientsPage::PatientsPage(Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("patientsPage"));
    auto* layout = new QVBoxLayout(this);
    m_search = new PatientSearchWidget(ws, this);
    layout->addWidget(m_search, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* registerButton = new QPushButton(tr("&Register patient…"), this);
    registerButton->setObjectName(QStringLiteral("registerPatientButton"));
    m_register = registerButton;
    auto* open = new QPushButton(tr("Open &chart"), this);
    open->setObjectName(QStringLiteral("openChartButton"));
    buttons->addWidget(registerButton);
    buttons->addStretch(1);
    buttons->addWidget(open);
    layout->addLayout(buttons);
    connect(registerButton, &QPushButton::clicked, this, &PatientsPage::registerPatient);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const QString id = m_search->currentPatientId(); !id.isEmpty()) {
            emit openPatientChart(id);
        }
    });
    connect(m_search, &PatientSearchWidget::patientActivated, this, &PatientsPage::openPatientChart);
    setFocusProxy(m_search->searchField());
    connect(&SessionEvents::of(ws), &SessionEvents::userChanged, this, &PatientsPage::applyUserRights);
    applyUserRights();
}

void PatientsPage::applyUserRights()
{
    // Users who may not register patients (the laboratory, theatre managers) search and
    // read charts only: a button that can only end in a refusal is not offered.
    m_register->setVisible(m_ws.require(Permission::EditPatients).ok());
}

void PatientsPage::registerPatient()
{
    PatientDialog dialog(m_ws, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto p = dialog.registeredPatient()) {
        m_message->setText(
            tr("%1 registered with the downtime number %2.").arg(p->displayName(), p->downtimeNumber));
        m_search->searchField()->setText(p->downtimeNumber);
        m_search->searchNow();
    }
    emit openPatientChart(dialog.chosenPatientId());
}

} // namespace wp::gui
