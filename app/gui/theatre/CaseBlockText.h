#pragma once

#include "theatreplan/ScheduleCase.h"

#include <QFont>
#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

class QFontMetrics;
class QPainter;
class QRect;

namespace wp::gui {

/// The text written inside a case block of the theatre board: "P2 C038", then the procedure,
/// then start–end and the surgeon, as much as the block holds; in a block too narrow for the
/// case id, the same lines run upwards. Fitted once per layout (eliding and wrapping are the
/// slow part of a repaint) and only drawn afterwards.
class CaseBlockText
{
public:
    struct Line
    {
        QString text;
        int y = 0; ///< baseline, from the top of the block's inner rect (vertical: from its left)
        bool bold = false;
        /// Written upwards from `start` above the bottom: a block too narrow for the case id
        /// across (a short case) is usually tall enough for it along.
        bool vertical = false;
        int start = 0;
    };

    /// Fits the text of case `k`, starting at `start`, in a block's inner rect of `room`.
    /// `topRightReserve` and `bottomRightReserve` keep the deadline corner and the padlock
    /// clear of text.
    static std::vector<Line> fit(const theatre::ScheduleCase& k, int start, const QSize& room,
                                 const QFont& normal, const QFont& bold, int topRightReserve,
                                 int bottomRightReserve);
    static void paint(QPainter& p, const QRect& inner, const std::vector<Line>& lines, const QFont& normal,
                      const QFont& bold);

    /// `text` over at most `maxLines` lines of `width`: broken between words, or inside a word
    /// too long for a line between syllables with a hyphen; what does not fit is elided,
    /// never cut mid-word.
    static QStringList wrap(const QString& text, const QFontMetrics& fm, int width, int maxLines);
    /// Whether `word` may be hyphenated before index `i` (a syllable boundary, by the French
    /// rules that also do for English medical words: "cho-lé-cys-tec-to-mie").
    static bool syllableBreak(const QString& word, qsizetype i);

private:
    struct Break
    {
        qsizetype cut = 0;   ///< characters of the text on this line; 0: no break fits
        bool hyphen = false; ///< inside a word: the line ends with "-"
    };
    /// Where the first line of `text` ends in `width`.
    static Break breakAt(const QString& text, const QFontMetrics& fm, int width);

    /// `columns` lines of at most `along` pixels, written upwards from `fromBottom`.
    static std::vector<Line> fitVertical(const theatre::ScheduleCase& k, int start, int columns, int along,
                                         int fromBottom, const QFont& normal, const QFont& bold);
};

} // namespace wp::gui
