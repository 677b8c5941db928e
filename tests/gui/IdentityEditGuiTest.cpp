#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "common/DateEdit.h"
#include "patients/IdentityEditDialog.h"
#include "patients/IdentityForm.h"
#include "patients/PatientService.h"
#include "theatreplan/TheatreService.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace wp;
using wp::test::person;

namespace {

struct Chart
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws = test::initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    Patient patient;

    Chart()
    {
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        forms.reload();
        PatientService patients(*ws);
        auto p = patients.registerPatient(
            person(QStringLiteral("Lefevbre"), QStringLiteral("Elise"), QDate(1950, 3, 2)));
        REQUIRE(p.ok());
        auto admitted = patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now());
        REQUIRE(admitted.ok());
        patient = *admitted;
    }
};

void retype(QWidget* root, const char* name, const QString& text)
{
    auto* line = test::named<QLineEdit>(root, name);
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    // QTest::keyClicks only knows ASCII: accented letters are sent as key events with their text.
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(line, ch.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

} // namespace

TEST_CASE("A nurse corrects a misspelt name from the chart with the keyboard, the old name stays readable")
{
    Chart c;
    gui::PatientChartPage page(*c.ws, c.forms, c.patient.id);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    CHECK(page.headerText().contains(QStringLiteral("LEFEVBRE")));
    CHECK(page.identityHistoryText().isEmpty());
    REQUIRE(page.identityButton()->isVisible());

    bool driven = false;
    QString messageWithoutReason;
    QString historyBefore;
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::IdentityEditDialog*>(modal);
        REQUIRE(dialog != nullptr);
        driven = true;
        // Pre-filled with the current identity.
        CHECK(test::named<QLineEdit>(dialog, "identity_birth_name")->text() == QStringLiteral("Lefevbre"));
        CHECK(test::named<gui::DateEdit>(dialog, "identity_birth_date")->date() == QDate(1950, 3, 2));
        historyBefore = dialog->historyText();
        retype(dialog, "identity_birth_name", QStringLiteral("Lefèvre"));
        retype(dialog, "identity_ipp", QStringLiteral("80012345"));
        // No reason: refused inline, nothing written.
        QTest::mouseClick(test::named<QPushButton>(dialog, "saveIdentityButton"), Qt::LeftButton);
        messageWithoutReason = dialog->message();
        CHECK(dialog->isVisible());
        retype(dialog, "identityReason", QStringLiteral("Identity card seen"));
        QTest::keyClick(test::named<QLineEdit>(dialog, "identityReason"), Qt::Key_Return);
    });
    QTest::keyClick(&page, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(driven, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == nullptr, 5000);

    CHECK(historyBefore.contains(QStringLiteral("not corrected")));
    CHECK_FALSE(messageWithoutReason.isEmpty());
    CHECK(page.headerText().contains(QStringLiteral("LEFÈVRE")));
    CHECK(page.identityHistoryText().contains(QStringLiteral("<s>LEFEVBRE Elise</s>")));
    auto now = PatientService(*c.ws).find(c.patient.id);
    REQUIRE(now.ok());
    CHECK(now->birthName == QStringLiteral("Lefèvre"));
    CHECK(now->ipp == QStringLiteral("80012345"));
    auto history = PatientService(*c.ws).identityHistory(c.patient.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->first().identity.birthName == QStringLiteral("Lefevbre"));
    CHECK(history->last().reason == QStringLiteral("Identity card seen"));

    // The shortcut works with the cursor in a form field as well (Ctrl+E would not: text
    // fields take it to move to the end of the line).
    page.tabs()->setCurrentIndex(1);
    QLineEdit* visibleField = nullptr;
    for (auto* f : page.findChildren<QLineEdit*>()) {
        if (f->isVisible()) {
            visibleField = f;
            break;
        }
    }
    REQUIRE(visibleField != nullptr);
    visibleField->setFocus();
    bool reopened = false;
    test::whenModalShown([&](QWidget* modal) {
        reopened = qobject_cast<gui::IdentityEditDialog*>(modal) != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    QTest::keyClick(visibleField, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(reopened, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == nullptr, 5000);
    CHECK(PatientService(*c.ws).identityHistory(c.patient.id)->size() == 2);

    // Opened again, the dialog lists both versions, the old one struck through.
    gui::IdentityEditDialog again(*c.ws, c.patient.id);
    CHECK(again.historyText().contains(QStringLiteral("<s>LEFEVBRE Elise")));
    CHECK(again.historyText().contains(QStringLiteral("Identity card seen")));
}

TEST_CASE("A correction that makes the patient look like another one shows that patient before saving")
{
    Chart c;
    PatientService patients(*c.ws);
    auto other = patients.registerPatient(
        person(QStringLiteral("Lefèvre"), QStringLiteral("Elise"), QDate(1950, 3, 2)));
    REQUIRE(other.ok());
    gui::IdentityEditDialog dialog(*c.ws, c.patient.id);
    dialog.show();
    retype(&dialog, "identity_birth_name", QStringLiteral("Lefevre"));
    dialog.setReason(QStringLiteral("Name misspelt"));
    CHECK_FALSE(dialog.trySave());
    REQUIRE(dialog.duplicatesShown());
    CHECK(dialog.duplicateCount() == 1);
    CHECK(patients.find(c.patient.id)->birthName == QStringLiteral("Lefevbre"));
    // Typing again hides the list: it was for the identity as it was.
    retype(&dialog, "identity_first_names", QStringLiteral("Élise Marie"));
    CHECK_FALSE(dialog.duplicatesShown());
    CHECK_FALSE(dialog.trySave());
    REQUIRE(dialog.duplicatesShown());
    CHECK(dialog.confirmDifferentPerson());
    CHECK(patients.find(c.patient.id)->birthName == QStringLiteral("Lefevre"));
    CHECK(patients.count() == 2);

    // The registration rules apply: an INS with a wrong key is explained beside the field.
    gui::IdentityEditDialog bad(*c.ws, c.patient.id);
    bad.show();
    retype(&bad, "identity_ins", QStringLiteral("250037511501299"));
    CHECK_FALSE(bad.form()->messageFor(QStringLiteral("ins")).isEmpty());
    bad.setReason(QStringLiteral("INS"));
    CHECK_FALSE(bad.trySave());
    CHECK(patients.find(c.patient.id)->ins.isEmpty());
}

TEST_CASE("Only those who may edit patients see the identity correction")
{
    Chart c;
    test::loginAs(*c.ws, QStringLiteral("bloc"), Role::TheatreManager);
    gui::PatientChartPage page(*c.ws, c.forms, c.patient.id);
    page.show();
    CHECK_FALSE(page.identityButton()->isVisible());
    test::loginAs(*c.ws, QStringLiteral("doc"), Role::Doctor);
    gui::PatientChartPage doctors(*c.ws, c.forms, c.patient.id);
    doctors.show();
    CHECK(doctors.identityButton()->isVisible());
}

TEST_CASE("The ward board shows the planned operation and marks one the white plan postponed")
{
    Chart c;
    PatientService patients(*c.ws);
    Patient withIpp = c.patient;
    withIpp.ipp = QStringLiteral("P3");
    REQUIRE(patients.updateIdentity(withIpp, QStringLiteral("IPP from admissions")).ok());
    test::loginAs(*c.ws, QStringLiteral("bloc"), Role::TheatreManager);
    theatre::TheatreService theatres(*c.ws);
    REQUIRE(theatres
                .importFiles(test::dataFile(QStringLiteral("theatreui/sessions.csv")),
                             test::dataFile(QStringLiteral("theatreui/cases.csv")))
                .ok());
    test::loginAs(*c.ws, QStringLiteral("nina"), Role::Nurse);

    gui::WardBoardPage board(*c.ws, c.forms);
    board.setCurrentWard(QStringLiteral("MED"));
    board.refresh();
    const int row = board.model()->rowOf(c.patient.id);
    REQUIRE(row >= 0);
    const auto cell = board.model()->index(row, gui::WardBoardModel::Surgery);
    QString text = cell.data(Qt::DisplayRole).toString();
    CHECK(text.contains(QStringLiteral("Colectomy")));
    CHECK(text.contains(QStringLiteral("08/12")));
    CHECK_FALSE(text.contains(QStringLiteral("⚠")));

    test::loginAs(*c.ws, QStringLiteral("bloc"), Role::TheatreManager);
    REQUIRE(
        theatres.moveCase(QStringLiteral("C3"), QStringLiteral("S6"), QStringLiteral("Surgeon away")).ok());
    test::loginAs(*c.ws, QStringLiteral("nina"), Role::Nurse);
    board.refresh();
    text = board.model()->index(row, gui::WardBoardModel::Surgery).data(Qt::DisplayRole).toString();
    CHECK(text.contains(QStringLiteral("⚠")));
    CHECK(text.contains(QStringLiteral("09/12")));
    CHECK(text.contains(QStringLiteral("08/12")));
    CHECK(board.model()
              ->index(row, gui::WardBoardModel::Surgery)
              .data(Qt::BackgroundRole)
              .value<QBrush>()
              .color()
              .isValid());
}
