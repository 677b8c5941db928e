#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace wp::gui {

/// The one date editor of the application (birth dates, date-time fields of the forms).
/// A text line rather than a QDateEdit, because a QDateEdit cannot start empty: with a
/// "—" placeholder it took `06101975` as "—610197516101975" and Tab would not leave it.
/// Here the field starts empty and takes `06101975`, `06/10/1975`, `6/10/1975`, `06-10-1975`
/// or `06.10.1975` (day first, four-digit year), then shows it as 06/10/1975 on leaving;
/// a date-time also takes the time (`06/10/1975 14:30`, `061019751430`, `14h30`). Letters
/// are refused as they are typed. The calendar button (or Alt+Down, F4) opens a calendar at
/// the date typed, or else at the month given by setCalendarStart().
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Date, DateTime };

    explicit DateEdit(Mode mode = Mode::Date, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The date typed, invalid when the field is empty or the text is not a date.
    QDate date() const;
    /// Date and time (Mode::DateTime; a Date editor gives midnight).
    QDateTime dateTime() const;
    /// An invalid date empties the field.
    void setDate(const QDate& date);
    void setDateTime(const QDateTime& dateTime);
    void clear();
    bool isEmpty() const;
    /// Why the text is not a date ("" when empty or valid), in the words of the display format.
    QString problem() const;
    QString text() const;

    /// Where the calendar opens when the field is empty (a birth date: decades ago).
    void setCalendarStart(const QDate& date) { m_calendarStart = date; }
    void setReadOnly(bool readOnly);
    QLineEdit* lineEdit() const { return m_line; }
    QToolButton* calendarButton() const { return m_button; }
    /// Opens the calendar under the field (for the keyboard and for tests).
    void showCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }

    /// `06101975`, `06/10/1975`, `6-10-1975`... as a date; nothing when it is not one.
    static std::optional<QDate> parseDate(const QString& text);
    /// A date followed by a time (`14:30`, `14h30`, `1430`); nothing when either is missing.
    static std::optional<QDateTime> parseDateTime(const QString& text);
    /// How dates are shown: dd/MM/yyyy, with HH:mm for date-times.
    static QString displayFormat(Mode mode);

signals:
    /// The user changed the value (typing, the calendar). Not emitted by setDate().
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tidy();
    void pick(const QDate& date);

    Mode m_mode;
    QLineEdit* m_line = nullptr;
    QToolButton* m_button = nullptr;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_calendarStart;
};

} // namespace wp::gui
