// Issue 16: the Hospital page driven offscreen with real key presses, on the emergency laptop
// holding the demo laptop's records.

#include "../gui/GuiTestHelpers.h"
#include "HospitalFixture.h"
#include "hospital/HospitalFinderWidget.h"
#include "hospital/HospitalPage.h"
#include "mainwindow/MainWindow.h"
#include "printing/PrintPreviewDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace wp;
using namespace wp::test;
using wp::gui::HospitalFinderWidget;
using wp::gui::HospitalPage;
using wp::gui::MainWindow;

namespace {

int rowOf(const QStandardItemModel* model, const QString& firstColumn)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r, 0)->text() == firstColumn) {
            return r;
        }
    }
    FAIL("no row " << firstColumn.toStdString());
    return -1;
}

} // namespace

TEST_CASE("gui: the census shows free beds and turns another laptop's wards red when stale", "[issue16][gui]")
{
    HospitalFixture f;
    HospitalPage page(*f.urg);
    page.resize(1200, 700);
    page.show();
    auto* census = page.censusModel();
    REQUIRE(census->rowCount() == 4);
    const int urg = rowOf(census, QStringLiteral("URG"));
    CHECK(census->item(urg, HospitalPage::Free)->text() == QStringLiteral("3"));
    CHECK(census->item(urg, HospitalPage::Data)->text() == QStringLiteral("live (this laptop)"));
    const int med = rowOf(census, QStringLiteral("MED"));
    CHECK(census->item(med, HospitalPage::Laptops)->text() == QStringLiteral("DEMO, URG"));
    CHECK(census->item(med, HospitalPage::Data)->text() == QStringLiteral("0 min old"));
    CHECK(census->item(med, HospitalPage::Data)->background() == QBrush());
    CHECK(page.laptopsSummary().contains(QStringLiteral("DEMO 0 min old")));

    f.urgClock.advanceSeconds(3 * 3600 + 5 * 60);
    QTest::mouseClick(named<QPushButton>(&page, "hospitalRefresh"), Qt::LeftButton);
    const int medLater = rowOf(census, QStringLiteral("MED"));
    CHECK(census->item(medLater, HospitalPage::Data)->text() == QStringLiteral("3 h 05 min old — STALE"));
    CHECK(census->item(medLater, HospitalPage::Data)->background().color() == QColor(0xf8, 0xc4, 0xc0));
    CHECK(census->item(medLater, HospitalPage::Data)->font().bold());
    CHECK(page.laptopsSummary().contains(QStringLiteral("DEMO 3 h 05 min old — STALE")));
}

TEST_CASE("gui: the finder searches as you type and Enter opens the chart in the main window",
          "[issue16][gui]")
{
    HospitalFixture f;
    MainWindow window(*f.urg);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // Ctrl+8: the Hospital page, the eighth of the sidebar.
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Page::Hospital);
    auto* page = window.hospitalPage();
    REQUIRE(page);
    // Ctrl+F: the finder, its field focused.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* finder = page->finder();
    REQUIRE(page->tabs()->currentWidget() == finder);
    QLineEdit* field = finder->field();
    CHECK(window.focusWidget() == field); // not hasFocus(): offscreen activation varies

    QTest::keyClicks(field, QStringLiteral("quillivic"));
    finder->searchNow(); // what the debounce timer does once typing stops
    auto* results = finder->results()->model();
    REQUIRE(results->rowCount() == 1);
    CHECK(results->index(0, HospitalFinderWidget::WhereNow)
              .data()
              .toString()
              .startsWith(QStringLiteral("transferred to CHU de Rennes (SAMU 35-0042)")));
    CHECK(results->index(0, HospitalFinderWidget::Laptop).data().toString() == QStringLiteral("URG"));

    field->clear();
    QTest::keyClicks(field, QStringLiteral("heloise"));
    QSignalSpy opened(page, &HospitalPage::openPatientChart);
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString() == f.heloise.id);
    CHECK(window.currentPage() == MainWindow::Page::Patients);

    // Several matches (the laptop's code starts every URG number): Enter goes to the list, Enter on
    // a row opens that one.
    window.showPage(MainWindow::Page::Hospital);
    page->showFinder();
    QTest::keyClicks(field, QStringLiteral("URG"));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(results->rowCount() >= 3);
    CHECK(opened.size() == 1);
    CHECK(window.focusWidget() == finder->results());
    QTest::keyClick(finder->results(), Qt::Key_Down);
    const QString second = finder->patientAt(finder->results()->currentIndex().row());
    REQUIRE_FALSE(second.isEmpty());
    QTest::keyClick(finder->results(), Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(opened.last().first().toString() == second);
}

TEST_CASE("gui: the transfer register lists the newest movement first and the sitrep previews",
          "[issue16][gui]")
{
    HospitalFixture f;
    HospitalPage page(*f.urg);
    page.show();
    page.tabs()->setCurrentIndex(2);
    auto* transfers = page.transfersModel();
    REQUIRE(transfers->rowCount() > 3);
    CHECK(transfers->item(0, 1)->text() == QStringLiteral("Move between wards"));
    CHECK(transfers->item(0, 4)->text() == QStringLiteral("URG, bed U3"));
    CHECK(transfers->item(0, 5)->text() == QStringLiteral("MED, bed %1").arg(f.yvetteBed));
    CHECK(transfers->item(1, 1)->text() == QStringLiteral("Transfer out"));
    CHECK(transfers->item(1, 5)->text() == QStringLiteral("CHU de Rennes"));
    CHECK(transfers->item(1, 6)->text() == QStringLiteral("35-0042"));

    gui::PrintPreviewDialog* dialog = nullptr;
    QObject::connect(&page, &HospitalPage::previewOpened, [&](gui::PrintPreviewDialog* d) { dialog = d; });
    QTest::mouseClick(named<QPushButton>(&page, "hospitalPrintSitrep"), Qt::LeftButton);
    REQUIRE(dialog);
    QPdfDocument* pdf = dialog->pdfDocument();
    REQUIRE(pdf->pageCount() >= 1);
    QString text;
    for (int i = 0; i < pdf->pageCount(); ++i) {
        text += pdf->getAllText(i).text().simplified() + QLatin1Char(' ');
    }
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Situation report")));
    CHECK(text.contains(QStringLiteral("URG — Urgences 4 1 3 1 0 1 live (this laptop)")));
    CHECK(text.contains(QStringLiteral("MED — Médecine polyvalente")));
    CHECK(text.contains(QStringLiteral("CHU de Rennes 1")));
    CHECK(text.contains(QStringLiteral("Newest record held from each laptop")));
    dialog->close();
}

// Hidden ([.]): writes the user guide's screenshot into $WHITEPLAN_SCREENSHOT_DIR.
TEST_CASE("gui: screenshots for the user guide", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("WHITEPLAN_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    HospitalFixture f;
    f.urgClock.advanceSeconds(2 * 3600 + 20 * 60);
    MainWindow window(*f.urg);
    window.resize(1366, 720);
    window.show();
    window.showPage(MainWindow::Page::Hospital);
    QCoreApplication::processEvents();
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("hospital-census.png"))));
    auto* page = window.hospitalPage();
    page->showFinder();
    QTest::keyClicks(page->finder()->field(), QStringLiteral("m"));
    page->finder()->searchNow();
    QCoreApplication::processEvents();
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("hospital-finder.png"))));
    page->tabs()->setCurrentIndex(2);
    QCoreApplication::processEvents();
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("hospital-transfers.png"))));
}
