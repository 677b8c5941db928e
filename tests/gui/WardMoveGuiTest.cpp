// Issue 13, item 1: "Move…" on the ward board crashed the application every time. Driven
// through the real main window, as a nurse does it: select the row, press Move…, pick a bed.
#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "mainwindow/MainWindow.h"
#include "patients/PatientService.h"
#include "ward/MovementDialog.h"
#include "ward/WardBoardModel.h"
#include "ward/WardBoardPage.h"
#include "wards/WardsArea.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace wp;
using wp::gui::MainWindow;

namespace {

struct WardWithPatient
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws;
    Patient patient;

    WardWithPatient()
    {
        ws = test::initialisedWorkspace(tmp.path(), clock);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto registered = patients.registerPatient(
            test::person(QStringLiteral("Moreau"), QStringLiteral("Lucie"), QDate(1952, 4, 9)));
        REQUIRE(registered.ok());
        auto admitted =
            patients.admit(registered->id, QStringLiteral("MED"), QStringLiteral("2"), clock.now());
        REQUIRE(admitted.ok());
        patient = *admitted;
    }
};

/// Selects the patient's row on the board and presses Move…; `drive` gets the dialog.
void pressMove(MainWindow& window, const QString& patientId, std::function<void(QWidget*)> drive)
{
    auto* board = window.wardsArea()->board();
    board->setCurrentWard(QStringLiteral("MED"));
    const int row = board->model()->rowOf(patientId);
    REQUIRE(row >= 0);
    // Bed and Patient (columns 0-1) sit in the frozen view; click a column of the main one.
    QTest::mouseClick(board->table()->viewport(), Qt::LeftButton, {},
                      board->table()->visualRect(board->model()->index(row, 2)).center());
    REQUIRE(board->selectedPatientId() == patientId);
    auto* move = test::named<QPushButton>(board, "moveButton");
    REQUIRE(move->isEnabled());
    bool driven = false;
    test::whenModalShown([&](QWidget* modal) {
        driven = true;
        drive(modal);
    });
    QTest::mouseClick(move, Qt::LeftButton);
    CHECK(driven);
}

} // namespace

TEST_CASE("Move… on the ward board moves the selected patient to the bed chosen", "[issue13][move]")
{
    WardWithPatient ward;
    MainWindow window(*ward.ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    pressMove(window, ward.patient.id, [](QWidget* modal) {
        auto* dialog = qobject_cast<gui::MovementDialog*>(modal);
        REQUIRE(dialog);
        auto* wardChoice = test::named<QComboBox>(dialog, "moveWard");
        auto* bed = test::named<QComboBox>(dialog, "moveBed");
        // The patient's own ward first: its free beds, not the occupied bed 2.
        CHECK(wardChoice->currentData().toString() == QStringLiteral("MED"));
        CHECK(bed->count() == 3);
        CHECK(bed->findData(QStringLiteral("2")) < 0);
        wardChoice->setCurrentIndex(wardChoice->findData(QStringLiteral("SURG")));
        REQUIRE(bed->count() == 2);
        bed->setCurrentIndex(bed->findData(QStringLiteral("B")));
        CHECK(test::named<QLabel>(dialog, "movementMessage")->text().isEmpty());
        QTest::mouseClick(test::named<QPushButton>(dialog, "movementOk"), Qt::LeftButton);
    });
    auto moved = PatientService(*ward.ws).find(ward.patient.id);
    REQUIRE(moved.ok());
    CHECK(moved->wardCode == QStringLiteral("SURG"));
    CHECK(moved->bedLabel == QStringLiteral("B"));
    CHECK(window.wardsArea()->board()->message().contains(QStringLiteral("moved to SURG bed B")));
}

TEST_CASE("Cancelling Move… leaves the patient in their bed", "[issue13][move]")
{
    WardWithPatient ward;
    MainWindow window(*ward.ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    pressMove(window, ward.patient.id, [](QWidget* modal) {
        auto* buttons = modal->findChild<QDialogButtonBox*>();
        REQUIRE(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    auto stayed = PatientService(*ward.ws).find(ward.patient.id);
    REQUIRE(stayed.ok());
    CHECK(stayed->wardCode == QStringLiteral("MED"));
    CHECK(stayed->bedLabel == QStringLiteral("2"));
    CHECK(window.wardsArea()->board()->message().isEmpty());
}

TEST_CASE("Move… to a ward without a free bed says so in the dialog", "[issue13][move]")
{
    WardWithPatient ward;
    PatientService patients(*ward.ws);
    for (const QString& bed : {QStringLiteral("A"), QStringLiteral("B")}) {
        auto p = patients.registerPatient(test::person(QStringLiteral("Surg") + bed, QStringLiteral("Jean"),
                                                       QDate(1960, 1, 2), QStringLiteral("M")));
        REQUIRE(p.ok());
        REQUIRE(patients.admit(p->id, QStringLiteral("SURG"), bed, ward.clock.now()).ok());
    }
    gui::MovementDialog dialog(*ward.ws, gui::MovementDialog::Kind::Move, ward.patient, QStringLiteral("MED"),
                               QStringLiteral("2"));
    auto* wardChoice = test::named<QComboBox>(&dialog, "moveWard");
    wardChoice->setCurrentIndex(wardChoice->findData(QStringLiteral("SURG")));
    CHECK(test::named<QComboBox>(&dialog, "moveBed")->count() == 0);
    CHECK(dialog.message().contains(QStringLiteral("No free bed in SURG")));
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.message() == QStringLiteral("Choose a free bed."));
}
