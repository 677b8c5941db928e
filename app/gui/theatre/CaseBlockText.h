#pragma once

#include "theatreplan/ScheduleCase.h"

#include <QFont>
#include <QSize>
#include <QString>

#include <vector>

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

private:
    /// `columns` lines of at most `along` pixels, written upwards from `fromBottom`.
    static std::vector<Line> fitVertical(const theatre::ScheduleCase& k, int start, int columns, int along,
                                         int fromBottom, const QFont& normal, const QFont& bold);
};

} // namespace wp::gui
