#include "TestSupport.h"
#include "TheatrePageFixture.h"
#include "theatre/PdfPreviewDialog.h"
#include "theatre/PlanFile.h"
#include "theatre/ProposalDialog.h"
#include "theatre/TheatreBoard.h"
#include "theatre/TheatrePage.h"
#include "theatreplan/TheatreService.h"
#include "theatreplan/TheatreUndo.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace wp;
using namespace wp::gui;

namespace {

/// The small schedule on the page, one minute per pixel so that drops land on exact times.
/// S1 (T1, 08:00–12:00) holds C1 (90 min) at 08:00 and C2 (60 min) at 09:45.
struct OrderGuiFixture : test::TheatrePageFixture
{
    OrderGuiFixture()
    {
        REQUIRE(page->importFiles(test::dataFile(QStringLiteral("theatreui/sessions.csv")),
                                  test::dataFile(QStringLiteral("theatreui/cases.csv"))));
        page->board()->setDayWidth(16 * 60);
    }
    /// Start of a case as stored in the database (not the page's copy).
    QString storedStart(const QString& caseId)
    {
        auto s = theatre::TheatreService(*ws).load();
        REQUIRE(s.ok());
        const theatre::ScheduleCase* k = s->findCase(caseId);
        return k->bookedStart < 0 ? QString() : theatre::PlanFile::formatTime(k->bookedStart);
    }
    QString shownStart(const QString& caseId) const
    {
        const theatre::ScheduleCase* k = page->schedule().findCase(caseId);
        return k->bookedStart < 0 ? QString() : theatre::PlanFile::formatTime(k->bookedStart);
    }
    /// Presses on the case 4 px from its left edge and drags so that edge lands on `minutes`.
    /// Returns the drag hint shown just before the release.
    QString dragTo(const QString& caseId, const QString& sessionId, int minutes)
    {
        TheatreBoard* board = page->board();
        const QPoint from(board->caseRect(caseId).left() + 4, board->caseRect(caseId).center().y());
        const QPoint to(board->xAt(sessionId, minutes) + 4, board->sessionRect(sessionId).center().y());
        QTest::mousePress(board, Qt::LeftButton, {}, from);
        QTest::mouseMove(board, from + QPoint(12, 0));
        QTest::mouseMove(board, to);
        const QString hint = page->findChild<QLabel*>(QStringLiteral("dragHint"))->text();
        QTest::mouseRelease(board, Qt::LeftButton, {}, to);
        return hint;
    }
    int auditCount(const QString& action) { return test::auditCount(*ws, action); }
};

QString id(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

TEST_CASE("gui: a case dragged to another time in its session, and a drop that overruns is refused")
{
    OrderGuiFixture f;
    TheatrePage& page = *f.page;
    REQUIRE(f.shownStart(id("C1")) == id("08:00"));
    REQUIRE(f.shownStart(id("C2")) == id("09:45"));
    CHECK(page.undoStack()->count() == 0);

    // C1 dropped at 10:30: C2 moves up to 08:00, C1 starts at 10:30 and ends at 12:00.
    const QString hint = f.dragTo(id("C1"), id("S1"), 10 * 60 + 30);
    CHECK(hint.contains(id("10:30")));
    INFO(page.message().toStdString());
    CHECK(f.shownStart(id("C2")) == id("08:00"));
    CHECK(f.shownStart(id("C1")) == id("10:30"));
    CHECK(f.storedStart(id("C2")) == id("08:00"));
    CHECK(f.storedStart(id("C1")) == id("10:30"));
    CHECK(page.board()->caseRect(id("C1")).left() > page.board()->caseRect(id("C2")).right());
    CHECK(page.undoStack()->count() == 1);
    CHECK(f.auditCount(id("theatre.case.place")) == 1);

    // At 11:00 it would end at 12:30: refused live while dragging and on the drop, with the reason.
    const QString refusedHint = f.dragTo(id("C1"), id("S1"), 11 * 60);
    CHECK(refusedHint.contains(id("12:30")));
    CHECK(refusedHint.contains(id("after session S1 ends (12:00)")));
    CHECK(page.message().contains(id("Move refused")));
    CHECK(page.message().contains(id("after session S1 ends (12:00)")));
    CHECK(f.storedStart(id("C1")) == id("10:30"));
    CHECK(page.undoStack()->count() == 1);

    // Undo puts both back where the engine had them; redo brings the hand-made order back.
    page.undoStack()->undo();
    CHECK(f.storedStart(id("C1")) == id("08:00"));
    CHECK(f.storedStart(id("C2")) == id("09:45"));
    page.undoStack()->redo();
    CHECK(f.storedStart(id("C1")) == id("10:30"));
    page.undoStack()->undo();

    // The keyboard: Alt+Up puts the selected case one place earlier.
    page.board()->setFocus();
    page.board()->selectCase(id("C2"));
    QTest::keyClick(page.board(), Qt::Key_Up, Qt::AltModifier);
    CHECK(f.storedStart(id("C2")) == id("08:00"));
    CHECK(f.storedStart(id("C1")) == id("09:15"));
    CHECK(page.board()->selectedCase() == id("C2"));
    QTest::keyClick(page.board(), Qt::Key_Up, Qt::AltModifier);
    CHECK(page.message().contains(id("already the first case")));
    QTest::keyClick(page.board(), Qt::Key_Down, Qt::AltModifier);
    CHECK(f.storedStart(id("C1")) == id("08:00"));
    CHECK(f.storedStart(id("C2")) == id("09:45"));
}

TEST_CASE("gui: a case dragged to a given time in another session")
{
    OrderGuiFixture f;
    TheatrePage& page = *f.page;
    // C6 (30 min, S3 in the afternoon) to S1 at 11:15, after C2.
    f.dragTo(id("C6"), id("S1"), 11 * 60 + 15);
    INFO(page.message().toStdString());
    CHECK(page.schedule().findCase(id("C6"))->bookedSession == id("S1"));
    CHECK(f.storedStart(id("C6")) == id("11:15"));
    CHECK(f.storedStart(id("C2")) == id("09:45"));
}

TEST_CASE("gui: undo and redo of a closure, a priority change and an accepted proposal")
{
    OrderGuiFixture f;
    TheatrePage& page = *f.page;
    const theatre::Schedule start = page.schedule();
    const QRect c1 = page.board()->caseRect(id("C1"));
    REQUIRE(c1.isValid());

    REQUIRE(page.closeSessions({id("S1")}, id("Staff to A&E")));
    CHECK_FALSE(page.board()->caseRect(id("C1")).isValid());
    CHECK(page.undoStack()->count() == 1);
    page.undoStack()->undo();
    INFO(page.message().toStdString());
    CHECK(page.schedule().session(id("S1"))->open);
    CHECK(page.board()->caseRect(id("C1")) == c1);
    CHECK(theatre::TheatreUndo::samePlan(page.schedule(), start));
    page.undoStack()->redo();
    CHECK_FALSE(page.schedule().session(id("S1"))->open);
    CHECK_FALSE(page.board()->caseRect(id("C1")).isValid());
    CHECK(f.auditCount(id("theatre.plan.restore")) == 2);

    REQUIRE(page.changePriority(id("C2"), 1, id("Pain worse")));
    page.undoStack()->undo();
    CHECK(page.schedule().findCase(id("C2"))->priority == 3);
    CHECK(f.auditCount(id("theatre.case.priority")) == 2);

    // Accept the engine's proposal, then undo: the board is as before; redo: as accepted.
    const theatre::Schedule beforeProposal = page.schedule();
    QSignalSpy ready(&page, &TheatrePage::proposalReady);
    page.reschedule();
    REQUIRE(ready.wait(60000));
    ProposalDialog* dialog = page.proposalDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->changeCount() > 0);
    dialog->setPostponeReason(id("Capacity reduced by the plan blanc"));
    QTest::mouseClick(dialog->acceptAllButton(), Qt::LeftButton);
    REQUIRE(page.message().contains(id("Proposal accepted")));
    const theatre::Schedule accepted = page.schedule();
    REQUIRE_FALSE(theatre::TheatreUndo::samePlan(accepted, beforeProposal));
    QString moved;
    for (const auto& k : accepted.cases) {
        if (k.bookedSession != beforeProposal.findCase(k.id)->bookedSession && !k.bookedSession.isEmpty()) {
            moved = k.id;
        }
    }
    const QRect acceptedRect = page.board()->caseRect(moved);
    page.undoStack()->undo();
    CHECK(theatre::TheatreUndo::samePlan(page.schedule(), beforeProposal));
    if (!moved.isEmpty()) {
        CHECK(page.board()->caseRect(moved) != acceptedRect);
    }
    page.undoStack()->redo();
    CHECK(theatre::TheatreUndo::samePlan(page.schedule(), accepted));
    if (!moved.isEmpty()) {
        CHECK(page.board()->caseRect(moved) == acceptedRect);
    }

    // A new case and an edited session are taken back too; a closed theatre reopens.
    theatre::ScheduleCase k;
    k.id = id("C9");
    k.patientRef = id("P9");
    k.surgeon = id("DRNEW");
    k.specialty = id("DIG");
    k.procedure = id("TURP");
    k.duration = 60;
    k.listed = QDate(2026, 12, 1);
    REQUIRE(page.saveCase(k, true));
    page.undoStack()->undo();
    CHECK(page.schedule().findCase(id("C9")) == nullptr);
    CHECK(f.auditCount(id("theatre.case.remove")) == 1);
    theatre::ScheduleSession s4 = *page.schedule().session(id("S4"));
    s4.end = 13 * 60;
    REQUIRE(page.saveSession(s4, false));
    CHECK(page.schedule().session(id("S4"))->end == 13 * 60);
    page.undoStack()->undo();
    CHECK(page.schedule().session(id("S4"))->end == 12 * 60);
    const theatre::Schedule beforeClosure = page.schedule();
    REQUIRE(page.closeTheatre(id("T2"), QDate(2026, 12, 7), QDate(2026, 12, 9), id("No anaesthetist")));
    CHECK_FALSE(page.schedule().session(id("S5"))->open);
    int inT2 = 0;
    for (const auto& c : page.schedule().cases) {
        const theatre::ScheduleSession* at = page.schedule().session(c.bookedSession);
        inT2 += at != nullptr && at->theatre == id("T2") ? 1 : 0;
    }
    CHECK(inT2 == 0);
    page.undoStack()->undo();
    CHECK(page.schedule().session(id("S5"))->open);
    CHECK(theatre::TheatreUndo::samePlan(page.schedule(), beforeClosure));

    // An import replaces the schedule: the undo history is cleared, and the page says so.
    REQUIRE(page.importFiles(test::dataFile(QStringLiteral("theatreui/sessions.csv")),
                             test::dataFile(QStringLiteral("theatreui/cases.csv"))));
    CHECK(page.undoStack()->count() == 0);
    CHECK(page.message().contains(id("Undo history cleared")));
}

TEST_CASE("gui: a theatre printout saved from its preview is audited like every printout")
{
    OrderGuiFixture f;
    QAction* letters = nullptr;
    for (QAction* a : f.page->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("Letters to patients…")) {
            letters = a;
        }
    }
    REQUIRE(letters != nullptr);
    letters->trigger();
    auto* preview = f.page->findChild<PdfPreviewDialog*>();
    REQUIRE(preview != nullptr);
    CHECK(preview->pageCount() >= 1);
    CHECK(f.auditCount(id("print.theatre-letters")) == 0); // looking is not printing
    REQUIRE(preview->saveAs(f.tmp.file(QStringLiteral("letters.pdf"))));
    CHECK(f.auditCount(id("print.theatre-letters")) == 1);
    preview->close();
}
