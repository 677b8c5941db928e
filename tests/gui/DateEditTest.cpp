// Issue 13, item 7: dates are typed into an empty field the way they are written, and the
// calendar opens near a date that makes sense for the field.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "clinical/forms/FormRegistry.h"
#include "common/DateEdit.h"
#include "entries/FormEntryService.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "patients/PatientDialog.h"
#include "patients/PatientService.h"

#include <QCalendarWidget>
#include <QLineEdit>

using namespace wp;
using gui::DateEdit;

TEST_CASE("DateEdit: the ways a date is written, day first, are read, and the rest is not a date")
{
    const QDate expected(1975, 10, 6);
    for (const char* text :
         {"06101975", "06/10/1975", "6/10/1975", "06-10-1975", "6.10.1975", " 06/10/1975 "}) {
        CAPTURE(text);
        CHECK(DateEdit::parseDate(QLatin1String(text)) == expected);
    }
    for (const char* text : {"", "0610197", "061075", "31/02/1975", "06/13/1975", "1975-10-06", "06/10/75"}) {
        CAPTURE(text);
        CHECK_FALSE(DateEdit::parseDate(QLatin1String(text)).has_value());
    }
    const QDateTime at(QDate(2026, 11, 28), QTime(14, 30));
    for (const char* text : {"28/11/2026 14:30", "28112026 1430", "281120261430", "28-11-2026 14h30"}) {
        CAPTURE(text);
        CHECK(DateEdit::parseDateTime(QLatin1String(text)) == at);
    }
    for (const char* text : {"28/11/2026", "28/11/2026 25:00", "28/11/2026 14"}) {
        CAPTURE(text);
        CHECK_FALSE(DateEdit::parseDateTime(QLatin1String(text)).has_value());
    }
}

TEST_CASE("Registration: a birth date is typed into the empty field in one go and Tab leaves it")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    gui::PatientDialog dialog(*ws);
    dialog.show();
    auto* edit = test::named<DateEdit>(&dialog, "identity_birth_date");
    REQUIRE(edit->isEmpty());
    const QString typed = GENERATE(QStringLiteral("06101975"), QStringLiteral("06/10/1975"),
                                   QStringLiteral("6/10/1975"), QStringLiteral("06-10-1975"));
    CAPTURE(typed);
    edit->clear();
    edit->setFocus();
    QApplication::processEvents();
    REQUIRE(edit->lineEdit()->hasFocus());
    QTest::keyClicks(edit->lineEdit(), typed);
    CHECK(edit->date() == QDate(1975, 10, 6));
    // Nothing is said while typing; the date is not missing once typed.
    CHECK(dialog.messageFor(QStringLiteral("birth_date")).isEmpty());
    QTest::keyClick(edit->lineEdit(), Qt::Key_Tab);
    CHECK_FALSE(edit->lineEdit()->hasFocus());
    CHECK(edit->text() == QStringLiteral("06/10/1975"));
    CHECK(dialog.messageFor(QStringLiteral("birth_date")).isEmpty());
}

TEST_CASE("Registration: letters are refused, a date that does not exist is explained once the field is left")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    gui::PatientDialog dialog(*ws);
    dialog.show();
    auto* edit = test::named<DateEdit>(&dialog, "identity_birth_date");
    edit->setFocus();
    QTest::keyClicks(edit->lineEdit(), QStringLiteral("ab31/02x/1975"));
    CHECK(edit->text() == QStringLiteral("31/02/1975"));
    CHECK_FALSE(edit->date().isValid());
    QTest::keyClick(edit->lineEdit(), Qt::Key_Tab);
    const QString message = dialog.messageFor(QStringLiteral("birth_date"));
    CHECK(message.contains(QStringLiteral("31/02/1975")));
    CHECK(message.contains(QStringLiteral("is not a date")));
}

TEST_CASE("Registration: a birth date in the future is said in the format of the field")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    gui::PatientDialog dialog(*ws);
    dialog.show();
    auto* edit = test::named<DateEdit>(&dialog, "identity_birth_date");
    const QDate future = clock.now().toLocalTime().date().addYears(1);
    edit->setFocus();
    QTest::keyClicks(edit->lineEdit(), future.toString(QStringLiteral("ddMMyyyy")));
    QTest::keyClick(edit->lineEdit(), Qt::Key_Tab);
    const QString message = dialog.messageFor(QStringLiteral("birth_date"));
    CAPTURE(message);
    CHECK(message.contains(future.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK_FALSE(message.contains(future.toString(Qt::ISODate)));
}

TEST_CASE("DateEdit: the calendar opens at the date typed, else decades back for a birth date")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    gui::PatientDialog dialog(*ws);
    dialog.show();
    auto* edit = test::named<DateEdit>(&dialog, "identity_birth_date");
    edit->setFocus();
    QTest::keyClick(edit->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    REQUIRE(edit->calendar() != nullptr);
    CHECK(edit->calendar()->isVisible());
    const int today = clock.now().toLocalTime().date().year();
    CHECK(edit->calendar()->yearShown() == today - 60);
    // Picking a day fills the field and gives the keyboard back.
    const QDate picked(today - 60, edit->calendar()->monthShown(), 12);
    edit->calendar()->setSelectedDate(picked);
    QTest::keyClick(edit->calendar()->findChild<QWidget*>(QStringLiteral("qt_calendar_calendarview")),
                    Qt::Key_Return);
    CHECK(edit->date() == picked);
    CHECK_FALSE(edit->calendar()->isVisible());

    edit->setDate(QDate(1975, 10, 6));
    edit->showCalendar();
    CHECK(edit->calendar()->yearShown() == 1975);
    CHECK(edit->calendar()->monthShown() == 10);
}

TEST_CASE("Form date-time fields: typed into the empty field, kept as the validator expects")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    clinical::FormRegistry forms;
    forms.reload();
    FormEntryService entries(*ws, forms);
    auto patient = PatientService(*ws).registerPatient(test::person(
        QStringLiteral("Durand"), QStringLiteral("Paul"), QDate(1950, 3, 2), QStringLiteral("M")));
    REQUIRE(patient.ok());
    gui::FormEntryPanel panel(*ws, entries, forms, QStringLiteral("transfer"), patient->id,
                              QStringLiteral("en"));
    panel.resize(900, 600);
    panel.show();
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    auto* input = qobject_cast<QLineEdit*>(panel.form()->editorFor(QStringLiteral("departure_at")));
    REQUIRE(input != nullptr);
    REQUIRE(input->text().isEmpty());
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("281120261430"));
    QTest::keyClick(input, Qt::Key_Tab);
    CHECK(input->text() == QStringLiteral("28/11/2026 14:30"));
    CHECK(panel.form()->values().value(QStringLiteral("departure_at")).toString() ==
          QStringLiteral("2026-11-28T14:30"));
    // Half a date is not silently dropped: the form says what is wrong and takes the nurse there
    // (the fields before it filled in, so that it is the first problem).
    panel.form()->setValues(
        {{QStringLiteral("reason"), QStringLiteral("Réanimation")},
         {QStringLiteral("destination_hospital"), QStringLiteral("CHU")},
         {QStringLiteral("samu_regulation_number"), QStringLiteral("123")},
         {QStringLiteral("transport"),
          panel.form()->form().field(QStringLiteral("transport"))->options.first().value}});
    input->setFocus();
    input->selectAll();
    QTest::keyClicks(input, QStringLiteral("28/11"));
    CHECK_FALSE(panel.form()->checkBeforeSave());
    CHECK(panel.form()->messageFor(QStringLiteral("departure_at")).contains(QStringLiteral("28/11")));
    CHECK(QApplication::focusWidget() == input);
}
