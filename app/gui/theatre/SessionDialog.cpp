#include "SessionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimeEdit>

namespace wp::gui {

namespace {

QTime fromMinutes(int minutes)
{
    return QTime(minutes / 60 % 24, minutes % 60);
}

int toMinutes(const QTime& t)
{
    return t.hour() * 60 + t.minute();
}

} // namespace

SessionDialog::SessionDialog(const theatre::ScheduleSession& session, bool create,
                             const QStringList& theatres, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(create ? tr("New session") : tr("Edit session %1").arg(session.id));
    auto* form = new QFormLayout(this);
    m_id = new QLineEdit(session.id, this);
    m_id->setReadOnly(!create);
    form->addRow(tr("Session &id:"), m_id);
    m_theatre = new QComboBox(this);
    m_theatre->setEditable(true);
    m_theatre->addItems(theatres);
    m_theatre->setCurrentText(session.theatre);
    form->addRow(tr("&Theatre:"), m_theatre);
    m_date = new QDateEdit(session.date.isValid() ? session.date : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Day:"), m_date);
    m_start = new QTimeEdit(fromMinutes(session.end > session.start ? session.start : 8 * 60), this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&Start:"), m_start);
    m_end = new QTimeEdit(fromMinutes(session.end > session.start ? session.end : 12 * 60 + 30), this);
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&End:"), m_end);
    m_specialty = new QLineEdit(session.specialty, this);
    m_specialty->setPlaceholderText(tr("empty or * for any specialty"));
    form->addRow(tr("S&pecialty:"), m_specialty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

theatre::ScheduleSession SessionDialog::result() const
{
    theatre::ScheduleSession s = m_session;
    s.id = m_id->text().trimmed();
    s.theatre = m_theatre->currentText().trimmed();
    s.date = m_date->date();
    s.start = toMinutes(m_start->time());
    s.end = toMinutes(m_end->time());
    s.specialty = m_specialty->text().trimmed();
    return s;
}

} // namespace wp::gui
