#include "DateEdit.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

// Day first, as written in France and the UK; a four-digit year so that no century is guessed.
const QRegularExpression& datePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d{2})(\\d{2})(\\d{4})|(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4}))$"));
    return re;
}

const QRegularExpression& timePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[:hH.]?(\\d{2})$"));
    return re;
}

} // namespace

DateEdit::DateEdit(Mode mode, QWidget* parent) : QWidget(parent), m_mode(mode)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("dateText"));
    // Only what a date (and a time) is written with: a letter never gets in.
    m_line->setValidator(new QRegularExpressionValidator(
        QRegularExpression(mode == Mode::Date ? QStringLiteral("[0-9/.\\- ]{0,10}")
                                              : QStringLiteral("[0-9/.\\- :hH]{0,16}")),
        m_line));
    m_line->setPlaceholderText(mode == Mode::Date ? tr("dd/mm/yyyy") : tr("dd/mm/yyyy hh:mm"));
    m_line->setToolTip(
        mode == Mode::Date
            ? tr("Type the date, for example 06/10/1975 or 06101975. Alt+Down opens a calendar.")
            : tr("Type the date and time, for example 06/10/1975 14:30 or 061019751430. "
                 "Alt+Down opens a calendar."));
    const QString widest =
        mode == Mode::Date ? QStringLiteral("00/00/00000") : QStringLiteral("00/00/0000 00:000");
    m_line->setMinimumWidth(m_line->fontMetrics().horizontalAdvance(widest) + 16);
    m_line->setMaximumWidth(m_line->minimumWidth() + 40);
    layout->addWidget(m_line);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("dateCalendarButton"));
    m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    // Tab goes from the date straight to the next field: the calendar is one key away anyway.
    m_button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_button);
    layout->addStretch(1);
    setFocusProxy(m_line);
    m_calendarStart = QDate::currentDate();

    m_line->installEventFilter(this);
    connect(m_line, &QLineEdit::textEdited, this, &DateEdit::edited);
    connect(m_line, &QLineEdit::editingFinished, this, &DateEdit::tidy);
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
}

QString DateEdit::displayFormat(Mode mode)
{
    return mode == Mode::Date ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("dd/MM/yyyy HH:mm");
}

std::optional<QDate> DateEdit::parseDate(const QString& text)
{
    const auto m = datePattern().match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int base = m.capturedLength(1) > 0 ? 1 : 4;
    const QDate d(m.captured(base + 2).toInt(), m.captured(base + 1).toInt(), m.captured(base).toInt());
    if (!d.isValid()) {
        return std::nullopt;
    }
    return d;
}

std::optional<QDateTime> DateEdit::parseDateTime(const QString& text)
{
    const QString t = text.simplified();
    QString datePart;
    QString timePart;
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{12}$"));
    if (digitsOnly.match(t).hasMatch()) {
        datePart = t.left(8);
        timePart = t.mid(8);
    } else {
        const auto space = t.lastIndexOf(QLatin1Char(' '));
        if (space < 0) {
            return std::nullopt;
        }
        datePart = t.left(space);
        timePart = t.mid(space + 1);
    }
    const auto d = parseDate(datePart);
    const auto m = timePattern().match(timePart);
    if (!d || !m.hasMatch()) {
        return std::nullopt;
    }
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
    if (!time.isValid()) {
        return std::nullopt;
    }
    return QDateTime(*d, time);
}

QDate DateEdit::date() const
{
    if (m_mode == Mode::DateTime) {
        return dateTime().date();
    }
    return parseDate(m_line->text()).value_or(QDate());
}

QDateTime DateEdit::dateTime() const
{
    if (m_mode == Mode::Date) {
        const QDate d = date();
        return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
    }
    return parseDateTime(m_line->text()).value_or(QDateTime());
}

void DateEdit::setDate(const QDate& date)
{
    setDateTime(date.isValid() ? QDateTime(date, QTime(0, 0)) : QDateTime());
}

void DateEdit::setDateTime(const QDateTime& dateTime)
{
    m_line->setText(dateTime.isValid() ? dateTime.toString(displayFormat(m_mode)) : QString());
}

void DateEdit::clear()
{
    m_line->clear();
}

bool DateEdit::isEmpty() const
{
    return m_line->text().trimmed().isEmpty();
}

QString DateEdit::text() const
{
    return m_line->text();
}

QString DateEdit::problem() const
{
    if (isEmpty() || dateTime().isValid()) {
        return {};
    }
    if (m_mode == Mode::Date) {
        return tr("'%1' is not a date: type the day, the month and the year, for example 06/10/1975 or "
                  "06101975.")
            .arg(m_line->text().trimmed());
    }
    return tr("'%1' is not a date and time: type them like 06/10/1975 14:30 or 061019751430.")
        .arg(m_line->text().trimmed());
}

void DateEdit::setReadOnly(bool readOnly)
{
    m_line->setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

void DateEdit::tidy()
{
    // Shown in the one display format once typed, so that what is read back is unambiguous.
    const QDateTime t = dateTime();
    if (t.isValid()) {
        const QString tidy = t.toString(displayFormat(m_mode));
        if (tidy != m_line->text()) {
            m_line->setText(tidy);
        }
    }
}

void DateEdit::showCalendar()
{
    if (m_line->isReadOnly()) {
        return;
    }
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("dateCalendarPopup"));
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(1, 1, 1, 1);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        m_calendar->setGridVisible(true);
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateEdit::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateEdit::pick);
    }
    const QDate current = date();
    const QDate shown = current.isValid() ? current : m_calendarStart;
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->adjustSize();
    m_popup->move(m_line->mapToGlobal(QPoint(0, m_line->height())));
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateEdit::pick(const QDate& date)
{
    QTime time(0, 0);
    if (m_mode == Mode::DateTime) {
        const QDateTime current = dateTime();
        time = current.isValid() ? current.time() : QTime(QTime::currentTime().hour(), 0);
    }
    m_line->setText(QDateTime(date, time).toString(displayFormat(m_mode)));
    if (m_popup) {
        m_popup->hide();
    }
    m_line->setFocus(Qt::PopupFocusReason);
    if (m_mode == Mode::DateTime) {
        // The time is the part left to check: put the cursor on it.
        m_line->setSelection(11, 5);
    }
    emit edited();
}

bool DateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F4 ||
            (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wp::gui
