#include "PatientDialog.h"

#include "clinical/DuplicateDetector.h"
#include "patients/PatientService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

const QDate emptyDate(1900, 1, 1);

} // namespace

PatientDialog::PatientDialog(Workspace& ws, QWidget* parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(tr("Register a patient"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    int row = 0;
    const auto addRow = [&](const QString& id, const QString& label, QWidget* editor) {
        auto* l = new QLabel(label, this);
        l->setBuddy(editor);
        editor->setObjectName(QStringLiteral("identity_%1").arg(id));
        grid->addWidget(l, row, 0);
        grid->addWidget(editor, row, 1);
        auto* message = new QLabel(this);
        message->setObjectName(QStringLiteral("identityMessage_%1").arg(id));
        message->setWordWrap(true);
        message->setMinimumWidth(260);
        grid->addWidget(message, row, 2);
        m_messages.insert(id, message);
        ++row;
    };
    m_birthName = new QLineEdit(this);
    addRow(QStringLiteral("birth_name"), tr("&Birth name *"), m_birthName);
    m_usedName = new QLineEdit(this);
    addRow(QStringLiteral("used_name"), tr("&Used name"), m_usedName);
    m_firstNames = new QLineEdit(this);
    m_firstNames->setToolTip(tr("All first names from the identity document, the usual one first."));
    addRow(QStringLiteral("first_names"), tr("&First names *"), m_firstNames);
    m_birthDate = new QDateEdit(this);
    m_birthDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_birthDate->setMinimumDate(emptyDate);
    m_birthDate->setSpecialValueText(QStringLiteral("—"));
    m_birthDate->setDate(emptyDate);
    m_birthDate->setCalendarPopup(true);
    addRow(QStringLiteral("birth_date"), tr("Birth &date *"), m_birthDate);
    auto* sexBox = new QWidget(this);
    auto* sexLayout = new QHBoxLayout(sexBox);
    sexLayout->setContentsMargins(0, 0, 0, 0);
    m_sex = new QButtonGroup(this);
    for (const auto& [code, text] :
         {std::pair{QStringLiteral("F"), tr("Female")}, std::pair{QStringLiteral("M"), tr("Male")},
          std::pair{QStringLiteral("U"), tr("Unknown")}}) {
        auto* b = new QRadioButton(text, sexBox);
        b->setObjectName(QStringLiteral("sex_%1").arg(code));
        b->setProperty("code", code);
        m_sex->addButton(b);
        sexLayout->addWidget(b);
    }
    sexLayout->addStretch(1);
    addRow(QStringLiteral("sex"), tr("Sex *"), sexBox);
    m_birthPlace = new QLineEdit(this);
    m_birthPlace->setToolTip(tr("INSEE code of the birth place (5 characters, 99xxx abroad)."));
    addRow(QStringLiteral("birth_place"), tr("Birth &place (INSEE)"), m_birthPlace);
    m_status = new QComboBox(this);
    for (auto s : {clinical::IdentityStatus::Provisional, clinical::IdentityStatus::Retrieved,
                   clinical::IdentityStatus::Validated, clinical::IdentityStatus::Qualified}) {
        m_status->addItem(clinical::label(s), clinical::code(s));
    }
    addRow(QStringLiteral("status"), tr("Identity &status"), m_status);
    m_ipp = new QLineEdit(this);
    addRow(QStringLiteral("ipp"), tr("&IPP"), m_ipp);
    m_ins = new QLineEdit(this);
    m_ins->setToolTip(tr("INS-NIR: 15 characters, key included (2A/2B for Corsica)."));
    addRow(QStringLiteral("ins"), tr("I&NS (NIR)"), m_ins);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("patientDialogMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    layout->addWidget(m_general);

    m_duplicateBox = new QGroupBox(tr("Is this one of these patients?"), this);
    m_duplicateBox->setObjectName(QStringLiteral("duplicateBox"));
    m_duplicateBox->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; color: #b26a00; }"));
    auto* dupLayout = new QVBoxLayout(m_duplicateBox);
    auto* dupText = new QLabel(tr("Patients born the same day with a similar name are already registered. "
                                  "Open the patient if it is the same person; register a new patient only "
                                  "if you are sure it is someone else."),
                               m_duplicateBox);
    dupText->setWordWrap(true);
    dupLayout->addWidget(dupText);
    m_duplicates = new QListWidget(m_duplicateBox);
    m_duplicates->setObjectName(QStringLiteral("duplicateList"));
    m_duplicates->setMaximumHeight(150);
    dupLayout->addWidget(m_duplicates);
    auto* dupButtons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open the selected patient"), m_duplicateBox);
    open->setObjectName(QStringLiteral("openExistingButton"));
    auto* confirm = new QPushButton(tr("It is a &new patient: register"), m_duplicateBox);
    confirm->setObjectName(QStringLiteral("confirmNewButton"));
    dupButtons->addWidget(open);
    dupButtons->addStretch(1);
    dupButtons->addWidget(confirm);
    dupLayout->addLayout(dupButtons);
    m_duplicateBox->hide();
    layout->addWidget(m_duplicateBox);
    layout->addStretch(1);
    connect(open, &QPushButton::clicked, this, &PatientDialog::openSelectedDuplicate);
    connect(confirm, &QPushButton::clicked, this, &PatientDialog::confirmNewPatient);
    connect(m_duplicates, &QListWidget::itemActivated, this, &PatientDialog::openSelectedDuplicate);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setDefault(true);
    layout->addWidget(buttons);
    connect(m_register, &QPushButton::clicked, this, &PatientDialog::tryRegister);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto touched = [this](const QString& id) {
        return [this, id] {
            m_touched.insert(id);
            // Any change of identity invalidates the duplicate list shown for the old one.
            m_duplicateBox->hide();
            validateLive();
        };
    };
    connect(m_birthName, &QLineEdit::textEdited, this, touched(QStringLiteral("birth_name")));
    connect(m_usedName, &QLineEdit::textEdited, this, touched(QStringLiteral("used_name")));
    connect(m_firstNames, &QLineEdit::textEdited, this, touched(QStringLiteral("first_names")));
    connect(m_birthDate, &QDateEdit::dateChanged, this, touched(QStringLiteral("birth_date")));
    connect(m_sex, &QButtonGroup::buttonClicked, this, touched(QStringLiteral("sex")));
    connect(m_birthPlace, &QLineEdit::textEdited, this, touched(QStringLiteral("birth_place")));
    connect(m_status, &QComboBox::activated, this, touched(QStringLiteral("status")));
    connect(m_ipp, &QLineEdit::textEdited, this, touched(QStringLiteral("ipp")));
    connect(m_ins, &QLineEdit::textEdited, this, touched(QStringLiteral("ins")));
    resize(820, 520);
}

Patient PatientDialog::patient() const
{
    Patient p;
    p.birthName = m_birthName->text().trimmed();
    p.usedName = m_usedName->text().trimmed();
    p.firstNames = m_firstNames->text().simplified();
    p.birthDate = m_birthDate->date() == emptyDate ? QDate() : m_birthDate->date();
    p.sex = m_sex->checkedButton() ? m_sex->checkedButton()->property("code").toString() : QString();
    p.birthPlace = m_birthPlace->text().trimmed();
    p.identityStatus = m_status->currentData().toString();
    p.ipp = m_ipp->text().trimmed();
    p.ins = m_ins->text().trimmed();
    return p;
}

void PatientDialog::setPatient(const Patient& p)
{
    m_birthName->setText(p.birthName);
    m_usedName->setText(p.usedName);
    m_firstNames->setText(p.firstNames);
    m_birthDate->setDate(p.birthDate.isValid() ? p.birthDate : emptyDate);
    for (auto* b : m_sex->buttons()) {
        b->setChecked(b->property("code").toString() == p.sex);
    }
    m_birthPlace->setText(p.birthPlace);
    m_status->setCurrentIndex(std::max(0, m_status->findData(p.identityStatus)));
    m_ipp->setText(p.ipp);
    m_ins->setText(p.ins);
    validateLive();
}

QString PatientDialog::chosenPatientId() const
{
    return m_registered ? m_registered->id : m_existingId;
}

QString PatientDialog::messageFor(const QString& fieldId) const
{
    auto* m = m_messages.value(fieldId);
    return m ? m->text() : QString();
}

bool PatientDialog::duplicatesShown() const
{
    return !m_duplicateBox->isHidden();
}

int PatientDialog::duplicateCount() const
{
    return m_duplicates->count();
}

void PatientDialog::validateLive()
{
    showIssues(false);
}

bool PatientDialog::showIssues(bool all)
{
    const auto identity = patient();
    clinical::PatientIdentity traits = identity.identity();
    const auto issues = traits.validate(m_ws.clock().now().toLocalTime().date());
    bool ok = true;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QStringList texts;
        bool error = false;
        for (const auto& issue : issues) {
            if (issue.field == it.key()) {
                ok = ok && !issue.isError();
                if (all || m_touched.contains(it.key())) {
                    texts << issue.message;
                    error = error || issue.isError();
                }
            }
        }
        it.value()->setText(texts.join(QLatin1Char('\n')));
        it.value()->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                        : QStringLiteral("color: #b26a00;"));
    }
    QStringList general;
    for (const auto& issue : issues) {
        if (!m_messages.contains(issue.field)) {
            ok = ok && !issue.isError();
            if (all) {
                general << issue.message;
            }
        }
    }
    // The sex is not a trait PatientIdentity can leave unset (it defaults to unknown): ask for it.
    if (!m_sex->checkedButton()) {
        ok = false;
        if (all || m_touched.contains(QStringLiteral("sex"))) {
            m_messages.value(QStringLiteral("sex"))->setText(tr("Choose F, M or unknown."));
            m_messages.value(QStringLiteral("sex"))->setStyleSheet(QStringLiteral("color: #c62828;"));
        }
    }
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
    const Patient p = patient();
    auto sameDay = PatientService(m_ws).bornOn(p.birthDate);
    if (!sameDay) {
        m_general->setText(sameDay.errorMessage());
        return false;
    }
    QList<clinical::PatientIdentity> identities;
    for (const auto& other : *sameDay) {
        identities << other.identity();
    }
    const auto matches = clinical::DuplicateDetector::find(p.identity(), identities);
    if (matches.isEmpty()) {
        return register_();
    }
    m_duplicates->clear();
    m_duplicateIds.clear();
    const QDate today = m_ws.clock().now().toLocalTime().date();
    for (const auto& match : matches) {
        const Patient& other = (*sameDay)[match.index];
        QString where = other.status == QLatin1String("admitted")
                            ? QStringLiteral("%1 %2").arg(other.wardCode, other.bedLabel)
                            : other.status;
        m_duplicates->addItem(
            tr("%1 — born %2 (%3 y) — %4 — %5\n    %6")
                .arg(other.displayName(), other.birthDate.toString(QStringLiteral("dd/MM/yyyy")))
                .arg(other.ageOn(today))
                .arg(other.downtimeNumber, where, match.description()));
        m_duplicateIds << other.id;
    }
    m_duplicates->setCurrentRow(0);
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
    const int row = m_duplicates->currentRow();
    if (row < 0 || row >= m_duplicateIds.size()) {
        return;
    }
    m_existingId = m_duplicateIds[row];
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
