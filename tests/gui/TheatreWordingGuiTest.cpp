#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "TheatrePageFixture.h"
#include "patients/PatientService.h"
#include "theatre/ProposalDialog.h"
#include "theatre/TheatreBoard.h"
#include "theatre/TheatrePage.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace wp;
using namespace wp::gui;

namespace {

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("theatreui/") + name);
}

/// The small schedule, with C1 and C2 linked to two registered "DAVID Jeanne" (IPP P1, P2).
struct WordingFixture : test::TheatrePageFixture
{
    WordingFixture()
    {
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        for (const auto& [ipp, born] : {std::pair{QStringLiteral("P1"), QDate(1956, 3, 12)},
                                        std::pair{QStringLiteral("P2"), QDate(1981, 7, 30)}}) {
            Patient p = test::person(QStringLiteral("David"), QStringLiteral("Jeanne"), born);
            p.ipp = ipp;
            REQUIRE(PatientService(*ws).registerPatient(p).ok());
        }
        test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
        REQUIRE(
            page->importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases.csv"))));
    }

    QString pdfText(TheatrePage::Document document, const QDate& day = {})
    {
        const QString path = tmp.file(QStringLiteral("doc-%1.pdf").arg(static_cast<int>(document)));
        REQUIRE(page->writeDocument(document, path, day));
        QPdfDocument pdf;
        pdf.load(path);
        QString text;
        for (int i = 0; i < pdf.pageCount(); ++i) {
            text += pdf.getAllText(i).text().simplified() + QLatin1Char('\n');
        }
        return text;
    }
};

void drag(TheatreBoard* board, const QString& caseId, const QString& sessionId)
{
    const QPoint from = board->caseRect(caseId).center();
    const QPoint to = board->sessionRect(sessionId).center();
    QTest::mousePress(board, Qt::LeftButton, {}, from);
    QTest::mouseMove(board, from + QPoint(10, 0));
    QTest::mouseMove(board, to);
    QTest::mouseRelease(board, Qt::LeftButton, {}, to);
}

} // namespace

TEST_CASE("gui: the proposal names theatres, days and half-days, and explains its figures")
{
    WordingFixture f;
    REQUIRE(f.page->closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")));
    QSignalSpy ready(f.page.get(), &TheatrePage::proposalReady);
    f.page->reschedule();
    REQUIRE(ready.wait(60000));
    ProposalDialog* dialog = f.page->proposalDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->changeCount() > 0);

    const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    const QRegularExpression sessionId(QStringLiteral("\\bS\\d\\b"));
    const QRegularExpression named(
        QStringLiteral("^T\\d, (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d+ Dec, (morning|afternoon|all day)$"));
    auto* changes = test::named<QTreeWidget>(dialog, "changeList");
    for (int i = 0; i < changes->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = changes->topLevelItem(i);
        INFO(item->text(0).toStdString()
             << ": " << item->text(4).toStdString() << " -> " << item->text(5).toStdString() << ", "
             << item->text(6).toStdString());
        for (int column : {4, 5, 6}) {
            CHECK_FALSE(item->text(column).contains(iso));
            CHECK_FALSE(item->text(column).contains(sessionId));
        }
        if (item->text(4) != QStringLiteral("(no slot)")) {
            CHECK(item->text(4).contains(named));
        }
        if (item->text(5) != QStringLiteral("(postponed)")) {
            CHECK(item->text(5).contains(named));
        }
    }
    // C1 and C2 were in the closed S1: their namesake patients are told apart by birth date.
    QStringList patients;
    for (int i = 0; i < changes->topLevelItemCount(); ++i) {
        patients << changes->topLevelItem(i)->text(2);
    }
    INFO(patients.join(QStringLiteral(" | ")).toStdString());
    CHECK(patients.contains(QStringLiteral("DAVID Jeanne (12/03/1956)")));
    CHECK(patients.contains(QStringLiteral("DAVID Jeanne (30/07/1981)")));

    const QString summary = test::named<QLabel>(dialog, "proposalSummary")->text();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("Delay score")));
    CHECK_FALSE(summary.contains(QStringLiteral("Cost")));
    auto* explanation = test::named<QLabel>(dialog, "scoreExplanation");
    CHECK(explanation->isVisible());
    CHECK(explanation->text().contains(QStringLiteral("weighted by its priority")));
}

TEST_CASE("gui: after Undo and Redo the banner says what was undone, not where the case went")
{
    WordingFixture f;
    TheatrePage& page = *f.page;
    REQUIRE(page.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")));
    drag(page.board(), QStringLiteral("C7"), QStringLiteral("S2"));
    INFO(page.message().toStdString());
    REQUIRE(page.schedule().findCase(QStringLiteral("C7"))->bookedSession == QStringLiteral("S2"));
    CHECK(page.message().startsWith(QStringLiteral("C7 is in T2, Mon 7 Dec, morning at ")));

    page.undoStack()->undo();
    INFO(page.message().toStdString());
    CHECK(page.schedule().findCase(QStringLiteral("C7"))->bookedSession == QStringLiteral("S4"));
    CHECK(page.message() == QStringLiteral("Undone: Move C7 to T2, Mon 7 Dec, morning."));
    // The Undo button keeps the short name.
    CHECK(page.undoStack()->redoText() == QStringLiteral("Move C7"));

    page.undoStack()->redo();
    CHECK(page.schedule().findCase(QStringLiteral("C7"))->bookedSession == QStringLiteral("S2"));
    CHECK(page.message() == QStringLiteral("Redone: Move C7 to T2, Mon 7 Dec, morning."));
}

TEST_CASE("gui: the day list, letters and call list tell namesakes apart by birth date and number")
{
    WordingFixture f;
    const QString day = f.pdfText(TheatrePage::Document::DayList, QDate(2026, 12, 7));
    INFO(day.toStdString());
    CHECK(day.contains(QStringLiteral("born 12/03/1956, IPP P1")));
    CHECK(day.contains(QStringLiteral("born 30/07/1981, IPP P2")));
    CHECK(day.contains(QStringLiteral("Session: morning, 08:00–12:00")));
    CHECK_FALSE(day.contains(QStringLiteral("Session S1")));

    // S1 closes: C1 and C2 must be told.
    REQUIRE(f.page->closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")));
    const QString letters = f.pdfText(TheatrePage::Document::Letters);
    INFO(letters.toStdString());
    CHECK(letters.contains(QStringLiteral("Né(e) le / Born on 12/03/1956")));
    CHECK(letters.contains(QStringLiteral("IPP / Hospital number: P2")));
    const QString calls = f.pdfText(TheatrePage::Document::CallList);
    INFO(calls.toStdString());
    CHECK(calls.contains(QStringLiteral("born 12/03/1956, IPP P1")));
    CHECK(calls.contains(QStringLiteral("born 30/07/1981, IPP P2")));
    CHECK(calls.contains(QStringLiteral("T1, Mon 7 Dec")));
    CHECK(calls.contains(QStringLiteral("morning")));
    CHECK_FALSE(calls.contains(QStringLiteral("2026-12-07")));
}
