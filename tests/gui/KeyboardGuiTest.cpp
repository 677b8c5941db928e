// Issue 13, item 9: keyboard first. Ctrl+1…6 reach the sidebar pages; opening the nursing
// notes tab starts a new note; Alt+N means one thing in a chart.
#include "GuiTestHelpers.h"
#include "MnemonicAudit.h"
#include "TestSupport.h"
#include "chart/FormTab.h"
#include "chart/PatientChartPage.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "forms/FormEntryPanel.h"
#include "mainwindow/MainWindow.h"
#include "patients/PatientService.h"
#include "patients/PatientTabs.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace wp;
using wp::gui::MainWindow;

namespace {

struct NurseWithPatient
{
    test::TempDir tmp;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws;
    QString patientId;

    NurseWithPatient()
    {
        ws = test::initialisedWorkspace(tmp.path(), clock);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto p = patients.registerPatient(
            test::person(QStringLiteral("Blanc"), QStringLiteral("Odile"), QDate(1938, 7, 1)));
        REQUIRE(p.ok());
        REQUIRE(patients.admit(p->id, QStringLiteral("MED"), QStringLiteral("4"), clock.now()).ok());
        patientId = p->id;
    }
};

void activate(QWidget& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

int tabIndexOf(const QTabWidget* tabs, const QWidget* page)
{
    const int i = tabs->indexOf(page);
    REQUIRE(i >= 0);
    return i;
}

} // namespace

TEST_CASE("Ctrl+1…6 go to the sidebar pages the user may open, and say so", "[issue13][keyboard]")
{
    NurseWithPatient ward;
    MainWindow window(*ward.ws);
    activate(window);
    const QList<std::pair<Qt::Key, MainWindow::Page>> keys{{Qt::Key_3, MainWindow::Page::Theatres},
                                                           {Qt::Key_5, MainWindow::Page::Exchange},
                                                           {Qt::Key_2, MainWindow::Page::Patients},
                                                           {Qt::Key_4, MainWindow::Page::Printing},
                                                           {Qt::Key_1, MainWindow::Page::Wards}};
    for (const auto& [key, page] : keys) {
        QTest::keyClick(&window, key, Qt::ControlModifier);
        CHECK(window.currentPage() == page);
    }
    // A nurse may not open Administration: Ctrl+6 leaves her where she is.
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Wards);
    CHECK_FALSE(test::named<QAction>(&window, "actionGoToPage6")->isEnabled());

    // The shortcut is in the sidebar's tooltip and in the Go menu.
    auto* nav = test::named<QListWidget>(&window, "navigation");
    CHECK(nav->item(2)->toolTip().contains(QStringLiteral("Ctrl+3")));
    auto* go = test::named<QAction>(&window, "actionGoToPage2");
    CHECK(go->shortcut() == QKeySequence(QStringLiteral("Ctrl+2")));
    CHECK(go->text() == QStringLiteral("Patients"));
}

TEST_CASE("Opening the nursing notes tab starts a new note, not an amendment of the last one",
          "[issue13][keyboard]")
{
    NurseWithPatient ward;
    clinical::FormRegistry forms;
    forms.reload();
    FormEntryService entries(*ward.ws, forms);
    auto note = entries.save(QStringLiteral("nursing_note"), ward.patientId,
                             {{QStringLiteral("target"), QStringLiteral("Douleur")},
                              {QStringLiteral("data"), QStringLiteral("EVA 6/10")}},
                             ward.clock.now());
    REQUIRE(note.ok());

    MainWindow window(*ward.ws);
    activate(window);
    window.showPage(MainWindow::Page::Patients);
    auto* chart = window.patientTabs()->openChart(ward.patientId);
    REQUIRE(chart);
    auto* notes = chart->formTab(QStringLiteral("nursing_note"));
    REQUIRE(notes);
    REQUIRE(notes->list()->rowCount() == 1);

    // By its mnemonic, from the chart's tab bar, as a nurse typing by habit does.
    chart->tabs()->setFocus();
    const QKeySequence mnemonic =
        QKeySequence::mnemonic(chart->tabs()->tabText(tabIndexOf(chart->tabs(), notes)));
    REQUIRE_FALSE(mnemonic.isEmpty());
    QTest::keySequence(&window, mnemonic);
    CHECK(chart->tabs()->currentWidget() == notes);
    CHECK(notes->panel()->recordId().isEmpty());

    // The list taking the focus (Tab) makes a row current, not a note to amend.
    notes->list()->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    CHECK(notes->panel()->recordId().isEmpty());
    CHECK(test::named<QLabel>(notes->panel(), "entryMode")->text() == QStringLiteral("New entry"));

    // Choosing the note opens it for amending.
    QTest::mouseClick(notes->list()->viewport(), Qt::LeftButton, {},
                      notes->list()->visualItemRect(notes->list()->item(0, 0)).center());
    CHECK(notes->panel()->recordId() == note->record.recordId);
}

TEST_CASE("In a chart, Alt+N and every other mnemonic belong to one control", "[issue13][keyboard]")
{
    NurseWithPatient ward;
    MainWindow window(*ward.ws);
    activate(window);
    window.showPage(MainWindow::Page::Patients);
    auto* chart = window.patientTabs()->openChart(ward.patientId);
    REQUIRE(chart);
    for (int i = 0; i < chart->tabs()->count(); ++i) {
        chart->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QStringList clashes =
            test::MnemonicAudit::clashesIn(&window, QStringLiteral("chart · ") + chart->tabs()->tabText(i));
        INFO(clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
}
