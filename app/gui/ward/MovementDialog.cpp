#include "MovementDialog.h"

#include "common/PatientIdentityBand.h"
#include "patients/PatientDialog.h"
#include "patients/PatientSearchWidget.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

MovementDialog::MovementDialog(Workspace& ws, Kind kind, std::optional<Patient> patient,
                               const QString& wardCode, const QString& bed, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_kind(kind), m_patient(std::move(patient)), m_wardCode(wardCode), m_bed(bed)
{
    setObjectName(QStringLiteral("movementDialog"));
    // An admission chooses its patient inside the dialog: there is no one patient to show yet.
    setProperty("concernsPatient", kind != Kind::Admit);
    auto* layout = new QVBoxLayout(this);
    // First: filling the bed list (Move) already reports into it.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("movementMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const QString who = m_patient ? m_patient->displayName() : QString();
    switch (kind) {
    case Kind::Admit: {
        setWindowTitle(tr("Admit to %1 bed %2").arg(wardCode, bed));
        m_search = new PatientSearchWidget(ws, this);
        m_search->setMinimumHeight(220);
        layout->insertWidget(0, new QLabel(tr("Find the patient (registered, not in a bed):"), this));
        layout->insertWidget(1, m_search, 1);
        auto* registerNew = new QPushButton(tr("Register a &new patient…"), this);
        registerNew->setObjectName(QStringLiteral("registerNewButton"));
        layout->insertWidget(2, registerNew);
        connect(registerNew, &QPushButton::clicked, this, &MovementDialog::registerNewPatient);
        m_chosen = new QLabel(tr("No patient chosen"), this);
        form->addRow(tr("Patient:"), m_chosen);
        connect(m_search, &PatientSearchWidget::currentPatientChanged, this, [this](const QString& id) {
            auto p = PatientService(m_ws).find(id);
            if (p) {
                setPatientToAdmit(*p);
            }
        });
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("admissionReason"));
        form->addRow(tr("&Reason for admission:"), m_reason);
        break;
    }
    case Kind::Move:
        setWindowTitle(tr("Move %1").arg(who));
        m_ward = new QComboBox(this);
        m_ward->setObjectName(QStringLiteral("moveWard"));
        m_bedChoice = new QComboBox(this);
        m_bedChoice->setObjectName(QStringLiteral("moveBed"));
        form->addRow(tr("&Ward:"), m_ward);
        form->addRow(tr("&Bed:"), m_bedChoice);
        if (auto wards = SiteService(ws).wards()) {
            for (const auto& w : *wards) {
                m_ward->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.code);
            }
        }
        m_ward->setCurrentIndex(std::max(0, m_ward->findData(wardCode)));
        connect(m_ward, &QComboBox::currentIndexChanged, this, &MovementDialog::fillBeds);
        fillBeds();
        break;
    case Kind::Transfer:
        setWindowTitle(tr("Transfer %1 to another hospital").arg(who));
        m_destination = new QLineEdit(this);
        m_destination->setObjectName(QStringLiteral("transferDestination"));
        m_samu = new QLineEdit(this);
        m_samu->setObjectName(QStringLiteral("transferSamu"));
        m_transport = new QComboBox(this);
        m_transport->setObjectName(QStringLiteral("transferTransport"));
        m_transport->setEditable(true);
        m_transport->addItems({tr("SMUR"), tr("Ambulance"), tr("Helicopter"), tr("VSL"), tr("Other")});
        m_reason = new QLineEdit(this);
        form->addRow(tr("&Destination hospital:"), m_destination);
        form->addRow(tr("&SAMU regulation number:"), m_samu);
        form->addRow(tr("&Transport:"), m_transport);
        form->addRow(tr("&Reason:"), m_reason);
        break;
    case Kind::Discharge:
        setWindowTitle(tr("Discharge %1").arg(who));
        break;
    case Kind::Death:
        setWindowTitle(tr("Record the death of %1").arg(who));
        form->addRow(new QLabel(tr("The bed is freed; the record of the patient is kept."), this));
        break;
    }
    m_time = new QDateTimeEdit(ws.clock().now().toLocalTime(), this);
    m_time->setObjectName(QStringLiteral("movementTime"));
    m_time->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_time->setCalendarPopup(true);
    form->addRow(tr("T&ime:"), m_time);

    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("movementOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MovementDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_patient) {
        layout->insertWidget(0, new PatientIdentityBand(ws, *m_patient, this));
    }
    // Never smaller than what the fields need (the identity band makes the dialog taller).
    resize(QSize(kind == Kind::Admit ? 760 : 480, kind == Kind::Admit ? 520 : 200).expandedTo(sizeHint()));
}

QString MovementDialog::message() const
{
    return m_message->text();
}

void MovementDialog::fillBeds()
{
    m_bedChoice->clear();
    const QString ward = m_ward->currentData().toString();
    auto census = PatientService(m_ws).census(ward);
    if (!census) {
        m_message->setText(census.errorMessage());
        return;
    }
    for (const auto& row : *census) {
        if (!row.patient && !row.bedLabel.isEmpty()) {
            m_bedChoice->addItem(row.bedLabel, row.bedLabel);
        }
    }
    if (m_bedChoice->count() == 0) {
        m_message->setText(tr("No free bed in %1.").arg(ward));
    } else {
        m_message->clear();
    }
}

void MovementDialog::setTransfer(const QString& destination, const QString& samuNumber,
                                 const QString& transport)
{
    if (m_destination) {
        m_destination->setText(destination);
        m_samu->setText(samuNumber);
        m_transport->setEditText(transport);
    }
}

void MovementDialog::setTime(const QDateTime& at)
{
    m_time->setDateTime(at.toLocalTime());
}

void MovementDialog::setPatientToAdmit(const Patient& p)
{
    m_patient = p;
    if (m_chosen) {
        m_chosen->setText(QStringLiteral("%1 — %2").arg(p.displayName(), p.downtimeNumber));
    }
}

void MovementDialog::registerNewPatient()
{
    PatientDialog dialog(m_ws, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto p = PatientService(m_ws).find(dialog.chosenPatientId())) {
        setPatientToAdmit(*p);
    }
}

bool MovementDialog::apply()
{
    PatientService patients(m_ws);
    const QDateTime at = m_time->dateTime();
    if (at > m_ws.clock().now().addSecs(60)) {
        m_message->setText(tr("The time cannot be in the future."));
        return false;
    }
    if (!m_patient) {
        m_message->setText(tr("Choose the patient first."));
        return false;
    }
    Result<Patient> done = Error();
    switch (m_kind) {
    case Kind::Admit:
        done = patients.admit(m_patient->id, m_wardCode, m_bed, at, m_reason->text().trimmed());
        break;
    case Kind::Move:
        if (m_bedChoice->currentData().toString().isEmpty()) {
            m_message->setText(tr("Choose a free bed."));
            return false;
        }
        done = patients.move(m_patient->id, m_ward->currentData().toString(),
                             m_bedChoice->currentData().toString(), at);
        break;
    case Kind::Transfer: {
        TransferOut t;
        t.destination = m_destination->text();
        t.samuNumber = m_samu->text();
        t.transport = m_transport->currentText();
        t.reason = m_reason->text();
        t.at = at;
        done = patients.transferOut(m_patient->id, t);
        break;
    }
    case Kind::Discharge:
        done = patients.discharge(m_patient->id, at);
        break;
    case Kind::Death:
        done = patients.recordDeath(m_patient->id, at);
        break;
    }
    if (!done) {
        m_message->setText(done.errorMessage());
        return false;
    }
    m_result = *done;
    accept();
    return true;
}

} // namespace wp::gui
