#include "NurseWardFixture.h"
#include "TestSupport.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "common/DateEdit.h"
#include "entries/FormEntryService.h"
#include "forms/EntryHistoryView.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "forms/ReasonDialog.h"
#include "imports/ImportDialog.h"
#include "patients/PatientDialog.h"
#include "patients/PatientListModel.h"
#include "patients/PatientSearchWidget.h"
#include "patients/PatientService.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

using namespace wp;
using wp::test::person;

namespace {

using Ward = test::NurseWardFixture;

void type(gui::FormWidget* form, const QString& field, const QString& text)
{
    QWidget* w = form->editorFor(field);
    REQUIRE(w != nullptr);
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->selectAll();
    }
    QTest::keyClicks(w, text);
}

void choose(QWidget* parent, const QString& field, int option)
{
    auto* first = parent->findChild<QWidget*>(QStringLiteral("field_%1").arg(field));
    REQUIRE(first != nullptr);
    const auto buttons = first->findChildren<QRadioButton*>();
    REQUIRE(option < buttons.size());
    QTest::keyClick(buttons[option], Qt::Key_Space); // a radio button is pressed with the space bar
}

} // namespace

TEST_CASE(
    "A nurse charts observations with the keyboard, sees NEWS2 live, saves, amends and reads the history")
{
    Ward ward;
    gui::FormEntryPanel panel(*ward.ws, *ward.entries, ward.forms, QStringLiteral("observation"),
                              ward.patient.id, QStringLiteral("en"));
    panel.resize(1000, 600);
    panel.show();
    auto* form = panel.form();
    REQUIRE(form != nullptr);

    type(form, QStringLiteral("resp_rate"), QStringLiteral("22")); // 2
    CHECK(form->computedText(QStringLiteral("news2")).contains(QStringLiteral("incomplete")));
    type(form, QStringLiteral("spo2"), QStringLiteral("95"));          // 1
    choose(form, QStringLiteral("oxygen"), 0);                         // air: 0
    type(form, QStringLiteral("systolic_bp"), QStringLiteral("105"));  // 1
    type(form, QStringLiteral("pulse"), QStringLiteral("95"));         // 1
    choose(form, QStringLiteral("consciousness"), 0);                  // alert: 0
    type(form, QStringLiteral("temperature"), QStringLiteral("38,4")); // 1, typed the French way

    const QString news2 = form->computedText(QStringLiteral("news2"));
    INFO(news2.toStdString());
    CHECK(news2.contains(QStringLiteral("NEWS2 6")));
    CHECK(news2.contains(QStringLiteral("Medium")));
    CHECK(news2.contains(QStringLiteral("Next observations due")));
    // Oxygen flow appears only with oxygen.
    CHECK(form->findChild<QWidget*>(QStringLiteral("field_oxygen_flow"))->isHidden());
    choose(form, QStringLiteral("oxygen"), 1);
    CHECK_FALSE(form->findChild<QWidget*>(QStringLiteral("field_oxygen_flow"))->isHidden());
    CHECK(form->computedText(QStringLiteral("news2")).contains(QStringLiteral("NEWS2 8")));
    choose(form, QStringLiteral("oxygen"), 0);

    // Taken a quarter of an hour ago, recorded now: both times are kept.
    const QDateTime taken = ward.clock.now().addSecs(-900);
    form->setTakenAt(taken);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    INFO(panel.message().toStdString());
    REQUIRE_FALSE(panel.recordId().isEmpty());
    auto saved = ward.entries->entry(panel.recordId());
    REQUIRE(saved.ok());
    CHECK(saved->values().value(QStringLiteral("resp_rate")).toInt() == 22);
    CHECK(saved->values().value(QStringLiteral("temperature")).toDouble() == Approx(38.4));
    CHECK(saved->record.occurredAt.toSecsSinceEpoch() / 60 == taken.toSecsSinceEpoch() / 60);
    CHECK(saved->record.createdAt == ward.clock.now());

    // Amend: the respiration rate was miscounted.
    ward.clock.advanceSeconds(120);
    type(form, QStringLiteral("resp_rate"), QStringLiteral("18"));
    CHECK(form->computedText(QStringLiteral("news2")).contains(QStringLiteral("NEWS2 4")));
    gui::ReasonDialog::setNextAnswer(QStringLiteral("Respiration recounted over a full minute"));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    INFO(panel.message().toStdString());
    auto amended = ward.entries->entry(panel.recordId());
    REQUIRE(amended.ok());
    CHECK(amended->record.version == 2);
    CHECK(amended->values().value(QStringLiteral("resp_rate")).toInt() == 18);

    panel.showHistory(true);
    const QString html = panel.history()->sourceHtml();
    INFO(html.toStdString());
    CHECK(html.contains(QStringLiteral("<s>22 /min</s>")));
    CHECK(html.contains(QStringLiteral("Respiration recounted over a full minute")));
    CHECK(html.contains(QStringLiteral("nina")));
    CHECK(html.contains(QStringLiteral("Version 1")));
    CHECK(html.contains(QStringLiteral("Version 2")));

    // Entered in error, with a reason: the entry leaves the list but stays readable.
    gui::ReasonDialog::setNextAnswer(QStringLiteral("Wrong patient"));
    const QString id = panel.recordId();
    REQUIRE(panel.markEnteredInError());
    CHECK(ward.entries->entries(ward.patient.id, QStringLiteral("observation"))->isEmpty());
    auto withdrawn = ward.entries->entry(id);
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn->record.enteredInError);
    CHECK(withdrawn->record.reason == QStringLiteral("Wrong patient"));
    // A withdrawn entry is read only: it can be read, not amended again.
    panel.loadEntry(id);
    CHECK_FALSE(panel.save());
    CHECK(ward.entries->entry(id)->record.version == 3);
}

TEST_CASE("A value outside the possible range blocks saving with a message beside the field")
{
    Ward ward;
    gui::FormEntryPanel panel(*ward.ws, *ward.entries, ward.forms, QStringLiteral("observation"),
                              ward.patient.id, QStringLiteral("en"));
    auto* form = panel.form();
    type(form, QStringLiteral("spo2"), QStringLiteral("105"));
    CHECK_FALSE(form->messageFor(QStringLiteral("spo2")).isEmpty());
    CHECK(form->messageFor(QStringLiteral("resp_rate")).isEmpty()); // untouched fields stay quiet
    CHECK_FALSE(panel.save());
    CHECK(panel.recordId().isEmpty());
    CHECK(ward.entries->entries(ward.patient.id, QStringLiteral("observation"))->isEmpty());
    CHECK(panel.message().contains(QStringLiteral("Nothing was saved")));

    // A plausible-but-unusual value only warns; the entry can be saved.
    type(form, QStringLiteral("spo2"), QStringLiteral("65"));
    CHECK_FALSE(form->messageFor(QStringLiteral("spo2")).isEmpty());
    CHECK(panel.save());
    CHECK(ward.entries->entries(ward.patient.id, QStringLiteral("observation"))->size() == 1);
}

TEST_CASE("Prescribing is refused to a nurse, inline")
{
    Ward ward;
    gui::FormEntryPanel panel(*ward.ws, *ward.entries, ward.forms, QStringLiteral("prescription"),
                              ward.patient.id, QStringLiteral("en"));
    auto* message = panel.form()->findChild<QLabel*>(QStringLiteral("formMessage"));
    REQUIRE(message != nullptr);
    CHECK_FALSE(message->isHidden());
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(panel.save());
}

TEST_CASE("Search as you type finds a patient by a name typed without accents, and refuses a mistyped number")
{
    Ward ward;
    PatientService patients(*ward.ws);
    REQUIRE(patients
                .registerPatient(person(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1980, 1, 1),
                                        QStringLiteral("M")))
                .ok());
    gui::PatientSearchWidget search(*ward.ws);
    search.show();
    QTest::keyClicks(search.searchField(), QStringLiteral("lefevre eli"));
    // The search runs after a short pause in typing; wait for it rather than sleeping blindly.
    for (int i = 0; i < 200 && search.results()->rowCount() == 0; ++i) {
        QTest::qWait(10);
    }
    REQUIRE(search.results()->rowCount() == 1);
    CHECK(search.results()->patientAt(0)->id == ward.patient.id);
    CHECK(search.results()
              ->data(search.results()->index(0, gui::PatientListModel::Location), Qt::DisplayRole)
              .toString() == QStringLiteral("MED 2"));

    // The downtime number with one character changed.
    QString typo = ward.patient.downtimeNumber;
    typo[typo.size() - 3] = typo[typo.size() - 3] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    search.searchField()->setText(typo);
    search.searchNow();
    CHECK(search.results()->rowCount() == 0);
    CHECK_FALSE(search.message().isEmpty());
    search.searchField()->setText(ward.patient.downtimeNumber);
    search.searchNow();
    CHECK(search.message().isEmpty());
    REQUIRE(search.results()->rowCount() == 1);
}

TEST_CASE("Registering a look-alike patient shows the duplicate warning, nothing is written until the nurse "
          "decides")
{
    Ward ward;
    PatientService patients(*ward.ws);
    const int before = patients.count();
    gui::PatientDialog dialog(*ward.ws);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("identity_birth_name")),
                     QStringLiteral("LEFEVRE"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("identity_first_names")),
                     QStringLiteral("elise"));
    dialog.findChild<gui::DateEdit*>(QStringLiteral("identity_birth_date"))->setDate(QDate(1950, 3, 2));
    QTest::mouseClick(dialog.findChild<QRadioButton*>(QStringLiteral("sex_F")), Qt::LeftButton);

    // An INS with a wrong key is explained inline.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("identity_ins")),
                     QStringLiteral("284127505612300"));
    CHECK_FALSE(dialog.messageFor(QStringLiteral("ins")).isEmpty());
    CHECK_FALSE(dialog.tryRegister());
    CHECK(patients.count() == before);
    dialog.findChild<QLineEdit*>(QStringLiteral("identity_ins"))->clear();

    CHECK_FALSE(dialog.tryRegister());
    CHECK(dialog.duplicatesShown());
    CHECK(dialog.duplicateCount() == 1);
    CHECK(patients.count() == before);

    // "Open the selected patient": nothing registered, the existing one is chosen.
    dialog.openSelectedDuplicate();
    CHECK(dialog.chosenPatientId() == ward.patient.id);
    CHECK_FALSE(dialog.registeredPatient().has_value());
    CHECK(patients.count() == before);

    // Or confirm a new patient: registered, never merged.
    gui::PatientDialog second(*ward.ws);
    Patient lookAlike = person(QStringLiteral("Lefevre"), QStringLiteral("Elise"), QDate(1950, 3, 2));
    second.setPatient(lookAlike);
    CHECK_FALSE(second.tryRegister());
    REQUIRE(second.duplicatesShown());
    second.confirmNewPatient();
    REQUIRE(second.registeredPatient().has_value());
    CHECK(second.registeredPatient()->id != ward.patient.id);
    CHECK(patients.count() == before + 1);
}

TEST_CASE("The ward board shows beds and occupants and the chart page opens on a patient")
{
    Ward ward;
    REQUIRE(PatientService(*ward.ws).setAllergies(ward.patient.id, QStringLiteral("Pénicilline")).ok());
    gui::WardBoardPage page(*ward.ws, ward.forms);
    page.setCurrentWard(QStringLiteral("MED"));
    page.refresh();
    REQUIRE(page.model()->rowCount() == 4);
    const int row = page.model()->rowOf(ward.patient.id);
    REQUIRE(row == 1);
    CHECK(page.model()
              ->data(page.model()->index(row, gui::WardBoardModel::Allergies), Qt::DisplayRole)
              .toString()
              .contains(QStringLiteral("Pénicilline")));
    CHECK(page.model()
              ->data(page.model()->index(row, gui::WardBoardModel::Observations), Qt::DisplayRole)
              .toString()
              .contains(QStringLiteral("due now")));
    CHECK(page.countersText().contains(QStringLiteral("1 / 4")));

    gui::PatientChartPage chart(*ward.ws, ward.forms, ward.patient.id);
    CHECK(chart.headerText().contains(QStringLiteral("Élise")));
    CHECK(chart.tabs()->count() >= 7);
}

TEST_CASE("Importing a census file shows a preview first and writes only on confirmation")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    clinical::FormRegistry forms;
    forms.reload();
    const int before = PatientService(*ws).count();
    gui::ImportDialog dialog(*ws, forms);
    dialog.setKind(gui::ImportDialog::Kind::Census);
    dialog.setFile(test::dataFile(QStringLiteral("ward/census.csv")));
    REQUIRE(dialog.preview());
    CHECK(dialog.canImport());
    CHECK(PatientService(*ws).count() == before); // a preview writes nothing
    REQUIRE(dialog.import());
    const int afterFirst = PatientService(*ws).count();
    CHECK(afterFirst > before);

    dialog.setFile(test::dataFile(QStringLiteral("ward/census-likely-duplicate.csv")));
    REQUIRE(dialog.preview());
    INFO(dialog.previewText().toStdString());
    CHECK(dialog.previewText().contains(QStringLiteral("Check before importing")));
    CHECK(PatientService(*ws).count() == afterFirst);

    dialog.setKind(gui::ImportDialog::Kind::Observations);
    dialog.setFile(test::dataFile(QStringLiteral("ward/observations-spo2-over-100.csv")));
    CHECK_FALSE(dialog.preview());
    CHECK_FALSE(dialog.canImport());
    CHECK(dialog.previewText().contains(QStringLiteral("line")));
}
