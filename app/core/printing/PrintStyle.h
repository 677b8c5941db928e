#pragma once

#include "clinical/News2Result.h"

#include <QColor>

namespace wp::printing {

/// Colours and sizes shared by the printouts. Colour never carries meaning alone: every
/// coloured mark has a word next to it, because many ward printers are black and white.
class PrintStyle
{
public:
    static QColor alert() { return QColor(0xb0, 0x00, 0x20); }
    static QColor rule() { return QColor(0x60, 0x60, 0x60); }
    static QColor headingFill() { return QColor(0xe4, 0xe4, 0xe4); }
    static QColor lightFill() { return QColor(0xf3, 0xf3, 0xf3); }
    static QColor muted() { return QColor(0x44, 0x44, 0x44); }
    /// A pale tint of the NEWS2 band colour, dark text stays readable on it.
    static QColor riskFill(clinical::News2Risk risk);

    // Type sizes in points: nothing under 8 pt, which is hard to read on a night shift.
    static constexpr double body = 9.0;
    static constexpr double small = 8.0;
    static constexpr double heading = 11.0;
};

} // namespace wp::printing
