#include "TestSupport.h"
#include "chart/FormTab.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "forms/FormEntryPanel.h"
#include "forms/FormWidget.h"
#include "forms/ReasonDialog.h"
#include "medication/MarView.h"
#include "patients/PatientSearchWidget.h"
#include "patients/PatientService.h"
#include "patients/PatientsPage.h"
#include "ward/MovementDialog.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"
#include "ward/WardBoardService.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace wp;

namespace {

struct Bed
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws;
    clinical::FormRegistry forms;
    std::unique_ptr<FormEntryService> entries;
    Patient patient;

    Bed()
    {
        ws = test::initialisedWorkspace(tmp.path(), clock);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        forms.reload();
        entries = std::make_unique<FormEntryService>(*ws, forms);
        Patient p;
        p.birthName = QStringLiteral("Garcia");
        p.firstNames = QStringLiteral("Inès");
        p.birthDate = QDate(1941, 6, 1);
        p.sex = QStringLiteral("F");
        PatientService patients(*ws);
        auto registered = patients.registerPatient(p);
        REQUIRE(registered.ok());
        auto admitted =
            patients.admit(registered->id, QStringLiteral("MED"), QStringLiteral("3"), clock.now());
        REQUIRE(admitted.ok());
        patient = *admitted;
    }
};

} // namespace

TEST_CASE("The medication record highlights overdue doses until a dose is recorded")
{
    Bed bed;
    test::loginAs(*bed.ws, QStringLiteral("dr.house"), Role::Doctor);
    auto line = bed.entries->save(
        QStringLiteral("prescription"), bed.patient.id,
        {{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
         {QStringLiteral("dose"), 1000},
         {QStringLiteral("dose_unit"), QStringLiteral("mg")},
         {QStringLiteral("route"), QStringLiteral("oral")},
         {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
         {QStringLiteral("times"), QStringLiteral("08:00 14:00 20:00")},
         {QStringLiteral("start"), WardBoardService::formDateTimeText(bed.clock.now().addDays(-1))},
         {QStringLiteral("prescriber"), QStringLiteral("Dr House")}});
    INFO(line.errorMessage().toStdString());
    REQUIRE(line.ok());
    test::loginAs(*bed.ws, QStringLiteral("nina"), Role::Nurse);

    gui::MarView mar(*bed.ws, *bed.entries, bed.forms, bed.patient.id);
    REQUIRE(mar.lines()->rowCount() == 1);
    const int overdue = mar.overdueCount();
    REQUIRE(overdue > 0);
    CHECK_FALSE(mar.lines()->item(0, 7)->text().isEmpty());
    CHECK(mar.lines()->item(0, 0)->background().color() == QColor(QStringLiteral("#ffebee")));

    const auto due = WardBoardService::overdueDoses({*line}, {}, bed.clock.now());
    REQUIRE_FALSE(due.isEmpty());
    auto given = bed.entries->save(
        QStringLiteral("medication_administration"), bed.patient.id,
        {{QStringLiteral("prescription_line"), line->record.recordId},
         {QStringLiteral("scheduled_for"), WardBoardService::formDateTimeText(due.first().dueAt)},
         {QStringLiteral("status"), QStringLiteral("given")},
         {QStringLiteral("administered_at"), WardBoardService::formDateTimeText(bed.clock.now())}});
    INFO(given.errorMessage().toStdString());
    REQUIRE(given.ok());
    mar.reload();
    CHECK(mar.overdueCount() == overdue - 1);
    REQUIRE(mar.administrations()->rowCount() == 1);
    CHECK(mar.administrations()->item(0, 1)->text() == QStringLiteral("Paracétamol"));
    CHECK(mar.administrations()->item(0, 4)->text() == QStringLiteral("nina"));

    // The board counts the same overdue doses.
    auto rows = WardBoardService(*bed.ws, bed.forms).board(QStringLiteral("MED"));
    REQUIRE(rows.ok());
    CHECK((*rows)[2].overdueDoses.size() == overdue - 1);
}

TEST_CASE("Admitting, transferring out and discharging from the ward board dialogs")
{
    Bed bed;
    // Transfer out: destination, SAMU number, transport; the bed is freed.
    gui::MovementDialog transfer(*bed.ws, gui::MovementDialog::Kind::Transfer, bed.patient,
                                 QStringLiteral("MED"), QStringLiteral("3"));
    CHECK_FALSE(transfer.apply()); // no destination yet
    CHECK_FALSE(transfer.message().isEmpty());
    transfer.setTransfer(QStringLiteral("CHU Nord"), QStringLiteral("2026-000042"), QStringLiteral("SMUR"));
    REQUIRE(transfer.apply());
    REQUIRE(transfer.result().has_value());
    CHECK(transfer.result()->status == QStringLiteral("transferred"));

    gui::WardBoardPage page(*bed.ws, bed.forms);
    page.setCurrentWard(QStringLiteral("MED"));
    page.refresh();
    CHECK(page.model()->rowOf(bed.patient.id) == -1);

    // Admit someone else to bed 1: refused without a patient, then done.
    Patient other;
    other.birthName = QStringLiteral("Roux");
    other.firstNames = QStringLiteral("Yves");
    other.birthDate = QDate(1960, 2, 2);
    other.sex = QStringLiteral("M");
    auto registered = PatientService(*bed.ws).registerPatient(other);
    REQUIRE(registered.ok());
    gui::MovementDialog admit(*bed.ws, gui::MovementDialog::Kind::Admit, std::nullopt, QStringLiteral("MED"),
                              QStringLiteral("1"));
    CHECK_FALSE(admit.apply());
    admit.setPatientToAdmit(*registered);
    REQUIRE(admit.apply());
    page.refresh();
    CHECK(page.model()->rowOf(registered->id) == 0);

    // A time in the future is refused.
    gui::MovementDialog discharge(*bed.ws, gui::MovementDialog::Kind::Discharge, *admit.result(),
                                  QStringLiteral("MED"), QStringLiteral("1"));
    discharge.setTime(bed.clock.now().addSecs(3600));
    CHECK_FALSE(discharge.apply());
    discharge.setTime(bed.clock.now());
    REQUIRE(discharge.apply());
    CHECK(PatientService(*bed.ws).find(registered->id)->status == QStringLiteral("discharged"));
}

TEST_CASE("Keyboard: the first field has the focus, Ctrl+PgDown changes section and Ctrl+S saves")
{
    Bed bed;
    gui::FormEntryPanel panel(*bed.ws, *bed.entries, bed.forms, QStringLiteral("nursing_note"),
                              bed.patient.id, QStringLiteral("en"));
    panel.show();
    QApplication::setActiveWindow(&panel);
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    panel.newEntry();
    auto* form = panel.form();
    CHECK(QApplication::focusWidget() == form->editorFor(QStringLiteral("target")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Douleur"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == form->editorFor(QStringLiteral("data")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("EVA 6/10"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    INFO(panel.message().toStdString());
    CHECK_FALSE(panel.recordId().isEmpty());
    CHECK(bed.entries->entries(bed.patient.id, QStringLiteral("nursing_note"))->size() == 1);

    gui::FormEntryPanel admission(*bed.ws, *bed.entries, bed.forms, QStringLiteral("admission"),
                                  bed.patient.id, QStringLiteral("en"));
    admission.show();
    QApplication::setActiveWindow(&admission);
    REQUIRE(QTest::qWaitForWindowActive(&admission));
    admission.newEntry();
    CHECK(admission.form()->currentSection() == 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(admission.form()->currentSection() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(admission.form()->currentSection() == 0);
}

TEST_CASE("Allergies written on the admission form reach the chart header and the ward board")
{
    Bed bed;
    gui::PatientChartPage chart(*bed.ws, bed.forms, bed.patient.id);
    auto* admission = chart.formTab(QStringLiteral("admission"));
    REQUIRE(admission != nullptr);
    admission->panel()->form()->setValues({{QStringLiteral("reason"), QStringLiteral("Chute")},
                                           {QStringLiteral("allergy_status"), QStringLiteral("known")},
                                           {QStringLiteral("allergies"), QStringLiteral("Latex")},
                                           {QStringLiteral("code_status"), QStringLiteral("full")},
                                           {QStringLiteral("isolation"), QStringLiteral("none")}});
    INFO(admission->panel()->message().toStdString());
    REQUIRE(admission->panel()->save());
    CHECK(PatientService(*bed.ws).find(bed.patient.id)->allergies == QStringLiteral("Latex"));
    CHECK(admission->list()->rowCount() == 1);
    auto* banner = chart.findChild<QLabel*>(QStringLiteral("chartAllergies"));
    REQUIRE(banner != nullptr);
    CHECK(banner->text().contains(QStringLiteral("Latex")));
}

TEST_CASE("The Patients page opens the chart of the patient found")
{
    Bed bed;
    gui::PatientsPage page(*bed.ws);
    QString opened;
    QObject::connect(&page, &gui::PatientsPage::openPatientChart, [&](const QString& id) { opened = id; });
    page.search()->searchField()->setText(QStringLiteral("garcia ines"));
    QTest::keyClick(page.search()->searchField(), Qt::Key_Return);
    CHECK(opened == bed.patient.id);
}

TEST_CASE("A doctor sets SpO2 scale 2 from the chart, with a reason, new observations start from it")
{
    Bed bed;
    {
        gui::PatientChartPage nurseView(*bed.ws, bed.forms, bed.patient.id);
        CHECK(nurseView.findChild<QPushButton*>(QStringLiteral("spo2ScaleButton"))->isHidden());
    }
    test::loginAs(*bed.ws, QStringLiteral("dr.house"), Role::Doctor);
    gui::PatientChartPage chart(*bed.ws, bed.forms, bed.patient.id);
    CHECK_FALSE(chart.findChild<QPushButton*>(QStringLiteral("spo2ScaleButton"))->isHidden());
    gui::ReasonDialog::setNextAnswer(QStringLiteral("BPCO hypercapnique, cible 88-92 %"));
    REQUIRE(chart.changeSpo2Scale());
    CHECK(bed.entries->spo2Scale(bed.patient.id) == 2);
    CHECK(chart.findChild<QLabel*>(QStringLiteral("chartSpo2Scale"))
              ->text()
              .contains(QStringLiteral("scale 2")));
    auto* panel = chart.formTab(QStringLiteral("observation"))->panel();
    CHECK(panel->form()->values().value(QStringLiteral("spo2_scale")).toString() == QStringLiteral("2"));
}
