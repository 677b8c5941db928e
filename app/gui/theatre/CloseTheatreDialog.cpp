#include "CloseTheatreDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace wp::gui {

CloseTheatreDialog::CloseTheatreDialog(const QStringList& theatres, const QDate& from, const QDate& to,
                                       QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Close a theatre"));
    auto* form = new QFormLayout(this);
    m_theatre = new QComboBox(this);
    m_theatre->addItems(theatres);
    form->addRow(tr("&Theatre:"), m_theatre);
    m_from = new QDateEdit(from, this);
    m_from->setCalendarPopup(true);
    form->addRow(tr("&From:"), m_from);
    m_to = new QDateEdit(to, this);
    m_to->setCalendarPopup(true);
    form->addRow(tr("T&o (included):"), m_to);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. plan blanc: staff sent to the emergency department"));
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Close the theatre"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CloseTheatreDialog::updateOk);
    connect(m_from, &QDateEdit::dateChanged, this, &CloseTheatreDialog::updateOk);
    connect(m_to, &QDateEdit::dateChanged, this, &CloseTheatreDialog::updateOk);
    updateOk();
}

void CloseTheatreDialog::updateOk()
{
    // A closure without a reason or with an empty range cannot be recorded.
    m_ok->setEnabled(!m_reason->text().trimmed().isEmpty() && m_from->date() <= m_to->date());
}

QString CloseTheatreDialog::theatre() const
{
    return m_theatre->currentText();
}

QDate CloseTheatreDialog::from() const
{
    return m_from->date();
}

QDate CloseTheatreDialog::to() const
{
    return m_to->date();
}

QString CloseTheatreDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace wp::gui
