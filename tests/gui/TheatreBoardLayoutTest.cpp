#include "theatre/CaseBlockText.h"
#include "theatre/TheatreBoard.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontMetrics>
#include <QScrollArea>
#include <QTest>

using namespace wp;
using namespace wp::gui;

namespace {

/// One morning session per theatre on one day, each holding one 3-hour case at 08:00.
theatre::Schedule oneDay(int theatres)
{
    theatre::Schedule s;
    for (int t = 1; t <= theatres; ++t) {
        theatre::ScheduleSession session;
        session.id = QStringLiteral("S-T%1").arg(t);
        session.theatre = QStringLiteral("T%1").arg(t, 2, 10, QLatin1Char('0'));
        session.date = QDate(2026, 12, 7);
        session.start = 8 * 60;
        session.end = 12 * 60;
        session.specialty = QStringLiteral("DIG");
        s.sessions.push_back(session);
        theatre::ScheduleCase k;
        k.id = QStringLiteral("C%1").arg(t, 3, 10, QLatin1Char('0'));
        k.surgeon = QStringLiteral("DR1");
        k.specialty = QStringLiteral("DIG");
        k.procedure = QStringLiteral("Arthroscopie genou");
        k.duration = 180;
        k.priority = 1 + t % 4;
        k.listed = QDate(2026, 12, 1);
        k.bookedSession = session.id;
        k.bookedStart = 8 * 60;
        s.cases.push_back(k);
    }
    s.reindex();
    return s;
}

void checkBoxes(const TheatreBoard& board, const theatre::Schedule& s)
{
    for (const auto& k : s.cases) {
        const QRect r = board.caseRect(k.id);
        INFO(k.id.toStdString());
        CHECK(board.sessionRect(k.bookedSession).contains(r));
        CHECK(board.caseAt(r.center()) == k.id);
        CHECK(board.sessionAt(r.center()) == k.bookedSession);
    }
}

} // namespace

TEST_CASE("gui: board rows share the viewport's height, within bounds, and follow its resizes")
{
    QScrollArea area;
    auto* board = new TheatreBoard;
    area.setWidget(board);
    area.resize(600, 600);
    area.show();
    QTest::qWait(20);

    const theatre::Schedule four = oneDay(4);
    board->setSchedule(&four);
    QTest::qWait(20);
    const int viewport = area.viewport()->height();
    // Four rows fill the viewport to within one row's rounding, without scrolling.
    CHECK(board->height() <= viewport);
    CHECK(board->height() > viewport - 4);
    const int tall = board->sessionRect(QStringLiteral("S-T1")).height();
    CHECK(tall > 46);
    checkBoxes(*board, four);

    area.resize(600, 400);
    QTest::qWait(20);
    const int shorter = board->sessionRect(QStringLiteral("S-T1")).height();
    CHECK(shorter < tall);
    CHECK(board->height() <= area.viewport()->height());
    checkBoxes(*board, four);

    // Twelve theatres keep the compact rows and scroll.
    const theatre::Schedule twelve = oneDay(12);
    board->setSchedule(&twelve);
    QTest::qWait(20);
    CHECK(board->sessionRect(QStringLiteral("S-T1")).height() == 46 - 6);
    CHECK(board->height() > area.viewport()->height());
    checkBoxes(*board, twelve);

    // One theatre stops at the tallest row rather than a block the height of the screen.
    const theatre::Schedule one = oneDay(1);
    board->setSchedule(&one);
    area.resize(600, 700);
    QTest::qWait(20);
    CHECK(board->sessionRect(QStringLiteral("S-T1")).height() == 140 - 6);
    checkBoxes(*board, one);
}

TEST_CASE("gui: case block text never leaves its block and says more when there is room")
{
    const theatre::Schedule s = oneDay(1);
    const theatre::ScheduleCase& k = s.cases.front();
    QFont normal = QApplication::font();
    normal.setPointSizeF(normal.pointSizeF() * 0.8);
    QFont bold = normal;
    bold.setBold(true);
    const QFontMetrics nm(normal);
    const QFontMetrics bm(bold);
    for (int width : {6, 20, 32, 48, 90, 200}) {
        for (int height : {10, 24, 40, 80, 130}) {
            for (int reserve : {0, 11}) {
                INFO(width << "x" << height << " reserve " << reserve);
                const auto lines =
                    CaseBlockText::fit(k, 8 * 60, QSize(width, height), normal, bold, reserve, reserve);
                for (const auto& line : lines) {
                    INFO(line.text.toStdString() << (line.vertical ? " (upwards)" : ""));
                    const int advance = (line.bold ? bm : nm).horizontalAdvance(line.text);
                    if (line.vertical) {
                        // Along the height, clear of both corner marks; across, inside the width.
                        CHECK(line.start >= reserve);
                        CHECK(line.start + advance <= height - reserve);
                        CHECK(line.y + nm.descent() <= width);
                    } else {
                        CHECK(advance <= width);
                        if (lines.size() > 1) {
                            CHECK(line.y + nm.descent() <= height);
                        }
                    }
                }
            }
        }
    }
    QStringList wide;
    for (const auto& line : CaseBlockText::fit(k, 8 * 60, QSize(200, 130), normal, bold, 0, 0)) {
        wide << line.text;
    }
    CHECK(wide == QStringList{QStringLiteral("P2 C001"), k.procedure,
                              QStringLiteral("08:00") + QChar(0x2013) + QStringLiteral("11:00"),
                              QStringLiteral("DR1")});
    const auto one = CaseBlockText::fit(k, 8 * 60, QSize(200, nm.lineSpacing() + 2), normal, bold, 0, 0);
    REQUIRE(one.size() == 1);
    CHECK(one.front().text == QStringLiteral("P2 C001"));

    // A short case: a block narrower than its id but tall. The id and priority run upwards,
    // then the procedure if there is a second column.
    const int narrow = bm.horizontalAdvance(k.id) - 1;
    const auto upwards = CaseBlockText::fit(k, 8 * 60, QSize(narrow, 130), normal, bold, 0, 0);
    REQUIRE(!upwards.empty());
    CHECK(upwards.front().vertical);
    CHECK(upwards.front().text == QStringLiteral("P2 C001"));
    if (narrow >= 2 * std::max(nm.lineSpacing(), bm.lineSpacing())) {
        REQUIRE(upwards.size() >= 2);
        CHECK(upwards[1].text == k.procedure);
    }
    // Too short for the id along as well: the lines stay across, as before.
    const auto flat = CaseBlockText::fit(k, 8 * 60, QSize(narrow, 24), normal, bold, 0, 0);
    for (const auto& line : flat) {
        CHECK_FALSE(line.vertical);
    }
}

namespace {

/// The procedure's words as the block's lines give them back: a line ending in "-" joins
/// the next, "…" ends the text; "Choléc / ystect / omie" gives three words, not one.
QString rejoined(const QStringList& lines)
{
    QString text;
    for (const QString& line : lines) {
        if (line.endsWith(QChar(0x2026))) {
            return (text + line.chopped(1)).simplified();
        }
        text += line.endsWith(QLatin1Char('-')) ? line.chopped(1) : line + QLatin1Char(' ');
    }
    return text.simplified();
}

} // namespace

TEST_CASE("gui: case blocks break procedures between words or syllables, never mid-word")
{
    theatre::Schedule s = oneDay(1);
    theatre::ScheduleCase k = s.cases.front();
    QFont normal = QApplication::font();
    normal.setPointSizeF(normal.pointSizeF() * 0.8);
    QFont bold = normal;
    bold.setBold(true);
    const QFontMetrics nm(normal);
    for (const QString& procedure :
         {QStringLiteral("Cholécystectomie"), QStringLiteral("Arthroscopie genou"),
          QStringLiteral("Hernie inguinale"), QStringLiteral("Cholécystectomie par cœlioscopie"),
          QStringLiteral("Ostéosynthèse poignet")}) {
        k.procedure = procedure;
        for (int width = 20; width <= 120; width += 4) {
            for (int height : {60, 90, 130}) {
                QStringList lines;
                for (const auto& line :
                     CaseBlockText::fit(k, 8 * 60, QSize(width, height), normal, bold, 0, 0)) {
                    // The procedure's lines: not the title, the times ("08:00", "–11:00") or
                    // the surgeon (perhaps elided).
                    const QString& t = line.text;
                    const bool surgeon =
                        t == k.surgeon || (t.endsWith(QChar(0x2026)) && k.surgeon.startsWith(t.chopped(1)));
                    if (!line.bold && !line.vertical && !t.at(0).isDigit() && t.at(0) != QChar(0x2013) &&
                        !surgeon) {
                        lines << t;
                    }
                }
                INFO(procedure.toStdString() << " in " << width << "x" << height << ": "
                                             << lines.join(QStringLiteral(" / ")).toStdString());
                const QString back = rejoined(lines);
                // What is shown reads as the start of the procedure, words whole or hyphenated
                // at a syllable; only an ellipsis may shorten it.
                CHECK(procedure.startsWith(back));
                if (!lines.isEmpty() && !lines.last().endsWith(QChar(0x2026))) {
                    CHECK(back == procedure);
                }
                for (const QString& line : lines) {
                    if (line.endsWith(QLatin1Char('-'))) {
                        const QString piece = line.chopped(1).section(QLatin1Char(' '), -1);
                        CHECK(piece.size() >= 3);
                        CHECK(procedure.contains(piece));
                    }
                }
            }
        }
    }
    // The "Choléc / ystect / omie" block: now hyphenated between syllables.
    CHECK(CaseBlockText::syllableBreak(QStringLiteral("Cholécystectomie"), 8));        // Cholécys-tectomie
    CHECK(CaseBlockText::syllableBreak(QStringLiteral("Cholécystectomie"), 5));        // Cholé-cystectomie
    CHECK_FALSE(CaseBlockText::syllableBreak(QStringLiteral("Cholécystectomie"), 6));  // Choléc-ystectomie
    CHECK_FALSE(CaseBlockText::syllableBreak(QStringLiteral("Cholécystectomie"), 12)); // Cholécystect-omie
    CHECK_FALSE(CaseBlockText::syllableBreak(QStringLiteral("Arthroscopie"), 3));      // Art-hroscopie
}

TEST_CASE("gui: a closed session says why over as many lines as it has, not \"closed: Pla…\"")
{
    const QString reason = QStringLiteral("Plan blanc : personnel aux urgences");
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const QFontMetrics fm(small);
    const QStringList lines = CaseBlockText::wrap(reason, fm, 70, 4);
    INFO(lines.join(QStringLiteral(" / ")).toStdString());
    CHECK(lines.size() > 1);
    CHECK(lines.join(QLatin1Char(' ')) == reason);
    for (const QString& line : lines) {
        CHECK(fm.horizontalAdvance(line) <= 70);
    }
    // Too little room: elided at the end, every line still whole words.
    const QStringList cut = CaseBlockText::wrap(reason, fm, 70, 1);
    REQUIRE(cut.size() == 1);
    CHECK(cut.front().endsWith(QChar(0x2026)));

    // On the board: the closed session's box shows the reason whole.
    theatre::Schedule s = oneDay(2);
    s.sessions[1].open = false;
    s.sessions[1].closureReason = reason;
    s.cases.pop_back();
    s.reindex();
    QScrollArea area;
    auto* board = new TheatreBoard;
    area.setWidget(board);
    area.resize(600, 400);
    area.show();
    board->setSchedule(&s);
    QTest::qWait(20);
    board->grab();
    const QStringList note = board->closureNote(QStringLiteral("S-T2"));
    INFO(note.join(QStringLiteral(" / ")).toStdString());
    CHECK(note.join(QLatin1Char(' ')) == reason);
}
