#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "common/PatientIdentityBand.h"
#include "entries/FormEntryService.h"
#include "forms/FormEntryDialog.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "medication/DoseDialog.h"
#include "medication/MarView.h"
#include "patients/IdentityEditDialog.h"
#include "patients/PatientDialog.h"
#include "patients/PatientService.h"
#include "ward/MovementDialog.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"
#include "ward/WardBoardService.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace wp;
using wp::test::person;

namespace {

/// A nurse on MED with one patient (allergic to penicillin) and a doctor's paracetamol line.
struct Medicated
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws;
    clinical::FormRegistry forms;
    std::unique_ptr<FormEntryService> entries;
    Patient patient;
    FormEntry line;

    Medicated()
    {
        ws = test::initialisedWorkspace(tmp.path(), clock);
        forms.reload();
        entries = std::make_unique<FormEntryService>(*ws, forms);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto p = patients.registerPatient(
            person(QStringLiteral("Fournier"), QStringLiteral("Karine"), QDate(1948, 5, 7)));
        REQUIRE(p.ok());
        REQUIRE(patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now()).ok());
        REQUIRE(patients.setAllergies(p->id, QStringLiteral("Pénicilline")).ok());
        patient = *patients.find(p->id);
        test::loginAs(*ws, QStringLiteral("dr.house"), Role::Doctor);
        const QTime soon = clock.now().toLocalTime().time().addSecs(20 * 60);
        auto saved =
            entries->save(QStringLiteral("prescription"), patient.id,
                          {{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
                           {QStringLiteral("dose"), 1000},
                           {QStringLiteral("dose_unit"), QStringLiteral("mg")},
                           {QStringLiteral("route"), QStringLiteral("oral")},
                           {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                           {QStringLiteral("times"), soon.toString(QStringLiteral("HH:mm"))},
                           {QStringLiteral("start"), WardBoardService::formDateTimeText(clock.now())},
                           {QStringLiteral("prescriber"), QStringLiteral("Dr House")}});
        INFO(saved.errorMessage().toStdString());
        REQUIRE(saved.ok());
        line = *saved;
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
    }
};

/// Every text a user can read in `root`'s visible labels and line edits.
QString visibleText(QWidget* root)
{
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root)) {
            texts << label->text();
        }
    }
    for (auto* edit : root->findChildren<QLineEdit*>()) {
        if (edit->isVisibleTo(root)) {
            texts << edit->text();
        }
    }
    return texts.join(QLatin1Char('\n'));
}

void checkBand(QWidget* dialog, const Patient& p)
{
    auto* band = dialog->findChild<gui::PatientIdentityBand*>(QStringLiteral("patientIdentityBand"));
    REQUIRE(band != nullptr);
    CHECK(band->isVisibleTo(dialog));
    CHECK(band->identityText().contains(p.displayName()));
    CHECK(band->identityText().contains(p.downtimeNumber));
    CHECK(band->identityText().contains(p.birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
}

} // namespace

TEST_CASE("The dose dialog shows the line in words and the patient, never the line's id, and saves the dose")
{
    Medicated m;
    const QDateTime due = WardBoardService::nextDose({m.line}, {}, m.clock.now())->dueAt;
    gui::DoseDialog dialog(*m.ws, *m.entries, m.forms, m.line, due);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    checkBand(&dialog, m.patient);
    CHECK(dialog.band()->hasAllergy());
    CHECK(dialog.band()->allergyText().contains(QStringLiteral("Pénicilline")));
    const QString shown = visibleText(&dialog);
    INFO(shown.toStdString());
    CHECK_FALSE(shown.contains(m.line.record.recordId));
    CHECK(shown.contains(QStringLiteral("Paracétamol")));
    CHECK(shown.contains(QStringLiteral("1000 mg")));
    CHECK(shown.contains(QStringLiteral("Oral")));
    CHECK(shown.contains(due.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    CHECK(dialog.prescriptionText().contains(QStringLiteral("Paracétamol · 1000 mg")));
    auto* lineInput = dialog.panel()->form()->editorFor(QStringLiteral("prescription_line"));
    REQUIRE(lineInput != nullptr);
    CHECK_FALSE(lineInput->isVisible());
    // The keyboard starts on what the nurse decides; a keystroke cannot reach the line.
    REQUIRE(QApplication::focusWidget() != nullptr);
    CHECK(QApplication::focusWidget() != lineInput);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
    CHECK(dialog.panel()->form()->values().value(QStringLiteral("prescription_line")).toString() ==
          m.line.record.recordId);

    QWidget* status = dialog.panel()->form()->findChild<QWidget*>(QStringLiteral("field_status"));
    REQUIRE(status != nullptr);
    const auto radios = status->findChildren<QRadioButton*>();
    if (!radios.isEmpty()) {
        radios.first()->setChecked(true);
    } else {
        dialog.panel()->form()->setValues(
            {{QStringLiteral("prescription_line"), m.line.record.recordId},
             {QStringLiteral("scheduled_for"), WardBoardService::formDateTimeText(due)},
             {QStringLiteral("administered_at"), WardBoardService::formDateTimeText(m.clock.now())},
             {QStringLiteral("status"), QStringLiteral("given")}});
    }
    REQUIRE(dialog.panel()->save());
    CHECK(dialog.result() == QDialog::Accepted);
    auto given = m.entries->entries(m.patient.id, QStringLiteral("medication_administration"));
    REQUIRE(given.ok());
    REQUIRE(given->size() == 1);
    CHECK(given->first().values().value(QStringLiteral("prescription_line")).toString() ==
          m.line.record.recordId);
    CHECK(WardBoardService::formDateTime(given->first().values().value(QStringLiteral("scheduled_for"))) ==
          due);

    // The record shows the dose given (the prescribed one, as nothing else was written).
    gui::MarView mar(*m.ws, *m.entries, m.forms, m.patient.id);
    REQUIRE(mar.administrations()->rowCount() == 1);
    CHECK(mar.administrations()->item(0, 1)->text() == QStringLiteral("Paracétamol"));
    CHECK(mar.administrations()->item(0, 5)->text() == QStringLiteral("1000 mg (as prescribed)"));
}

TEST_CASE("The dose dialog has Cancel, which writes nothing")
{
    Medicated m;
    gui::DoseDialog dialog(*m.ws, *m.entries, m.forms, m.line, QDateTime());
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box != nullptr);
    QPushButton* cancel = box->button(QDialogButtonBox::Cancel);
    REQUIRE(cancel != nullptr);
    dialog.show();
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(m.entries->entries(m.patient.id, QStringLiteral("medication_administration"))->isEmpty());
}

TEST_CASE("Prescribing: disabled for a nurse with the reason, enabled for a doctor, in a dialog with the "
          "patient's band and Cancel")
{
    Medicated m;
    gui::MarView mar(*m.ws, *m.entries, m.forms, m.patient.id);
    CHECK_FALSE(mar.prescribeButton()->isEnabled());
    CHECK(mar.prescribeButton()->toolTip().contains(QStringLiteral("Only a doctor")));
    CHECK(mar.doseButton()->isEnabled());
    // Even reached directly, no form opens for the nurse.
    mar.newPrescription();
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK_FALSE(mar.message().isEmpty());

    // The user changes while the chart stays open: the buttons follow.
    test::loginAs(*m.ws, QStringLiteral("dr.house"), Role::Doctor);
    mar.updatePermissions();
    CHECK(mar.prescribeButton()->isEnabled());
    test::loginAs(*m.ws, QStringLiteral("bloc"), Role::TheatreManager);
    mar.show();
    CHECK_FALSE(mar.prescribeButton()->isEnabled());
    CHECK_FALSE(mar.doseButton()->isEnabled());
    mar.hide();

    test::loginAs(*m.ws, QStringLiteral("dr.house"), Role::Doctor);
    gui::FormEntryDialog dialog(*m.ws, *m.entries, m.forms, QStringLiteral("prescription"), m.patient.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkBand(&dialog, m.patient);
    auto* band = dialog.findChild<gui::PatientIdentityBand*>(QStringLiteral("patientIdentityBand"));
    CHECK(band->allergyText().contains(QStringLiteral("ALLERGIES: Pénicilline")));
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box != nullptr);
    REQUIRE(box->button(QDialogButtonBox::Cancel) != nullptr);
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE(
    "The identity band says when allergies are not recorded, and is in the movement and identity dialogs")
{
    Medicated m;
    PatientService patients(*m.ws);
    auto other =
        patients.registerPatient(person(QStringLiteral("Roux"), QStringLiteral("Yves"), QDate(1960, 2, 2)));
    REQUIRE(other.ok());
    gui::PatientIdentityBand band(*m.ws, other->id);
    CHECK_FALSE(band.hasAllergy());
    CHECK(band.allergyText().contains(QStringLiteral("not recorded")));

    gui::MovementDialog move(*m.ws, gui::MovementDialog::Kind::Discharge, m.patient, QStringLiteral("MED"),
                             QStringLiteral("2"));
    move.show();
    checkBand(&move, m.patient);
    gui::IdentityEditDialog identity(*m.ws, m.patient.id);
    identity.show();
    checkBand(&identity, m.patient);
}

TEST_CASE("Ward board: NEWS2 11 reads as continuous monitoring, the medications column shows the next dose, "
          "Bed and Patient stay in view and the board fits 1280 px")
{
    Medicated m;
    QJsonObject sick{{QStringLiteral("resp_rate"), 26},
                     {QStringLiteral("spo2"), 97},
                     {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                     {QStringLiteral("oxygen"), QStringLiteral("air")},
                     {QStringLiteral("systolic_bp"), 88},
                     {QStringLiteral("pulse"), 135},
                     {QStringLiteral("consciousness"), QStringLiteral("A")},
                     {QStringLiteral("temperature"), 39.5}};
    auto saved = m.entries->save(QStringLiteral("observation"), m.patient.id, sick, m.clock.now());
    INFO(saved.errorMessage().toStdString());
    REQUIRE(saved.ok());

    gui::WardBoardPage page(*m.ws, m.forms);
    page.setCurrentWard(QStringLiteral("MED"));
    page.resize(1280 - 200, 600); // the main window's sidebar takes under 200 px of 1280
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    const int row = page.model()->rowOf(m.patient.id);
    REQUIRE(row >= 0);
    const auto cell = [&](int column) {
        return page.model()->index(row, column).data(Qt::DisplayRole).toString();
    };
    CHECK(cell(gui::WardBoardModel::News2).startsWith(QStringLiteral("11")));
    CHECK(cell(gui::WardBoardModel::Observations).startsWith(QStringLiteral("continuous monitoring")));
    CHECK_FALSE(cell(gui::WardBoardModel::Observations).contains(QStringLiteral("OVERDUE")));
    CHECK(cell(gui::WardBoardModel::Medications).startsWith(QStringLiteral("next: Paracétamol")));

    // Bed and Patient are in the frozen view, at their full width; the other view scrolls.
    QTableView* frozen = page.frozenTable();
    CHECK_FALSE(frozen->isColumnHidden(gui::WardBoardModel::Bed));
    CHECK_FALSE(frozen->isColumnHidden(gui::WardBoardModel::PatientName));
    CHECK(page.table()->isColumnHidden(gui::WardBoardModel::PatientName));
    const int nameWidth = frozen->fontMetrics().horizontalAdvance(m.patient.displayName());
    CHECK(frozen->columnWidth(gui::WardBoardModel::PatientName) > nameWidth);
    QTest::qWait(50); // the views lay out their scroll bars after the resize events
    int total = 0;
    for (int c = 0; c < gui::WardBoardModel::ColumnCount; ++c) {
        total += page.table()->isColumnHidden(c) ? 0 : page.table()->columnWidth(c);
    }
    INFO("columns " << total << " px in a viewport of " << page.table()->viewport()->width() << " px");
    CHECK_FALSE(page.table()->horizontalScrollBar()->isVisible());
    // Every heading reads in full.
    for (int c = 0; c < gui::WardBoardModel::ColumnCount; ++c) {
        if (!page.table()->isColumnHidden(c)) {
            INFO("column " << c);
            CHECK(page.table()->columnWidth(c) >= page.table()->horizontalHeader()->sectionSizeHint(c));
        }
    }
    // Selecting on one side selects the same patient on the other.
    page.selectPatient(m.patient.id);
    CHECK(frozen->selectionModel()->isRowSelected(row, {}));
    CHECK(page.selectedPatientId() == m.patient.id);
    if (const QString look = qEnvironmentVariable("WHITEPLAN_LOOK"); !look.isEmpty()) {
        page.grab().save(look + QStringLiteral("/ward-board-1280.png"));
    }
}

TEST_CASE("The duplicate warning replaces the Register button rather than showing two ways to register")
{
    Medicated m;
    gui::PatientDialog dialog(*m.ws);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* registerButton = test::named<QPushButton>(&dialog, "registerButton");
    auto* confirm = test::named<QPushButton>(&dialog, "confirmNewButton");
    CHECK(registerButton->isVisible());
    dialog.setPatient(person(QStringLiteral("FOURNIER"), QStringLiteral("karine"), QDate(1948, 5, 7)));
    CHECK_FALSE(dialog.tryRegister());
    REQUIRE(dialog.duplicatesShown());
    CHECK(confirm->isVisible());
    CHECK_FALSE(registerButton->isVisible());
    // Typed in other letter case only: nothing is said to be "written differently".
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("duplicateList"));
    REQUIRE(list != nullptr);
    REQUIRE(list->count() == 1);
    CHECK_FALSE(list->item(0)->text().contains(QStringLiteral("differently")));
    // Editing the identity takes the warning away and brings Register back.
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "identity_first_names"), QStringLiteral("x"));
    CHECK_FALSE(dialog.duplicatesShown());
    CHECK(registerButton->isVisible());
}
