// Issue 13, items 2, 3 and 13: a form shows each error under its field, framed, in view and
// focused; Tab order does not move when a field appears; small things (lock card, transfer).
#include "GuiTestHelpers.h"
#include "NurseWardFixture.h"
#include "TestSupport.h"

#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "login/LockScreen.h"
#include "login/LoginForm.h"
#include "mainwindow/MainWindow.h"
#include "patients/PatientService.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace wp;
using wp::test::person;

namespace {

using Ward = test::NurseWardFixture;

void typeInto(gui::FormWidget* form, const char* field, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(form->editorFor(QLatin1String(field)));
    REQUIRE(line != nullptr);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

void choose(gui::FormWidget* form, const char* field, int option)
{
    auto* editor = form->findChild<QWidget*>(QStringLiteral("field_%1").arg(QLatin1String(field)));
    REQUIRE(editor != nullptr);
    const auto buttons = editor->findChildren<QRadioButton*>();
    REQUIRE(option < buttons.size());
    QTest::keyClick(buttons[option], Qt::Key_Space);
}

/// The field inputs in the order Tab reaches them, from the first one.
QStringList tabOrder(gui::FormWidget* form)
{
    QStringList order;
    QWidget* start = form->editorFor(QStringLiteral("resp_rate"));
    QWidget* w = start;
    do {
        if (w->isVisibleTo(form) && w->focusPolicy() & Qt::TabFocus &&
            w->objectName().startsWith(QLatin1String("input_")) && form->isAncestorOf(w)) {
            order << w->objectName().mid(6);
        }
        w = w->nextInFocusChain();
    } while (w && w != start);
    return order;
}

/// Whether `w` lies within the visible part of the form's scroll area, horizontally and vertically.
bool inView(gui::FormWidget* form, QWidget* w)
{
    auto* scroll = form->findChild<QScrollArea*>(QStringLiteral("formSections"));
    REQUIRE(scroll != nullptr);
    const QRect viewport(scroll->viewport()->mapTo(form->window(), QPoint(0, 0)), scroll->viewport()->size());
    const QRect r(w->mapTo(form->window(), QPoint(0, 0)), w->size());
    return viewport.contains(r);
}

} // namespace

TEST_CASE("Observation form: letters are refused as typed, each error is shown under its field, framed, "
          "in view, and the first one has the focus")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("fr"));
    CAPTURE(language);
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
    Ward ward;
    gui::FormEntryPanel panel(*ward.ws, *ward.entries, ward.forms, QStringLiteral("observation"),
                              ward.patient.id, language);
    // The chart's form side at 1366 x 768 is about this size; the message must not need more.
    panel.resize(760, 560);
    panel.show();
    QApplication::processEvents();
    auto* form = panel.form();

    typeInto(form, "resp_rate", QStringLiteral("abc"));
    CHECK(qobject_cast<QLineEdit*>(form->editorFor(QStringLiteral("resp_rate")))->text().isEmpty());
    typeInto(form, "resp_rate", QStringLiteral("18"));
    typeInto(form, "spo2", QStringLiteral("150"));
    choose(form, "oxygen", 1);
    typeInto(form, "oxygen_flow", QStringLiteral("98"));
    form->editorFor(QStringLiteral("resp_rate"))->setFocus();

    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(panel.recordId().isEmpty());

    for (const char* field : {"spo2", "oxygen_flow"}) {
        CAPTURE(field);
        const QString id = QLatin1String(field);
        auto* message = test::named<QLabel>(form, (QByteArray("message_") + field).constData());
        CHECK(message->isVisible());
        CHECK(message->text() == form->messageFor(id));
        CHECK_FALSE(message->text().isEmpty());
        // Wrapped, never cut: the label is as tall as its wrapped text needs.
        CHECK(message->wordWrap());
        CHECK(message->height() >= message->heightForWidth(message->width()));
        auto* editor = test::named<QWidget>(form, (QByteArray("field_") + field).constData());
        CHECK(editor->property("fieldState").toString() == QStringLiteral("error"));
        CHECK(form->editorFor(id)->accessibleDescription() == message->text());
        // Under its field, not in a column of its own off to the right.
        CHECK(message->geometry().top() >= editor->geometry().bottom());
        CHECK(message->geometry().left() == editor->geometry().left());
    }
    // The first error has the focus, and both it and its message are in view.
    CHECK(QApplication::focusWidget() == form->editorFor(QStringLiteral("spo2")));
    CHECK(inView(form, form->editorFor(QStringLiteral("spo2"))));
    CHECK(inView(form, form->findChild<QLabel*>(QStringLiteral("message_spo2"))));
    auto* scroll = form->findChild<QScrollArea*>(QStringLiteral("formSections"));
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    // A field without a problem is not framed.
    CHECK(test::named<QWidget>(form, "field_resp_rate")->property("fieldState").toString().isEmpty());

    // Corrected: the frame and the message go.
    typeInto(form, "spo2", QStringLiteral("95"));
    CHECK(test::named<QWidget>(form, "field_spo2")->property("fieldState").toString().isEmpty());
    CHECK(form->messageFor(QStringLiteral("spo2")).isEmpty());
    QLocale::setDefault(QLocale(QLocale::English));
}

TEST_CASE("Observation form: choosing oxygen does not move the fields after it in the Tab order")
{
    Ward ward;
    gui::FormEntryPanel panel(*ward.ws, *ward.entries, ward.forms, QStringLiteral("observation"),
                              ward.patient.id, QStringLiteral("en"));
    panel.resize(1000, 600);
    panel.show();
    auto* form = panel.form();
    const QStringList onAir = tabOrder(form);
    choose(form, "oxygen", 1);
    QStringList onOxygen = tabOrder(form);
    CAPTURE(onAir, onOxygen);
    REQUIRE(onOxygen.contains(QStringLiteral("oxygen_flow")));
    CHECK_FALSE(onAir.contains(QStringLiteral("oxygen_flow")));
    // The flow comes after every common field, which keep their order.
    CHECK(onOxygen.indexOf(QStringLiteral("oxygen_flow")) > onOxygen.indexOf(QStringLiteral("temperature")));
    onOxygen.removeAll(QStringLiteral("oxygen_flow"));
    CHECK(onOxygen == onAir);
    CHECK(onAir.indexOf(QStringLiteral("systolic_bp")) == onAir.indexOf(QStringLiteral("oxygen")) + 1);
}

TEST_CASE("Observation form: a diastolic above the systolic is shown under the diastolic and not saved")
{
    Ward ward;
    gui::FormEntryPanel panel(*ward.ws, *ward.entries, ward.forms, QStringLiteral("observation"),
                              ward.patient.id, QStringLiteral("en"));
    panel.resize(1000, 600);
    panel.show();
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    auto* form = panel.form();
    typeInto(form, "systolic_bp", QStringLiteral("60"));
    typeInto(form, "diastolic_bp", QStringLiteral("118"));
    CHECK(form->messageFor(QStringLiteral("diastolic_bp")).contains(QStringLiteral("systolic")));
    CHECK_FALSE(panel.save());
    CHECK(panel.recordId().isEmpty());
    CHECK(QApplication::focusWidget() == form->editorFor(QStringLiteral("diastolic_bp")));
}

TEST_CASE("Transfer form: opens at the top and starts from the patient's known allergies")
{
    Ward ward;
    REQUIRE(PatientService(*ward.ws).setAllergies(ward.patient.id, QStringLiteral("Pénicilline")).ok());
    gui::FormEntryPanel panel(*ward.ws, *ward.entries, ward.forms, QStringLiteral("transfer"),
                              ward.patient.id, QStringLiteral("en"));
    panel.resize(820, 560);
    panel.show();
    QApplication::processEvents();
    CHECK(panel.form()->values().value(QStringLiteral("allergies")).toString() ==
          QStringLiteral("Pénicilline"));
    const auto areas = panel.form()->findChildren<QScrollArea*>();
    REQUIRE_FALSE(areas.isEmpty());
    for (auto* area : areas) {
        CHECK(area->verticalScrollBar()->value() == 0);
        CHECK(area->horizontalScrollBar()->value() == 0);
    }

    // "No known allergy" is said in words.
    REQUIRE(PatientService(*ward.ws).setAllergies(ward.patient.id, QStringLiteral("none")).ok());
    panel.newEntry();
    CHECK(panel.form()->values().value(QStringLiteral("allergies")).toString() ==
          QStringLiteral("No known allergy"));
}

TEST_CASE("Lock screen: a wrong password shows the error without squeezing the fields")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    gui::MainWindow window(*ws);
    window.resize(1366, 768);
    window.show();
    window.lockScreen()->engage(false);
    QApplication::processEvents();
    auto* pass = test::named<QLineEdit>(window.lockScreen(), "loginPassword");
    auto* user = test::named<QLineEdit>(window.lockScreen(), "loginUser");
    const int heightBefore = pass->height();
    QTest::keyClicks(pass, QStringLiteral("wrong password"));
    QTest::keyClick(pass, Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE_FALSE(window.lockScreen()->form()->errorText().isEmpty());
    CHECK(pass->height() == heightBefore);
    CHECK(pass->height() >= pass->minimumSizeHint().height());
    CHECK(user->height() >= user->minimumSizeHint().height());
    auto* error = test::named<QLabel>(window.lockScreen(), "loginError");
    CHECK(error->height() >= error->heightForWidth(error->width()));
}
