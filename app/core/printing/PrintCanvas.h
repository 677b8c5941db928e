#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPen>
#include <QRectF>
#include <QString>

#include <vector>

namespace wp::printing {

/// A painter on a paged device with the units a printout is designed in: millimetres for
/// geometry, points for type. Every pen width is explicit because at 300 dpi Qt's default
/// cosmetic pen is a hairline that vanishes on paper.
class PrintCanvas
{
public:
    /// One call of text(): the rectangle it was given and the box its text needed (larger
    /// than `rect` when the clip cut it). Tests check layouts with these.
    struct DrawnText
    {
        int page = 0;
        QRectF rect;
        QRectF needed;
        QString text;
    };

    PrintCanvas(QPainter& painter, QPaintDevice& device);

    /// Every later text() call is appended to `log` as drawn on `page`; nullptr stops.
    void setTextLog(std::vector<DrawnText>* log, int page = 0)
    {
        m_log = log;
        m_logPage = page;
    }

    QPainter& painter() { return m_painter; }
    /// Device pixels for `millimetres`.
    double mm(double millimetres) const { return millimetres * m_pixelsPerMm; }
    /// The printable area (inside the page margins), in device pixels, origin at its top left.
    QRectF area() const;

    /// DejaVu Sans (shipped with the installer, so text never falls back to boxes).
    QFont font(double points, bool bold = false, bool italic = false) const;
    QPen pen(double widthMm, const QColor& colour = Qt::black, Qt::PenStyle style = Qt::SolidLine) const;

    /// Height `text` takes when wrapped to `width` with `font`.
    double textHeight(const QString& text, const QFont& font, double width,
                      int flags = Qt::AlignLeft | Qt::TextWordWrap) const;
    double textWidth(const QString& text, const QFont& font) const;
    double lineHeight(const QFont& font) const;
    /// Draws wrapped text from the top of `rect` (clipped to it) and returns the height used.
    /// Word-wrapped text whose longest word is wider than `rect` wraps anywhere (here and in
    /// textHeight() alike).
    double text(const QRectF& rect, const QString& text, const QFont& font,
                int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                const QColor& colour = Qt::black);
    /// `text` shortened with an ellipsis to fit `width` on one line.
    QString elided(const QString& text, const QFont& font, double width) const;
    /// The largest size from `points` down to `minPoints` (half-point steps) at which `text`
    /// fits `size` wrapped with `flags`; `minPoints` when nothing fits (the caller elides).
    double fittingSize(const QString& text, double points, double minPoints, bool bold, const QSizeF& size,
                       int flags = Qt::AlignLeft | Qt::TextWordWrap) const;
    /// Whether `text` fits `size` wrapped with `font` and `flags`, no word cut.
    bool fits(const QString& text, const QFont& font, const QSizeF& size,
              int flags = Qt::AlignLeft | Qt::TextWordWrap) const;

    void frame(const QRectF& rect, double widthMm, const QColor& colour = Qt::black);
    void fill(const QRectF& rect, const QColor& colour);
    void hLine(double x1, double x2, double y, double widthMm, const QColor& colour = Qt::black,
               Qt::PenStyle style = Qt::SolidLine);
    void vLine(double x, double y1, double y2, double widthMm, const QColor& colour = Qt::black);

private:
    /// `flags`, with word wrapping replaced by wrapping anywhere when a word is wider than `width`.
    int wrapFlags(const QString& text, const QFont& font, double width, int flags) const;

    QPainter& m_painter;
    QPaintDevice& m_device;
    double m_pixelsPerMm;
    std::vector<DrawnText>* m_log = nullptr;
    int m_logPage = 0;
};

} // namespace wp::printing
