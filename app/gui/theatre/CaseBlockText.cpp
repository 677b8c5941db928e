#include "CaseBlockText.h"

#include "theatre/PlanFile.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>

#include <algorithm>

namespace wp::gui {

namespace {

bool isVowel(QChar c)
{
    // Accented vowels count by their base letter (é, â, œ…); y sounds as a vowel in French.
    const QString base = QString(c).normalized(QString::NormalizationForm_D).left(1).toLower();
    return QStringLiteral("aeiouy").contains(base) || c == QChar(0x0153) || c == QChar(0x00e6);
}

bool isConsonant(QChar c)
{
    return c.isLetter() && !isVowel(c);
}

// Consonant pairs that start a syllable together ("ta-ble", "chro-mo"): never split.
bool inseparable(QChar a, QChar b)
{
    static const QStringList pairs{QStringLiteral("bl"), QStringLiteral("cl"), QStringLiteral("fl"),
                                   QStringLiteral("gl"), QStringLiteral("pl"), QStringLiteral("br"),
                                   QStringLiteral("cr"), QStringLiteral("dr"), QStringLiteral("fr"),
                                   QStringLiteral("gr"), QStringLiteral("pr"), QStringLiteral("tr"),
                                   QStringLiteral("vr"), QStringLiteral("ch"), QStringLiteral("ph"),
                                   QStringLiteral("th"), QStringLiteral("gn"), QStringLiteral("qu")};
    return pairs.contains(QString(a).toLower() + QString(b).toLower());
}

} // namespace

bool CaseBlockText::syllableBreak(const QString& word, qsizetype i)
{
    // Three letters at least on each side: "He-rnie" or "inguina-le" read worse than an ellipsis.
    if (i < 3 || word.size() - i < 3) {
        return false;
    }
    const QChar before = word[i - 1];
    const QChar at = word[i];
    const QChar after = word[i + 1];
    if (!before.isLetter() || !isConsonant(at)) {
        return false;
    }
    // vowel | consonant vowel ("cho-lé"), vowel | pair vowel ("ta-ble").
    if (isVowel(before)) {
        return isVowel(after) ||
               (isConsonant(after) && inseparable(at, after) && i + 2 < word.size() && isVowel(word[i + 2]));
    }
    // consonant | consonant vowel ("cys-tec"), unless the two go together (not "arc-hi").
    return isConsonant(before) && isVowel(after) && !inseparable(before, at);
}

CaseBlockText::Break CaseBlockText::breakAt(const QString& text, const QFontMetrics& fm, int width)
{
    // After the last whole word that fits (a space, or a hyphen the text already has).
    qsizetype cut = -1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const bool space = text[i] == QLatin1Char(' ');
        const bool hyphen = i > 1 && text[i - 1] == QLatin1Char('-');
        if (!space && !hyphen) {
            continue;
        }
        if (fm.horizontalAdvance(text.left(i)) > width) {
            break;
        }
        cut = i;
    }
    if (cut > 0) {
        return {cut, false};
    }
    // The first word alone is too long: hyphenate it between syllables, as far as fits.
    qsizetype word = 0;
    while (word < text.size() && text[word] != QLatin1Char(' ') && text[word] != QLatin1Char('-')) {
        ++word;
    }
    const QString first = text.left(word);
    for (qsizetype i = word - 3; i >= 3; --i) {
        if (syllableBreak(first, i) && fm.horizontalAdvance(first.left(i) + QLatin1Char('-')) <= width) {
            return {i, true};
        }
    }
    return {0, false};
}

QStringList CaseBlockText::wrap(const QString& text, const QFontMetrics& fm, int width, int maxLines)
{
    QStringList lines;
    QString rest = text.simplified();
    while (!rest.isEmpty() && lines.size() < maxLines) {
        if (fm.horizontalAdvance(rest) <= width) {
            lines << rest;
            break;
        }
        const Break b = lines.size() + 1 < maxLines ? breakAt(rest, fm, width) : Break{};
        if (b.cut <= 0) {
            // The last line, or a word that cannot be cut: elided rather than cut mid-word.
            lines << fm.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << rest.left(b.cut).trimmed() + (b.hyphen ? QStringLiteral("-") : QString());
        rest = rest.mid(b.cut).trimmed();
    }
    return lines;
}

namespace {

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
        // Between words or syllables (with a hyphen), else elided: never "Choléc / ystect".
        const Break cut = breakAt(rest, nm, width);
        if (cut.cut <= 0) {
            add(fitted(rest, nm, width), false);
            break;
        }
        add(rest.left(cut.cut).trimmed() + (cut.hyphen ? QStringLiteral("-") : QString()), false);
        rest = rest.mid(cut.cut).trimmed();
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
