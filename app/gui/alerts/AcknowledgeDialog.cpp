#include "AcknowledgeDialog.h"

#include "orders/AlertService.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wp::gui {

AcknowledgeDialog::AcknowledgeDialog(Workspace& ws, const orders::Catalogue& catalogue,
                                     const orders::Alert& alert, const QString& patientText, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_catalogue(catalogue), m_alert(alert)
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge the alert"));
    // Room for the action in words ("Kayexalate, ECG, potassium again at 10:00") without scrolling.
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);

    auto* summary = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(alert.summary.toHtmlEscaped(), patientText.toHtmlEscaped()),
        this);
    summary->setObjectName(QStringLiteral("acknowledgeSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto* raised = new QLabel(
        tr("Raised at %1.").arg(alert.raisedAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"))), this);
    layout->addWidget(raised);

    auto* form = new QFormLayout;
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("acknowledgeAction"));
    m_action->setPlaceholderText(alert.kind == orders::Alert::Kind::CriticalResult
                                     ? tr("e.g. potassium stopped, ECG done, repeat at 14:00")
                                     : tr("e.g. Dr Martin informed, oxygen started"));
    form->addRow(tr("&What was done:"), m_action);

    if (alert.kind == orders::Alert::Kind::News2) {
        // NEWS2: the response chosen is part of the record (RCP clinical response).
        auto* choices = new QWidget(this);
        auto* choicesLayout = new QVBoxLayout(choices);
        choicesLayout->setContentsMargins(0, 0, 0, 0);
        m_responses = new QButtonGroup(this);
        int id = 0;
        for (const QString& response : orders::AlertService::responses()) {
            auto* radio = new QRadioButton(orders::AlertService::responseLabel(response), choices);
            radio->setObjectName(QStringLiteral("response_%1").arg(response));
            radio->setProperty("response", response);
            m_responses->addButton(radio, id++);
            if (response == QLatin1String("review")) {
                auto* row = new QHBoxLayout;
                row->addWidget(radio);
                m_reviewMinutes = new QSpinBox(choices);
                m_reviewMinutes->setObjectName(QStringLiteral("reviewMinutes"));
                m_reviewMinutes->setRange(5, 24 * 60);
                m_reviewMinutes->setSingleStep(15);
                m_reviewMinutes->setValue(30);
                m_reviewMinutes->setPrefix(tr("within "));
                m_reviewMinutes->setSuffix(tr(" min"));
                row->addWidget(m_reviewMinutes);
                row->addStretch(1);
                choicesLayout->addLayout(row);
            } else {
                choicesLayout->addWidget(radio);
            }
        }
        form->addRow(tr("Response:"), choices);
        connect(m_responses, &QButtonGroup::idClicked, this, &AcknowledgeDialog::updateState);
    }
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("acknowledgeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Acknowledge"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("acknowledgeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // Said before anything is typed: a nurse must not write an answer that cannot be saved.
    const bool doctor = ws.currentUser() && ws.currentUser()->role == Role::Doctor;
    if (auto st = ws.require(Permission::AcknowledgeAlerts); !st) {
        m_allowed = false;
        showError(st.errorMessage());
    } else if (alert.kind == orders::Alert::Kind::CriticalResult && !doctor) {
        m_allowed = false;
        showError(tr("A critical result is acknowledged by a doctor: call the doctor on duty, who "
                     "acknowledges it on this laptop or theirs."));
    }
    m_action->setEnabled(m_allowed);
    updateState();
}

QString AcknowledgeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AcknowledgeDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AcknowledgeDialog::updateState()
{
    if (m_reviewMinutes) {
        const auto* chosen = m_responses->checkedButton();
        m_reviewMinutes->setEnabled(chosen &&
                                    chosen->property("response").toString() == QLatin1String("review"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_allowed);
}

void AcknowledgeDialog::accept()
{
    if (!m_allowed) {
        return;
    }
    QString response;
    int minutes = 0;
    if (m_responses) {
        if (const auto* chosen = m_responses->checkedButton()) {
            response = chosen->property("response").toString();
        }
        if (response == QLatin1String("review")) {
            minutes = m_reviewMinutes->value();
        }
    }
    auto done =
        orders::AlertService(m_ws, m_catalogue).acknowledge(m_alert.id, m_action->text(), response, minutes);
    if (!done) {
        showError(done.errorMessage());
        return;
    }
    m_done = *done;
    QDialog::accept();
}

} // namespace wp::gui
