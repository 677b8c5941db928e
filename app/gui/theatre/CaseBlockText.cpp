#include "CaseBlockText.h"

#include "theatre/PlanFile.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>

#include <algorithm>

namespace wp::gui {

namespace {

// The longest start of `text` that fits in `width`, cut after a word when one fits,
// else inside the first word (a narrow block still shows its procedure over lines).
qsizetype breakAt(const QString& text, const QFontMetrics& fm, int width)
{
    qsizetype cut = -1;
    for (qsizetype space = text.indexOf(QLatin1Char(' ')); space > 0;
         space = text.indexOf(QLatin1Char(' '), space + 1)) {
        if (fm.horizontalAdvance(text.left(space)) > width) {
            break;
        }
        cut = space;
    }
    if (cut > 0) {
        return cut;
    }
    qsizetype word = text.indexOf(QLatin1Char(' '));
    if (word < 0) {
        word = text.size();
    }
    qsizetype chars = 0;
    while (chars < word && fm.horizontalAdvance(text.left(chars + 1)) <= width) {
        ++chars;
    }
    // Neither piece under three letters: "He" / "rnie" or "inguinal" / "e" read worse.
    chars = std::min(chars, word - 3);
    return chars >= 3 ? chars : 0;
}

// elidedText() may cut a text that fits exactly; measure first.
QString fitted(const QString& text, const QFontMetrics& fm, int width)
{
    return fm.horizontalAdvance(text) <= width ? text : fm.elidedText(text, Qt::ElideRight, width);
}

} // namespace

std::vector<CaseBlockText::Line> CaseBlockText::fit(const theatre::ScheduleCase& k, int start,
                                                    const QSize& room, const QFont& normal, const QFont& bold,
                                                    int topRightReserve, int bottomRightReserve)
{
    const QFontMetrics nm(normal);
    const QFontMetrics bm(bold);
    const int spacing = std::max(nm.lineSpacing(), bm.lineSpacing());
    const int count = std::max(1, room.height() / spacing);
    // One line sits in the middle of the block, as a label; more read from the top.
    const int top = count == 1 ? (room.height() - spacing) / 2 : 0;
    const auto widthOf = [&](int line) {
        const int lineTop = top + line * spacing;
        int width = room.width();
        if (lineTop < topRightReserve) {
            width -= topRightReserve;
        }
        if (lineTop + spacing > room.height() - bottomRightReserve) {
            width -= bottomRightReserve;
        }
        return width;
    };

    // Too narrow for the id across but tall enough for it along: the lines run upwards,
    // one per column of text, clear of both right-hand corners' marks.
    const int along = room.height() - topRightReserve - bottomRightReserve;
    if (bm.horizontalAdvance(k.id) > widthOf(0) && room.width() >= spacing &&
        bm.horizontalAdvance(k.id) <= along) {
        return fitVertical(k, start, room.width() / spacing, along, bottomRightReserve, normal, bold);
    }

    std::vector<Line> lines;
    const auto add = [&](const QString& text, bool isBold) {
        // No gap and no lone "…": what follows moves up.
        if ((text.isEmpty() || text == QString(QChar(0x2026))) && !lines.empty()) {
            return;
        }
        const int index = static_cast<int>(lines.size());
        lines.push_back({text, top + index * spacing + (isBold ? bm.ascent() : nm.ascent()), isBold});
    };

    // Line 1: as much of "P2 C014" as fits; the colour already says the priority.
    const QString full = QStringLiteral("P%1 %2").arg(k.priority).arg(k.id);
    const int first = widthOf(0);
    const QString title = bm.horizontalAdvance(full) <= first           ? full
                          : bm.horizontalAdvance(k.id) <= first         ? k.id
                          : bm.horizontalAdvance(full.left(2)) <= first ? full.left(2)
                                                                        : QString();
    add(title, true);
    const int left = count - 1;
    if (left <= 0) {
        return lines;
    }

    using theatre::PlanFile;
    const QString times =
        PlanFile::formatTime(start) + QChar(0x2013) + PlanFile::formatTime(start + k.duration);
    const QString timesAndSurgeon = times + QLatin1Char(' ') + k.surgeon;
    const QString end = times.mid(5); // "–10:45"
    // A tall narrow block has the lines to give the end time its own.
    const bool splitTimes = left >= 5 && nm.horizontalAdvance(times) > room.width() - bottomRightReserve &&
                            nm.horizontalAdvance(end) <= room.width() - bottomRightReserve;
    QStringList tail;
    if (splitTimes) {
        tail << times.left(5) << end << k.surgeon;
    } else if (left >= 3) {
        tail << times << k.surgeon;
    } else if (left == 2) {
        tail << timesAndSurgeon;
    }
    const int procedureLines = left - static_cast<int>(tail.size());

    // Below four characters a procedure cut over lines is noise: the tooltip has it.
    const int narrowest = nm.horizontalAdvance(QStringLiteral("0000"));
    QString rest = room.width() >= narrowest ? k.procedure.simplified() : QString();
    for (int n = 0; n < procedureLines && !rest.isEmpty(); ++n) {
        const int width = widthOf(static_cast<int>(lines.size()));
        if (n == procedureLines - 1 || nm.horizontalAdvance(rest) <= width) {
            add(fitted(rest, nm, width), false);
            break;
        }
        const qsizetype cut = breakAt(rest, nm, width);
        if (cut <= 0) {
            add(fitted(rest, nm, width), false);
            break;
        }
        add(rest.left(cut), false);
        rest = rest.mid(cut).trimmed();
    }
    for (const QString& text : tail) {
        const int width = widthOf(static_cast<int>(lines.size()));
        // Start and end, else the start alone, rather than a cut time.
        const QString shown = nm.horizontalAdvance(text) <= width            ? text
                              : text == k.surgeon || text == end             ? fitted(text, nm, width)
                              : nm.horizontalAdvance(times) <= width         ? times
                              : nm.horizontalAdvance(times.left(5)) <= width ? times.left(5)
                                                                             : QString();
        add(shown, false);
    }
    return lines;
}

std::vector<CaseBlockText::Line> CaseBlockText::fitVertical(const theatre::ScheduleCase& k, int start,
                                                            int columns, int along, int fromBottom,
                                                            const QFont& normal, const QFont& bold)
{
    const QFontMetrics nm(normal);
    const QFontMetrics bm(bold);
    const int spacing = std::max(nm.lineSpacing(), bm.lineSpacing());
    using theatre::PlanFile;
    const QString full = QStringLiteral("P%1 %2").arg(k.priority).arg(k.id);
    QStringList texts{bm.horizontalAdvance(full) <= along ? full : k.id};
    texts << k.procedure.simplified()
          << PlanFile::formatTime(start) + QChar(0x2013) + PlanFile::formatTime(start + k.duration)
          << k.surgeon;
    std::vector<Line> lines;
    for (int i = 0; i < columns && i < texts.size(); ++i) {
        const bool isBold = i == 0;
        const QString shown = isBold ? texts[i] : fitted(texts[i], nm, along);
        if (shown.isEmpty() || shown == QString(QChar(0x2026))) {
            continue;
        }
        lines.push_back({shown,
                         static_cast<int>(lines.size()) * spacing + (isBold ? bm.ascent() : nm.ascent()),
                         isBold, true, fromBottom});
    }
    return lines;
}

void CaseBlockText::paint(QPainter& p, const QRect& inner, const std::vector<Line>& lines,
                          const QFont& normal, const QFont& bold)
{
    bool boldSet = false;
    p.setFont(normal);
    for (const Line& line : lines) {
        if (line.text.isEmpty()) {
            continue;
        }
        if (line.bold != boldSet) {
            p.setFont(line.bold ? bold : normal);
            boldSet = line.bold;
        }
        if (line.vertical) {
            p.save();
            p.translate(inner.left() + line.y, inner.bottom() + 1 - line.start);
            p.rotate(-90);
            p.drawText(0, 0, line.text);
            p.restore();
        } else {
            p.drawText(inner.left(), inner.top() + line.y, line.text);
        }
    }
}

} // namespace wp::gui
