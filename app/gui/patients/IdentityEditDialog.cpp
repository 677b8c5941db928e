#include "IdentityEditDialog.h"

#include "DuplicateList.h"
#include "DuplicateWarningBox.h"
#include "IdentityForm.h"
#include "common/PatientIdentityBand.h"
#include "patients/PatientService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

/// One line per identity version, in the words of the chart header.
QString identityLine(const Patient& p)
{
    QStringList parts{p.displayName(), p.birthDate.toString(QStringLiteral("dd/MM/yyyy")), p.sex};
    if (!p.ipp.isEmpty()) {
        parts << QStringLiteral("IPP %1").arg(p.ipp);
    }
    if (!p.ins.isEmpty()) {
        parts << QStringLiteral("INS %1").arg(p.ins);
    }
    parts << clinical::phrase(
        clinical::identityStatusFromCode(p.identityStatus).value_or(clinical::IdentityStatus::Provisional));
    return parts.join(QStringLiteral(", "));
}

} // namespace

IdentityEditDialog::IdentityEditDialog(Workspace& ws, const QString& patientId, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_patientId(patientId)
{
    setObjectName(QStringLiteral("identityEditDialog"));
    auto* layout = new QVBoxLayout(this);
    // The identity as it stands, allergies included, above the form that corrects it.
    layout->addWidget(new PatientIdentityBand(ws, patientId, this));

    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("identityHistory"));
    m_history->setTextFormat(Qt::RichText);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_history);

    m_form = new IdentityForm(ws, this);
    layout->addWidget(m_form);

    auto* reasonRow = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("identityReason"));
    m_reason->setPlaceholderText(tr("e.g. name misspelt, identity card seen, IPP given by admissions"));
    reasonRow->addRow(tr("&Reason for the change *"), m_reason);
    layout->addLayout(reasonRow);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("identityEditMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    layout->addWidget(m_general);

    m_duplicateBox = new DuplicateWarningBox(
        tr("The corrected identity looks like patients already registered. If it is "
           "the same person, cancel and tell the identity vigilance team: records are "
           "never merged here. Save only if you are sure it is someone else."),
        this);
    m_duplicates = m_duplicateBox->list();
    auto* confirm = new QPushButton(tr("It is a different person: sa&ve"), m_duplicateBox);
    confirm->setObjectName(QStringLiteral("confirmDifferentButton"));
    m_duplicateBox->buttonRow()->addStretch(1);
    m_duplicateBox->buttonRow()->addWidget(confirm);
    layout->addWidget(m_duplicateBox);
    layout->addStretch(1);
    connect(confirm, &QPushButton::clicked, this, &IdentityEditDialog::confirmDifferentPerson);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save the correction"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveIdentityButton"));
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &IdentityEditDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &IdentityForm::edited, m_duplicateBox, &QWidget::hide);
    m_duplicateBox->replaceWhileShown(m_save);

    auto current = PatientService(ws).find(patientId);
    if (current) {
        setWindowTitle(tr("Correct the identity of %1").arg(current->displayName()));
        m_form->setPatient(*current);
    } else {
        setWindowTitle(tr("Correct an identity"));
        m_general->setText(current.errorMessage());
        m_save->setEnabled(false);
    }
    loadHistory();
    resize(820, 600);
}

void IdentityEditDialog::loadHistory()
{
    auto history = PatientService(m_ws).identityHistory(m_patientId);
    if (!history) {
        m_history->setText(history.errorMessage().toHtmlEscaped());
        return;
    }
    if (history->size() < 2) {
        m_history->setText(tr("Registered %1 by %2; not corrected since.")
                               .arg(history->isEmpty() ? QString()
                                                       : history->first().recordedAt.toLocalTime().toString(
                                                             QStringLiteral("dd/MM/yyyy HH:mm")),
                                    history->isEmpty() ? QString() : history->first().recordedBy)
                               .toHtmlEscaped());
        return;
    }
    // Newest first, the current identity unstruck, as on a paper form's corrections.
    QStringList lines;
    for (qsizetype i = history->size() - 1; i >= 0; --i) {
        const IdentityVersion& v = history->at(i);
        const QString when = v.recordedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        const QString what = identityLine(v.identity).toHtmlEscaped();
        const QString who = v.reason.isEmpty()
                                ? tr("registered %1 by %2").arg(when, v.recordedBy)
                                : tr("corrected %1 by %2: %3").arg(when, v.recordedBy, v.reason);
        lines << (i == history->size() - 1 ? QStringLiteral("<b>%1</b>").arg(what)
                                           : QStringLiteral("<s>%1</s>").arg(what)) +
                     QStringLiteral(" <span style='color:#555'>— %1</span>").arg(who.toHtmlEscaped());
    }
    m_history->setText(tr("Identity versions (nothing is overwritten):").toHtmlEscaped() +
                       QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
}

void IdentityEditDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString IdentityEditDialog::message() const
{
    return m_general->text();
}

QString IdentityEditDialog::historyText() const
{
    return m_history->text();
}

bool IdentityEditDialog::duplicatesShown() const
{
    return !m_duplicateBox->isHidden();
}

int IdentityEditDialog::duplicateCount() const
{
    return m_duplicates->count();
}

bool IdentityEditDialog::trySave()
{
    m_general->clear();
    QStringList general;
    if (!m_form->showIssues(true, &general)) {
        m_general->setText(general.isEmpty() ? tr("Correct the fields marked in red.")
                                             : general.join(QLatin1Char('\n')));
        return false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_general->setText(tr("Say why the identity is corrected."));
        m_reason->setFocus();
        return false;
    }
    auto matches = PatientService(m_ws).possibleDuplicates(m_form->patient(), m_patientId);
    if (!matches) {
        m_general->setText(matches.errorMessage());
        return false;
    }
    if (matches->isEmpty()) {
        return save();
    }
    m_duplicates->setDuplicates(*matches, m_ws.clock().now().toLocalTime().date());
    m_duplicateBox->show();
    m_duplicates->setFocus();
    return false;
}

bool IdentityEditDialog::confirmDifferentPerson()
{
    return save();
}

bool IdentityEditDialog::save()
{
    Patient p = m_form->patient();
    p.id = m_patientId;
    auto saved = PatientService(m_ws).updateIdentity(p, m_reason->text());
    if (!saved) {
        m_general->setText(saved.errorMessage());
        return false;
    }
    m_saved = *saved;
    accept();
    return true;
}

} // namespace wp::gui
