#include "TestSupport.h"
#include "TheatrePageFixture.h"
#include "demo/DemoHospital.h"
#include "theatre/InstanceGenerator.h"
#include "theatre/PlanChecker.h"
#include "theatre/ProposalDialog.h"
#include "theatre/TheatreBoard.h"
#include "theatre/TheatrePage.h"
#include "theatre/UnscheduledList.h"
#include "theatreplan/SessionOrder.h"
#include "theatreplan/TheatreService.h"
#include "users/UserService.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <iostream>
#include <sys/resource.h>

using namespace wp;
using namespace wp::gui;

namespace {

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("theatreui/") + name);
}

struct GuiFixture : test::TheatrePageFixture
{
    QString bookedIn(const QString& caseId) const { return page->schedule().findCase(caseId)->bookedSession; }
    /// Runs Reschedule and waits for the proposal dialog.
    ProposalDialog* reschedule()
    {
        QSignalSpy ready(page.get(), &TheatrePage::proposalReady);
        page->reschedule();
        CHECK(page->isRescheduling());
        REQUIRE(ready.wait(60000));
        REQUIRE(page->proposalDialog() != nullptr);
        return page->proposalDialog();
    }
    void drag(const QString& caseId, const QString& sessionId)
    {
        TheatreBoard* board = page->board();
        const QPoint from = board->caseRect(caseId).center();
        const QPoint to = board->sessionRect(sessionId).center();
        QTest::mousePress(board, Qt::LeftButton, {}, from);
        QTest::mouseMove(board, from + QPoint(10, 0));
        QTest::mouseMove(board, to);
        QTest::mouseRelease(board, Qt::LeftButton, {}, to);
    }
};

bool feasible(const theatre::Schedule& s)
{
    return theatre::PlanChecker::check(s.toInstance(), s.plan()).feasible();
}

} // namespace

TEST_CASE("gui: the theatre manager's afternoon on the board")
{
    GuiFixture f;
    TheatrePage& page = *f.page;

    // Import.
    REQUIRE(page.importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases.csv"))));
    CHECK(page.schedule().cases.size() == 8);
    CHECK(page.unscheduledList()->count() == 2);
    CHECK(page.board()->caseRect(QStringLiteral("C1")).isValid());
    // A bad file: refused with where and why, nothing changed.
    CHECK_FALSE(
        page.importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases-bad.csv"))));
    CHECK(page.message().contains(QStringLiteral("cases-bad.csv")));
    CHECK(page.schedule().cases.size() == 8);

    // Drag a case onto a session where its surgeon is already operating: refused, with the reason.
    f.drag(QStringLiteral("C7"), QStringLiteral("S2"));
    CHECK(page.message().contains(QStringLiteral("DRMARTIN operates in T1 at that time")));
    CHECK(f.bookedIn(QStringLiteral("C7")) == QStringLiteral("S4"));
    CHECK(page.undoStack()->count() == 0);

    // Close a session: its cases need a slot.
    REQUIRE(page.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc: staff to A&E")));
    CHECK(page.unscheduledList()->count() == 4);
    CHECK_FALSE(page.schedule().session(QStringLiteral("S1"))->open);

    // A move that is allowed, then undo and redo.
    f.drag(QStringLiteral("C7"), QStringLiteral("S2"));
    INFO(page.message().toStdString());
    CHECK(f.bookedIn(QStringLiteral("C7")) == QStringLiteral("S2"));
    CHECK(page.undoStack()->count() == 2); // the closure, then the move
    page.undoStack()->undo();
    CHECK(f.bookedIn(QStringLiteral("C7")) == QStringLiteral("S4"));
    page.undoStack()->redo();
    CHECK(f.bookedIn(QStringLiteral("C7")) == QStringLiteral("S2"));
    page.undoStack()->undo();
    CHECK(f.bookedIn(QStringLiteral("C7")) == QStringLiteral("S4"));

    // Postponing asks for a reason.
    page.setNextReason(QStringLiteral("Patient unwell"));
    REQUIRE(page.moveCase(QStringLiteral("C6"), {}));
    CHECK(f.bookedIn(QStringLiteral("C6")).isEmpty());
    page.undoStack()->undo();
    CHECK(f.bookedIn(QStringLiteral("C6")) == QStringLiteral("S3"));

    // Reschedule in the worker thread; accept one change alone, then the rest.
    ProposalDialog* dialog = f.reschedule();
    REQUIRE(dialog->changeCount() > 0);
    CHECK(page.message().contains(QStringLiteral("Proposal ready")));
    const QString one = dialog->checkedCaseIds().front();
    const QString was = f.bookedIn(one);
    for (const auto& id : dialog->checkedCaseIds()) {
        dialog->setChecked(id, id == one);
    }
    dialog->setPostponeReason(QStringLiteral("Capacity reduced by the plan blanc"));
    QTest::mouseClick(dialog->acceptCheckedButton(), Qt::LeftButton);
    INFO(page.message().toStdString());
    if (page.message().contains(QStringLiteral("Accepted 1 change"))) {
        CHECK(f.bookedIn(one) != was);
        dialog = f.reschedule();
    } else {
        // Some changes only work together: refused with the reason, the dialog stays open.
        CHECK(page.message().contains(QStringLiteral("cannot be accepted alone")));
    }
    REQUIRE(dialog != nullptr);
    dialog->setPostponeReason(QStringLiteral("Capacity reduced by the plan blanc"));
    QTest::mouseClick(dialog->acceptAllButton(), Qt::LeftButton);
    INFO(page.message().toStdString());
    CHECK(page.message().contains(QStringLiteral("Proposal accepted")));
    CHECK(feasible(page.schedule()));

    // Lock a booked case and reschedule again: it stays.
    QString locked;
    for (const auto& k : page.schedule().cases) {
        if (!k.bookedSession.isEmpty() && k.priority > 1) {
            locked = k.id;
            break;
        }
    }
    REQUIRE_FALSE(locked.isEmpty());
    const QString session = f.bookedIn(locked);
    REQUIRE(page.setLocked(locked, true));
    dialog = f.reschedule();
    dialog->setPostponeReason(QStringLiteral("Capacity reduced by the plan blanc"));
    if (dialog->changeCount() > 0) {
        QTest::mouseClick(dialog->acceptAllButton(), Qt::LeftButton);
    }
    CHECK(f.bookedIn(locked) == session);
    CHECK(page.schedule().findCase(locked)->locked);
    CHECK(feasible(page.schedule()));
}

TEST_CASE("gui: rescheduling can be cancelled and the board navigates with the keyboard")
{
    GuiFixture f;
    TheatrePage& page = *f.page;
    REQUIRE(page.importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases.csv"))));
    QSignalSpy ready(&page, &TheatrePage::proposalReady);
    page.reschedule();
    page.cancelReschedule();
    for (int i = 0; i < 600 && page.isRescheduling(); ++i) {
        QTest::qWait(50);
    }
    REQUIRE_FALSE(page.isRescheduling());
    CHECK(ready.isEmpty());
    CHECK(page.message().contains(QStringLiteral("cancelled")));

    // Sessions and cases typed in: a new case needs a slot.
    theatre::ScheduleSession session;
    session.id = QStringLiteral("S9");
    session.theatre = QStringLiteral("T3");
    session.date = QDate(2026, 12, 10);
    session.start = 8 * 60;
    session.end = 12 * 60;
    REQUIRE(page.saveSession(session, true));
    theatre::ScheduleCase k;
    k.id = QStringLiteral("C9");
    k.patientRef = QStringLiteral("P9");
    k.surgeon = QStringLiteral("DRNEW");
    k.specialty = QStringLiteral("URO");
    k.procedure = QStringLiteral("TURP");
    k.duration = 60;
    k.priority = 3;
    k.listed = QDate(2026, 12, 1);
    REQUIRE(page.saveCase(k, true));
    CHECK(page.unscheduledList()->count() == 3);
    CHECK(page.board()->sessionRect(QStringLiteral("S9")).isValid());
    CHECK_FALSE(page.saveCase(k, true)); // same id again
    CHECK(page.message().contains(QStringLiteral("C9")));

    TheatreBoard* board = page.board();
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Right);
    const QString first = board->selectedCase();
    CHECK_FALSE(first.isEmpty());
    QTest::keyClick(board, Qt::Key_Right);
    CHECK(board->selectedCase() != first);
    QTest::keyClick(board, Qt::Key_Left);
    CHECK(board->selectedCase() == first);
}

TEST_CASE("gui: a case dropped from the needing-a-slot list is booked, and other roles only look")
{
    GuiFixture f;
    TheatrePage& page = *f.page;
    REQUIRE(page.importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases.csv"))));
    REQUIRE(page.unscheduledList()->count() == 2);
    // What UnscheduledList puts in a drag, dropped on S6 (any specialty, free).
    QMimeData data;
    data.setData(TheatreBoard::caseMimeType(), QByteArrayLiteral("C5"));
    const QPointF target = page.board()->sessionRect(QStringLiteral("S6")).center();
    QDragEnterEvent enter(target.toPoint(), Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(page.board(), &enter);
    QDragMoveEvent move(target.toPoint(), Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(page.board(), &move);
    QDropEvent drop(target, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(page.board(), &drop);
    INFO(page.message().toStdString());
    CHECK(f.bookedIn(QStringLiteral("C5")) == QStringLiteral("S6"));
    CHECK(page.unscheduledList()->count() == 1);

    // A nurse sees the board but cannot change it.
    test::loginAs(*f.ws, QStringLiteral("nina"), Role::Nurse);
    TheatrePage readOnly(*f.ws);
    CHECK(readOnly.schedule().cases.size() == 8);
    CHECK_FALSE(readOnly.moveCase(QStringLiteral("C5"), {}));
    CHECK(readOnly.message().contains(QStringLiteral("managing theatres")));
    CHECK(f.bookedIn(QStringLiteral("C5")) == QStringLiteral("S6"));
}

TEST_CASE("gui: printouts open in QtPdf with the expected text")
{
    GuiFixture f;
    TheatrePage& page = *f.page;
    REQUIRE(page.importFiles(fixture(QStringLiteral("sessions.csv")), fixture(QStringLiteral("cases.csv"))));
    REQUIRE(page.closeSessions({QStringLiteral("S1")}, QStringLiteral("Plan blanc")));
    const QString letters = f.tmp.file(QStringLiteral("letters.pdf"));
    REQUIRE(page.writeDocument(TheatrePage::Document::Letters, letters));
    QPdfDocument pdf;
    pdf.load(letters);
    CHECK(pdf.pageCount() == 3); // C1 and C2 lost S1, C8's session was closed at import
    const QString text = pdf.getAllText(0).text().simplified();
    CHECK(text.contains(QStringLiteral("nous vous appellerons")));
    CHECK(text.contains(QStringLiteral("you will be called")));

    const QString calls = f.tmp.file(QStringLiteral("calls.pdf"));
    REQUIRE(page.writeDocument(TheatrePage::Document::CallList, calls));
    QPdfDocument callPdf;
    callPdf.load(calls);
    CHECK(callPdf.getAllText(0).text().simplified().contains(QStringLiteral("C2")));

    const QString day = f.tmp.file(QStringLiteral("day.pdf"));
    REQUIRE(page.writeDocument(TheatrePage::Document::DayList, day, QDate(2026, 12, 7)));
    QPdfDocument dayPdf;
    dayPdf.load(day);
    CHECK(dayPdf.pageCount() == 2); // T1 and T2
    CHECK(dayPdf.getAllText(0).text().simplified().contains(QStringLiteral("Liver biopsy")));

    const QString plan = f.tmp.file(QStringLiteral("plan.csv"));
    REQUIRE(page.exportPlan(plan));
    CHECK(test::readFile(plan).startsWith("case_id,session_id,start"));
}

TEST_CASE("gui: board repaint with 12 theatres over 6 weeks, and Reschedule on a medium instance", "[.perf]")
{
    GuiFixture f;
    theatre::InstanceGenerator::Parameters big;
    big.theatres = 12;
    big.weeks = 6;
    big.cases = 1500;
    const auto files = theatre::InstanceGenerator::generate(big);
    theatre::TheatreService service(*f.ws);
    REQUIRE(service
                .importData(files.sessions, QStringLiteral("sessions.csv"), files.cases,
                            QStringLiteral("cases.csv"))
                .ok());
    f.page->reload();
    TheatreBoard* board = f.page->board();
    INFO(board->size().width() << "x" << board->size().height());
    QImage image(board->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<qint64> full;
    std::vector<qint64> week;
    const QRect oneWeek(0, 0, 7 * 170 + 84, board->height());
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        board->render(&image);
        full.push_back(t.nsecsElapsed() / 1000);
        QPainter painter(&image);
        t.restart();
        board->render(&painter, {}, QRegion(oneWeek));
        week.push_back(t.nsecsElapsed() / 1000);
    }
    std::sort(full.begin(), full.end());
    std::sort(week.begin(), week.end());
    std::cout << "theatre board " << board->width() << "x" << board->height() << ", "
              << f.page->schedule().sessions.size() << " sessions, " << f.page->schedule().cases.size()
              << " cases: full repaint median " << full[full.size() / 2] / 1000.0 << " ms, one week median "
              << week[week.size() / 2] / 1000.0 << " ms" << std::endl;
    CHECK(week[week.size() / 2] < 200000);

    // The live check while a case is dragged along a session: one per 5-minute step.
    const theatre::Schedule& plan = f.page->schedule();
    const theatre::Instance instance = plan.toInstance(); // the page keeps it from its last reload
    std::vector<qint64> checks;
    for (int i = 0; i < 60; ++i) {
        const int c = (i * 37) % static_cast<int>(plan.cases.size());
        const int s = (i * 53) % static_cast<int>(plan.sessions.size());
        const int start = plan.sessions[s].start + (i % 8) * 30;
        QElapsedTimer t;
        t.start();
        const int position = theatre::SessionOrder::positionForTime(plan, c, s, start);
        const QString why = theatre::TheatreService::explainPlace(plan, instance, plan.cases[c].id,
                                                                  plan.sessions[s].id, position, start);
        checks.push_back(t.nsecsElapsed() / 1000);
    }
    std::sort(checks.begin(), checks.end());
    std::cout << "live drop check (explainPlace), " << plan.cases.size() << " cases: median "
              << checks[checks.size() / 2] / 1000.0 << " ms, max " << checks.back() / 1000.0 << " ms"
              << std::endl;

    theatre::InstanceGenerator::Parameters medium; // the engine's "medium": 8 theatres, 3 weeks, 250 cases
    const auto mediumFiles = theatre::InstanceGenerator::generate(medium);
    REQUIRE(service
                .importData(mediumFiles.sessions, QStringLiteral("sessions.csv"), mediumFiles.cases,
                            QStringLiteral("cases.csv"))
                .ok());
    f.page->reload();
    // The machine is shared: report the CPU time too, which does not depend on the load.
    const auto cpuSeconds = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const double cpuBefore = cpuSeconds();
    f.reschedule();
    std::cout << "CPU time of the run: " << (cpuSeconds() - cpuBefore) * 1000 << " ms" << std::endl;
    std::cout << "Reschedule click to proposal, " << f.page->schedule().cases.size()
              << " cases: " << f.page->lastRescheduleMs() << " ms (engine "
              << f.page->lastEngineSeconds() * 1000 << " ms)\n  " << f.page->message().toStdString()
              << std::endl;
}

// Screenshots for docs/user-guide-theatre.md, on the demo hospital at a laptop's 1366×768:
//   WHITEPLAN_SCREENSHOT_DIR=docs/images build/ci/tests/test_gui "[.screenshots]"
TEST_CASE("gui: theatre screenshots on the demo hospital", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("WHITEPLAN_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = Workspace::open(tmp.path(), clock);
    REQUIRE(ws.ok());
    REQUIRE(DemoHospital::create(**ws).ok());
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("bloc")));
    TheatrePage page(**ws);
    page.resize(1366, 700); // the main window's title bar and navigation take the rest
    page.show();
    QTest::qWait(50);
    QSignalSpy ready(&page, &TheatrePage::proposalReady);
    page.reschedule();
    REQUIRE(ready.wait(60000));
    ProposalDialog* dialog = page.proposalDialog();
    REQUIRE(dialog != nullptr);
    dialog->resize(1000, 680);
    dialog->setPostponeReason(QStringLiteral("Bloc 3 et 4 fermés (plan blanc)"));
    QTest::qWait(50);
    REQUIRE(dialog->grab().save(dir + QStringLiteral("/theatre-proposal.png")));

    // The board once the proposal is accepted, with one case locked and selected.
    QTest::mouseClick(dialog->acceptAllButton(), Qt::LeftButton);
    QTest::qWait(50);
    for (const auto& k : page.schedule().cases) {
        const auto* s = page.schedule().session(k.bookedSession);
        if (s != nullptr && s->date == page.schedule().sessions.front().date.addDays(1)) {
            page.setLocked(k.id, true);
            page.board()->selectCase(k.id);
            break;
        }
    }
    qobject_cast<QScrollArea*>(page.board()->parentWidget()->parentWidget())
        ->horizontalScrollBar()
        ->setValue(0);
    QTest::qWait(50);
    REQUIRE(page.grab().save(dir + QStringLiteral("/theatre-board.png")));

    // A case being dragged later in its own session: the start line and the hint below.
    QString dragged;
    const theatre::Schedule& plan = page.schedule();
    for (int s = 0; s < static_cast<int>(plan.sessions.size()) && dragged.isEmpty(); ++s) {
        const std::vector<int> list = plan.casesIn(s);
        if (list.size() >= 2 && !plan.cases[list.front()].locked &&
            plan.sessions[s].date == plan.sessions.front().date) {
            dragged = plan.cases[list.front()].id;
        }
    }
    REQUIRE_FALSE(dragged.isEmpty());
    TheatreBoard* board = page.board();
    const QString session = page.schedule().findCase(dragged)->bookedSession;
    const QPoint from = board->caseRect(dragged).center();
    const QPoint to(board->xAt(session, page.schedule().session(session)->end - 40),
                    board->sessionRect(session).center().y());
    QTest::mousePress(board, Qt::LeftButton, {}, from);
    QTest::mouseMove(board, from + QPoint(10, 0));
    QTest::mouseMove(board, to);
    QTest::qWait(50);
    REQUIRE(page.grab().save(dir + QStringLiteral("/theatre-drag.png")));
    QTest::keyClick(board, Qt::Key_Escape);
    QTest::mouseRelease(board, Qt::LeftButton, {}, from);

    // The printouts of that plan, to look at (not committed): WHITEPLAN_PDF_DIR=/tmp/x.
    const QString pdfDir = qEnvironmentVariable("WHITEPLAN_PDF_DIR");
    if (!pdfDir.isEmpty()) {
        CHECK(page.writeDocument(TheatrePage::Document::DayList, pdfDir + QStringLiteral("/day.pdf"),
                                 page.schedule().sessions.front().date));
        CHECK(page.writeDocument(TheatrePage::Document::Letters, pdfDir + QStringLiteral("/letters.pdf")));
        CHECK(page.writeDocument(TheatrePage::Document::CallList, pdfDir + QStringLiteral("/calls.pdf")));
    }
}
