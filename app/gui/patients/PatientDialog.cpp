#include "PatientDialog.h"

#include "DuplicateList.h"
#include "DuplicateWarningBox.h"
#include "IdentityForm.h"
#include "patients/PatientService.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

PatientDialog::PatientDialog(Workspace& ws, QWidget* parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(tr("Register a patient"));
    auto* layout = new QVBoxLayout(this);
    m_form = new IdentityForm(ws, this);
    layout->addWidget(m_form);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("patientDialogMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    layout->addWidget(m_general);

    m_duplicateBox =
        new DuplicateWarningBox(tr("Patients born the same day with a similar name are already registered. "
                                   "Open the patient if it is the same person; register a new patient only "
                                   "if you are sure it is someone else."),
                                this);
    m_duplicates = m_duplicateBox->list();
    auto* open = new QPushButton(tr("&Open the selected patient"), m_duplicateBox);
    open->setObjectName(QStringLiteral("openExistingButton"));
    auto* confirm = new QPushButton(tr("It is a &new patient: register"), m_duplicateBox);
    confirm->setObjectName(QStringLiteral("confirmNewButton"));
    m_duplicateBox->buttonRow()->addWidget(open);
    m_duplicateBox->buttonRow()->addStretch(1);
    m_duplicateBox->buttonRow()->addWidget(confirm);
    layout->addWidget(m_duplicateBox);
    layout->addStretch(1);
    connect(open, &QPushButton::clicked, this, &PatientDialog::openSelectedDuplicate);
    connect(confirm, &QPushButton::clicked, this, &PatientDialog::confirmNewPatient);
    connect(m_duplicates, &DuplicateList::itemActivated, this, &PatientDialog::openSelectedDuplicate);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setDefault(true);
    layout->addWidget(buttons);
    connect(m_register, &QPushButton::clicked, this, &PatientDialog::tryRegister);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Any change of identity invalidates the duplicate list shown for the old one.
    connect(m_form, &IdentityForm::edited, m_duplicateBox, &QWidget::hide);
    m_duplicateBox->replaceWhileShown(m_register);
    resize(820, 520);
}

Patient PatientDialog::patient() const
{
    return m_form->patient();
}

void PatientDialog::setPatient(const Patient& p)
{
    m_form->setPatient(p);
}

QString PatientDialog::chosenPatientId() const
{
    return m_registered ? m_registered->id : m_existingId;
}

QString PatientDialog::messageFor(const QString& fieldId) const
{
    return m_form->messageFor(fieldId);
}

bool PatientDialog::duplicatesShown() const
{
    return !m_duplicateBox->isHidden();
}

int PatientDialog::duplicateCount() const
{
    return m_duplicates->count();
}

bool PatientDialog::showIssues(bool all)
{
    QStringList general;
    const bool ok = m_form->showIssues(all, &general);
    m_general->setText(general.join(QLatin1Char('\n')));
    return ok;
}

bool PatientDialog::tryRegister()
{
    m_general->clear();
    if (!showIssues(true)) {
        if (m_general->text().isEmpty()) {
            m_general->setText(tr("Correct the fields marked in red."));
        }
        return false;
    }
    auto matches = PatientService(m_ws).possibleDuplicates(patient());
    if (!matches) {
        m_general->setText(matches.errorMessage());
        return false;
    }
    if (matches->isEmpty()) {
        return register_();
    }
    m_duplicates->setDuplicates(*matches, m_ws.clock().now().toLocalTime().date());
    m_duplicateBox->show();
    m_duplicates->setFocus();
    return false;
}

void PatientDialog::confirmNewPatient()
{
    register_();
}

void PatientDialog::openSelectedDuplicate()
{
    const QString id = m_duplicates->selectedPatientId();
    if (id.isEmpty()) {
        return;
    }
    m_existingId = id;
    m_registered.reset();
    accept();
}

bool PatientDialog::register_()
{
    auto created = PatientService(m_ws).registerPatient(patient());
    if (!created) {
        m_general->setText(created.errorMessage());
        return false;
    }
    m_registered = *created;
    m_existingId.clear();
    accept();
    return true;
}

} // namespace wp::gui
