#include "CaseDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace wp::gui {

namespace {

QComboBox* editableCombo(const QStringList& items, const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(items);
    combo->setCurrentText(current);
    return combo;
}

} // namespace

CaseDialog::CaseDialog(const theatre::ScheduleCase& k, bool create, const QStringList& surgeons,
                       const QStringList& specialties, QWidget* parent)
    : QDialog(parent), m_case(k)
{
    setWindowTitle(create ? tr("New case") : tr("Edit case %1").arg(k.id));
    auto* form = new QFormLayout(this);
    m_id = new QLineEdit(k.id, this);
    m_id->setReadOnly(!create);
    form->addRow(tr("Case &id:"), m_id);
    m_patient = new QLineEdit(k.patientRef, this);
    m_patient->setPlaceholderText(tr("IPP: links the case to a registered patient"));
    form->addRow(tr("&Patient:"), m_patient);
    m_phone = new QLineEdit(k.phone, this);
    form->addRow(tr("P&hone:"), m_phone);
    m_surgeon = editableCombo(surgeons, k.surgeon, this);
    form->addRow(tr("&Surgeon:"), m_surgeon);
    m_specialty = editableCombo(specialties, k.specialty, this);
    form->addRow(tr("Spe&cialty:"), m_specialty);
    m_procedure = new QLineEdit(k.procedure, this);
    form->addRow(tr("P&rocedure:"), m_procedure);
    m_duration = new QSpinBox(this);
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(k.duration > 0 ? k.duration : 60);
    form->addRow(tr("&Duration:"), m_duration);
    m_priority = new QComboBox(this);
    m_priority->addItems({tr("P1 (within 3 days)"), tr("P2 (within 30 days)"), tr("P3 (within 90 days)"),
                          tr("P4 (may wait longer)")});
    m_priority->setCurrentIndex(std::clamp(k.priority, 1, 4) - 1);
    m_priority->setEnabled(create);
    form->addRow(tr("Pri&ority:"), m_priority);
    m_listed = new QDateEdit(k.listed.isValid() ? k.listed : QDate::currentDate(), this);
    m_listed->setCalendarPopup(true);
    form->addRow(tr("&Listed on:"), m_listed);
    auto optionalDate = [&](QCheckBox*& box, QDateEdit*& edit, const std::optional<QDate>& value,
                            const QString& label) {
        auto* row = new QHBoxLayout;
        box = new QCheckBox(this);
        box->setChecked(value.has_value());
        edit = new QDateEdit(value.value_or(m_listed->date()), this);
        edit->setCalendarPopup(true);
        edit->setEnabled(value.has_value());
        connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        row->addWidget(box);
        row->addWidget(edit, 1);
        form->addRow(label, row);
    };
    optionalDate(m_hasEarliest, m_earliest, k.earliest, tr("Not &before:"));
    optionalDate(m_hasDeadline, m_deadline, k.explicitDeadline, tr("Dead&line (else by priority):"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

theatre::ScheduleCase CaseDialog::result() const
{
    theatre::ScheduleCase k = m_case;
    k.id = m_id->text().trimmed();
    k.patientRef = m_patient->text().trimmed();
    k.phone = m_phone->text().trimmed();
    k.surgeon = m_surgeon->currentText().trimmed();
    k.specialty = m_specialty->currentText().trimmed();
    k.procedure = m_procedure->text().trimmed();
    k.duration = m_duration->value();
    k.priority = m_priority->currentIndex() + 1;
    k.listed = m_listed->date();
    k.earliest = m_hasEarliest->isChecked() ? std::optional<QDate>(m_earliest->date()) : std::nullopt;
    k.explicitDeadline = m_hasDeadline->isChecked() ? std::optional<QDate>(m_deadline->date()) : std::nullopt;
    return k;
}

} // namespace wp::gui
